// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A sentence in the middle of a chart's plot area saying why it has nothing to draw yet
// ("Not measured yet…"). It is part of the chart's scene, so a PNG or SVG export carries
// it too instead of a blank image.

#include <QGraphicsTextItem>

class QChart;

namespace proclab {

class ChartNotice : public QGraphicsTextItem
{
    Q_OBJECT
public:
    explicit ChartNotice(QChart *chart);
    void setNotice(const QString &text); // empty: hidden

private:
    void place();
    QChart *m_chart;
};

} // namespace proclab
