// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/adopteritem.h"

#include "widgets/diagram/processitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

namespace proclab {

namespace {
constexpr qreal kWidth = 190;
constexpr qreal kHeight = 46;
constexpr qreal kGap = 50; // between the item and the root
const QColor kAdoptColor(0xc2, 0x5b, 0x12);
} // namespace

AdopterItem::AdopterItem()
{
    setZValue(-1); // under the scenario's items, like the edges
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF AdopterItem::box() const
{
    return QRectF(-kWidth / 2, -kHeight / 2, kWidth, kHeight);
}

QRectF AdopterItem::placeBeside(const ProcessItem *root)
{
    const QPointF centre = root->pos() - QPointF(root->size().width() / 2 + kGap + kWidth / 2, 0);
    return QRectF(centre - QPointF(kWidth / 2, kHeight / 2), QSizeF(kWidth, kHeight));
}

QStringList AdopterItem::adoptedIds() const
{
    QStringList ids;
    for (const Arrow &a : m_arrows)
        if (a.adopted)
            ids.append(a.id);
    return ids;
}

void AdopterItem::follow(const RunSnapshot &snapshot,
                         const std::function<ProcessItem *(const QString &)> &itemOf)
{
    prepareGeometryChange();
    m_agentPid = snapshot.agentPid;
    m_arrows.clear();
    ProcessItem *root = nullptr;
    for (const ProcessSample &p : snapshot.processes)
        if (p.parentNode.isEmpty())
            root = itemOf(p.node);
    if (root)
        setPos(placeBeside(root).center());
    for (const ProcessSample &p : snapshot.processes) {
        const bool adopted = p.reparented;
        if (!adopted && !p.parentNode.isEmpty())
            continue;
        ProcessItem *target = itemOf(p.node);
        if (!target || p.life == ProcessSample::Life::NotStarted)
            continue;
        // To the root's side beside it; to an orphan's top-left corner, so the arrow does
        // not run behind the ended parent above it.
        const QSizeF size = target->size();
        const QPointF end = adopted ? QPointF(-size.width() / 2 + 12, -size.height() / 2)
                                    : QPointF(-size.width() / 2, 0);
        m_arrows.append({p.node, target->mapToItem(this, end), adopted});
    }
    setToolTip(
        QCoreApplication::translate(
            "AdopterItem", "proclab-agent, pid %1: it forked the root and, as the run's subreaper "
                           "(PR_SET_CHILD_SUBREAPER), adopts and reaps every process whose parent "
                           "ended first. Adopted: %2")
            .arg(m_agentPid)
            .arg(adoptedIds().isEmpty() ? QCoreApplication::translate("AdopterItem", "none yet")
                                        : adoptedIds().join(QStringLiteral(", "))));
    update();
}

QRectF AdopterItem::boundingRect() const
{
    QRectF r = box();
    for (const Arrow &a : m_arrows)
        r |= QRectF(a.to, QSizeF(1, 1));
    return r.adjusted(-12, -12, 12, 12);
}

void AdopterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Arrow &a : m_arrows) {
        const QPointF from = a.adopted ? QPointF(0, box().bottom()) : QPointF(box().right(), 0);
        QPen pen(a.adopted ? kAdoptColor : QColor(0x8a, 0x92, 0x9c), a.adopted ? 2.2 : 1.2);
        if (!a.adopted)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(from, a.to);
        const QLineF line(a.to, from);
        const qreal angle = qDegreesToRadians(line.angle());
        const QPointF left =
            a.to + QPointF(qCos(angle + M_PI / 7) * 9, -qSin(angle + M_PI / 7) * 9);
        const QPointF right =
            a.to + QPointF(qCos(angle - M_PI / 7) * 9, -qSin(angle - M_PI / 7) * 9);
        painter->setBrush(pen.color());
        painter->setPen(Qt::NoPen);
        painter->drawPolygon(QPolygonF{a.to, left, right});
        if (a.adopted) {
            painter->setPen(kAdoptColor);
            const QPointF mid = (from + a.to) / 2;
            painter->drawText(QRectF(mid.x() + 4, mid.y() - 10, 120, 20),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              QCoreApplication::translate("AdopterItem", "adopted"));
        }
    }
    painter->setPen(QPen(QColor(0x4a, 0x52, 0x5c), 1.2, Qt::DashLine));
    painter->setBrush(QColor(0xf3, 0xf4, 0xf6));
    painter->drawRoundedRect(box(), 10, 10);
    QFont title = painter->font();
    title.setBold(true);
    painter->setFont(title);
    painter->setPen(QColor(0x1d, 0x23, 0x2b));
    const QRectF r = box().adjusted(8, 4, -8, -4);
    const QFontMetricsF fm(title);
    painter->drawText(QRectF(r.left(), r.top(), r.width(), r.height() / 2), Qt::AlignCenter,
                      fm.elidedText(QCoreApplication::translate("AdopterItem", "agent (subreaper)"),
                                    Qt::ElideRight, r.width()));
    QFont small = painter->font();
    small.setBold(false);
    painter->setFont(small);
    painter->setPen(QColor(0x4a, 0x52, 0x5c));
    painter->drawText(QRectF(r.left(), r.center().y(), r.width(), r.height() / 2), Qt::AlignCenter,
                      QCoreApplication::translate("AdopterItem", "%1 · pid %2")
                          .arg(QStringLiteral("proclab-agent"))
                          .arg(m_agentPid));
}

} // namespace proclab
