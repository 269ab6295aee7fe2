// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/axislook.h"

#include <QValueAxis>

namespace proclab {

AxisLook niceLook(const QValueAxis *axis, double top, const QString &format)
{
    QValueAxis scratch;
    scratch.setTickCount(axis->tickCount());
    scratch.setRange(0, top);
    scratch.applyNiceNumbers();
    return {scratch.min(), scratch.max(), scratch.tickCount(), format};
}

void showLook(QValueAxis *axis, const AxisLook &look)
{
    // The format first, so a change of range draws the labels in the new format.
    if (axis->labelFormat() != look.format)
        axis->setLabelFormat(look.format);
    axis->setRange(look.min, look.max); // no change, no signal
    if (look.interval > 0) {
        if (axis->tickType() != QValueAxis::TicksDynamic)
            axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);               // the same
        axis->setTickInterval(look.interval); // the same
    } else {
        if (axis->tickType() != QValueAxis::TicksFixed)
            axis->setTickType(QValueAxis::TicksFixed);
        axis->setTickCount(look.ticks); // the same
    }
    axis->setMinorTickCount(look.minorTicks); // the same
    if (axis->isGridLineVisible() != (look.minorTicks == 0)) {
        axis->setGridLineVisible(look.minorTicks == 0);
        axis->setMinorGridLineVisible(look.minorTicks > 0);
    }
}

namespace {
bool sameEnd(double now, double wanted) // QValueAxisPrivate::setRange's own comparison
{
    return now == 0 || wanted == 0 ? qFuzzyCompare(1 + now, 1 + wanted)
                                   : qFuzzyCompare(now, wanted);
}
} // namespace

bool rangeMoves(const QValueAxis *axis, const AxisLook &look)
{
    return !sameEnd(axis->min(), look.min) || !sameEnd(axis->max(), look.max);
}

} // namespace proclab
