// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Human words for behaviours, for the items' second line and the property panel.

#include "core/scenario/scenario.h"

#include <QList>
#include <QString>

namespace proclab {

QList<BehaviourKind> allBehaviourKinds();
QString behaviourTitle(BehaviourKind kind);           // translated: "Sleep", "Produce", ...
QString behaviourSummary(const Behaviour &behaviour); // translated: "sleep 3000 ms"

} // namespace proclab
