// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/channelitem.h"

#include "widgets/diagram/nodekindicon.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace proclab {

ChannelItem::ChannelItem(const ChannelSpec &spec) : NodeItem(spec.id)
{
    setSpec(spec);
    placeHandle();
}

void ChannelItem::setSpec(const ChannelSpec &spec)
{
    m_spec = spec;
    m_icon = nodeKindIcon(nodeKindOf(spec.kind));
    refreshText();
    update();
}

void ChannelItem::setLive(const std::optional<ChannelSample> &sample)
{
    m_live = sample;
    refreshText();
    update();
}

QString ChannelItem::detailText() const
{
    switch (m_spec.kind) {
    case ChannelKind::ShmBuffer:
        return QCoreApplication::translate("ChannelItem", "%1 slots × %2 B%3")
            .arg(m_spec.capacity)
            .arg(m_spec.itemSize)
            .arg(m_spec.sync ? QString() : QCoreApplication::translate("ChannelItem", ", no sync"));
    case ChannelKind::ShmCounter:
        return m_spec.sync ? QCoreApplication::translate("ChannelItem", "locked")
                           : QCoreApplication::translate("ChannelItem", "no lock (races)");
    case ChannelKind::Mailbox:
        return QCoreApplication::translate("ChannelItem", "%1 × %2 B, %3")
            .arg(m_spec.capacity)
            .arg(m_spec.itemSize)
            .arg(m_spec.send == SendMode::Sync
                     ? QCoreApplication::translate("ChannelItem", "sync")
                     : QCoreApplication::translate("ChannelItem", "async"));
    case ChannelKind::Pipe:
    case ChannelKind::SocketPair:
        return QCoreApplication::translate("ChannelItem", "%1 B items, %2")
            .arg(m_spec.itemSize)
            .arg(m_spec.send == SendMode::Sync
                     ? QCoreApplication::translate("ChannelItem", "sync")
                     : QCoreApplication::translate("ChannelItem", "async"));
    }
    return {};
}

QString ChannelItem::liveText() const
{
    if (!m_live)
        return {};
    if (m_spec.kind == ChannelKind::ShmCounter)
        // Grouped as the result strip under the diagram writes them: 127,241 of 400,000.
        return QCoreApplication::translate("ChannelItem", "%1 of %2")
            .arg(QLocale().toString(m_live->actual), QLocale().toString(m_live->expected));
    return QCoreApplication::translate("ChannelItem", "%1 items/s · %2 queued")
        .arg(m_live->itemsPerS, 0, 'f', 0)
        .arg(m_live->fill);
}

void ChannelItem::refreshText()
{
    QString summary = nodeKindTitle(nodeKindOf(m_spec.kind)) + QStringLiteral(": ") +
                      m_spec.label.text() + QStringLiteral(" (") + m_spec.id +
                      QStringLiteral(")\n") + detailText();
    if (m_live)
        summary += QStringLiteral("\n") + liveText();
    updateToolTip(summary);
}

QSizeF ChannelItem::size() const
{
    return QSizeF(172, 74);
}

QPointF ChannelItem::handlePosition() const
{
    return QPointF(size().width() / 2, 0);
}

QRectF ChannelItem::textRect() const
{
    return frameRect().adjusted(8 + kIconSize + 8, 6, -10, -6); // right of the icon
}

QFont ChannelItem::detailFont(const QFont &viewFont)
{
    QFont small = viewFont;
    small.setBold(false);
    small.setPointSizeF(viewFont.pointSizeF() * 0.85);
    return small;
}

qreal ChannelItem::detailWidth() const
{
    return textRect().width();
}

void ChannelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = frameRect();
    paintFrame(painter, QColor(0xf2, 0xf7, 0xf8), 4);

    m_icon.paint(painter,
                 QRect(int(r.left() + 8), int(r.top() + 8), int(kIconSize), int(kIconSize)));

    const QRectF text = textRect();
    const QFont small = detailFont(painter->font());
    QFont title = painter->font();
    title.setBold(true);
    painter->setFont(title);
    painter->setPen(QColor(0x1d, 0x23, 0x2b));
    const QFontMetricsF tm(title);
    const QRectF titleRect(text.left(), text.top(), text.width(), tm.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      tm.elidedText(m_spec.label.text(), Qt::ElideRight, titleRect.width()));

    painter->setFont(small);
    const QFontMetricsF sm(small);
    painter->setPen(QColor(0x4a, 0x52, 0x5c));
    const QString second = m_live ? liveText() : detailText();
    const QRectF secondRect(text.left(), titleRect.bottom() + 1, text.width(), sm.height());
    painter->drawText(secondRect, Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(second, Qt::ElideRight, secondRect.width()));

    // Fill gauge along the bottom: how full the buffer or queue is right now.
    const QRectF gauge(r.left() + 10, r.bottom() - 14, r.width() - 20, 7);
    if (m_live && m_live->capacity > 0) {
        const qreal ratio = qBound(0.0, double(m_live->fill) / double(m_live->capacity), 1.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd5, 0xdd, 0xe3));
        painter->drawRoundedRect(gauge, 3, 3);
        QColor level = ratio > 0.95   ? QColor(0xf0, 0x8c, 0x1a)
                       : ratio < 0.05 ? QColor(0x9b, 0x5d, 0xd0)
                                      : QColor(0x1f, 0x9a, 0xa8);
        painter->setBrush(level);
        painter->drawRoundedRect(QRectF(gauge.topLeft(), QSizeF(gauge.width() * ratio, 7)), 3, 3);
    } else {
        painter->setPen(QColor(0x7a, 0x82, 0x8c));
        painter->drawText(
            QRectF(text.left(), r.bottom() - 6 - sm.height(), text.width(), sm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            sm.elidedText(m_spec.id + QStringLiteral(" · ") +
                              nodeKindTitle(nodeKindOf(m_spec.kind)),
                          Qt::ElideRight, text.width()));
    }
}

} // namespace proclab
