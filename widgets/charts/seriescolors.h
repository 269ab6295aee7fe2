// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One colour per diagram item, shared by the diagram and the charts so a learner can
// match a curve to its box at a glance. Processes and channels have separate palettes
// (indexed by their position in the scenario's lists) so adding a process never
// recolours a channel.

#include <QColor>
#include <QString>

namespace proclab {

struct Scenario;

QColor processColor(int index); // index in Scenario::processes; wraps around
QColor channelColor(int index); // index in Scenario::channels; wraps around
// By id; a neutral grey for an id the scenario does not have.
QColor processColor(const Scenario &scenario, const QString &id);
QColor channelColor(const Scenario &scenario, const QString &id);

} // namespace proclab
