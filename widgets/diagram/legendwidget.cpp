// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/legendwidget.h"

#include "widgets/common/flowlayout.h"
#include "widgets/common/livestatecolor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QToolButton>

namespace proclab {

namespace {
const QString kFoldedKey = QStringLiteral("ui/stateLegendFolded");

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

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent), m_title(new QToolButton(this))
{
    // A strip under the diagram: the title, then the states in as few lines as the width
    // allows (one on a wide window, two at 1280x800), so the colours are explained right
    // below the items that wear them while the canvas keeps the height of a three-level
    // diagram. Folded, only the colours stay, named in their tooltips.
    auto *flow = new FlowLayout(this, 14, 2);
    flow->setContentsMargins(6, 2, 10, 2);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setAutoRaise(true);
    // A small arrow: the button no taller than a line of names.
    m_title->setIconSize(QSize(10, 10));
    m_title->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_title->setObjectName(QStringLiteral("stateLegendFold"));
    connect(m_title, &QToolButton::clicked, this, [this] { setFolded(!m_folded); });
    flow->addWidget(m_title);
    const QList<LiveState> states = legendStates();
    for (const LiveState state : states) {
        auto *entry = new QWidget(this);
        auto *row = new QHBoxLayout(entry);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        auto *box = new QLabel(entry);
        box->setPixmap(swatch(liveStateColor(state), devicePixelRatioF()));
        auto *name = new QLabel(entry);
        name->setProperty("state", int(state));
        row->addWidget(box);
        row->addWidget(name);
        flow->addWidget(entry);
        m_swatches.append(box);
        m_names.append(name);
    }
    m_folded = QSettings().value(kFoldedKey, false).toBool();
    setFolded(m_folded); // and the texts
}

void LegendWidget::setFolded(bool folded)
{
    if (folded != m_folded) // the constructor applies what was read: nothing to write back
        QSettings().setValue(kFoldedKey, folded);
    m_folded = folded;
    for (QLabel *name : std::as_const(m_names))
        name->setVisible(!folded);
    m_title->setArrowType(folded ? Qt::RightArrow : Qt::DownArrow);
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
    m_title->setToolTip(m_folded ? tr("Show the names of the state colours")
                                 : tr("Show only the state colours"));
    for (int i = 0; i < m_names.size(); ++i) {
        const QString name =
            liveStateName(static_cast<LiveState>(m_names[i]->property("state").toInt()));
        m_names[i]->setText(name);
        m_swatches[i]->setToolTip(name);
    }
}

} // namespace proclab
