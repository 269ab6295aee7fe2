// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/linepoints.h"

#include <algorithm>

namespace proclab {

QList<QPointF> linePoints(const QList<QPointF> &points, double fromX, double yScale)
{
    auto first = std::lower_bound(points.cbegin(), points.cend(), fromX,
                                  [](const QPointF &p, double x) { return p.x() < x; });
    if (first != points.cbegin())
        --first;
    QList<QPointF> out;
    out.reserve(points.cend() - first);
    for (auto it = first; it != points.cend(); ++it) {
        const QPointF p(it->x(), it->y() / yScale);
        const qsizetype n = out.size();
        // The middle of three equal heights in a row lies on the segment of the other two.
        if (n >= 2 && out[n - 1].y() == p.y() && out[n - 2].y() == p.y())
            out[n - 1] = p;
        else
            out.append(p);
    }
    return out;
}

} // namespace proclab
