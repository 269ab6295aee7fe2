// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/legendwidget.h"

#include "widgets/common/livestatecolor.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace proclab {

namespace {
QPixmap swatch(const QColor &color, qreal dpr)
{
    QPixmap pixmap(QSize(16, 16) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(140), 1));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return pixmap;
}
} // namespace

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent), m_title(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 4, 10, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // A strip under the diagram: the title, then the states in three rows, so the colours
    // are explained right below the items that wear them. Two rows of five made the strip
    // so wide in English that at 1280x800 the Lessons dock beside it shrank to 270 px and
    // lesson figures no longer fitted it.
    constexpr int kRows = 3;
    grid->addWidget(m_title, 0, 0, kRows, 1, Qt::AlignVCenter);
    const QList<LiveState> states = legendStates();
    const int perRow = int(states.size() + kRows - 1) / kRows;
    for (int i = 0; i < states.size(); ++i) {
        auto *box = new QLabel(this);
        box->setPixmap(swatch(liveStateColor(states[i]), devicePixelRatioF()));
        auto *name = new QLabel(this);
        name->setProperty("state", int(states[i]));
        const int row = i / perRow, column = 1 + 2 * (i % perRow);
        grid->addWidget(box, row, column);
        grid->addWidget(name, row, column + 1);
        grid->setColumnStretch(column + 1, 1);
        m_names.append(name);
    }
    retranslate();
}

void LegendWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LegendWidget::retranslate()
{
    m_title->setText(tr("Process states"));
    for (QLabel *name : std::as_const(m_names))
        name->setText(liveStateName(static_cast<LiveState>(name->property("state").toInt())));
}

} // namespace proclab
