#include "legendwidget.h"

#include "common/livestate.h"

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
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    grid->addWidget(m_title, 0, 0, 1, 2);
    int row = 1;
    for (const LiveState state : legendStates()) {
        auto *box = new QLabel(this);
        box->setPixmap(swatch(liveStateColor(state), devicePixelRatioF()));
        auto *name = new QLabel(this);
        name->setProperty("state", int(state));
        name->setWordWrap(true);
        grid->addWidget(box, row, 0, Qt::AlignTop);
        grid->addWidget(name, row, 1);
        m_names.append(name);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row, 1);
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
