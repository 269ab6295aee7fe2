// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The points a chart line needs to look exactly like the whole series. Qt Charts strokes
// a line's outline from every point it holds each time the points change, and draws it
// point by point, hidden parts included: at a hundred processes that was most of the
// charts' GUI time. A sleeping process's rates are a flat zero and a process keeps its
// CPU for many samples, so most points lie on a level stretch and add nothing to the
// picture.

#include <QList>
#include <QPointF>

namespace proclab {

// From points sorted by x: those at or after fromX, with the one before so the line
// still enters at the left edge; y divided by yScale; and of each level stretch (equal
// y one after another) only its two ends, which draw the same segment.
QList<QPointF> linePoints(const QList<QPointF> &points, double fromX, double yScale = 1);

} // namespace proclab
