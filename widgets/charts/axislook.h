// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a value axis shows (range, ticks, label format), worked out before the axis is
// touched. Every change of a QValueAxis lays out its labels (rich text) and the geometry of
// every line attached to it again; a chart that refreshes five times a second should only
// change an axis when what it shows changes.

#include <QString>

class QValueAxis;

namespace proclab {

struct AxisLook
{
    double min = 0;
    double max = 1;
    int ticks = 5; // evenly from min to max, when `interval` is 0
    QString format;
    double interval = 0; // > 0: a tick at every multiple of it (QValueAxis::TicksDynamic)
    // Between two labelled ticks: grid lines there instead of at the labels (the edges of
    // bands whose labels sit in their middle).
    int minorTicks = 0;

    bool operator==(const AxisLook &) const = default;
};

// The range 0..top widened to Qt's nice numbers (QValueAxis::applyNiceNumbers), starting
// from the tick count the axis has now, as applyNiceNumbers does: worked out on a scratch
// axis that no line is attached to.
AxisLook niceLook(const QValueAxis *axis, double top, const QString &format);

// Sets only what differs from what the axis shows (QValueAxis::setLabelFormat signals a
// change even when the format is the same).
void showLook(QValueAxis *axis, const AxisLook &look);

// Whether showLook() would move the axis's range (as QValueAxis compares: fuzzily), which
// lays out again every line attached to the axis.
bool rangeMoves(const QValueAxis *axis, const AxisLook &look);

} // namespace proclab
