// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/chartnotice.h"

#include <QChart>
#include <QTextDocument>
#include <QTextOption>

namespace proclab {

ChartNotice::ChartNotice(QChart *chart) : QGraphicsTextItem(chart), m_chart(chart)
{
    setDefaultTextColor(QColor(0x4a, 0x52, 0x5c));
    QTextOption option = document()->defaultTextOption();
    option.setAlignment(Qt::AlignCenter);
    document()->setDefaultTextOption(option);
    setZValue(100); // above the grid and the series
    hide();
    connect(chart, &QChart::plotAreaChanged, this, &ChartNotice::place);
}

void ChartNotice::setNotice(const QString &text)
{
    setPlainText(text);
    setVisible(!text.isEmpty());
    place();
}

void ChartNotice::place()
{
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty())
        return;
    // Wrapped to the plot's width, centred in it.
    setTextWidth(std::max(80.0, plot.width() - 16));
    const QRectF r = boundingRect();
    setPos(plot.center().x() - r.width() / 2, plot.center().y() - r.height() / 2);
}

} // namespace proclab
