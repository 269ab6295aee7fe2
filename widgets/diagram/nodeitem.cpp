// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/nodeitem.h"

#include "widgets/diagram/edgeitem.h"
#include "widgets/diagram/handleitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>
#include <QtMath>

namespace proclab {

NodeItem::NodeItem(const QString &id) : m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(1);
    m_handle = new HandleItem(this);
}

NodeItem::~NodeItem()
{
    // Edges are owned by the scene; make sure none keeps a dangling pointer.
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->detach(this);
}

void NodeItem::addEdge(EdgeItem *edge)
{
    m_edges.append(edge);
    m_forkChildren += edge->kind() == EdgeItem::Kind::Fork && edge->source() == this;
}

void NodeItem::removeEdge(EdgeItem *edge)
{
    if (m_edges.removeAll(edge) > 0)
        m_forkChildren -= edge->kind() == EdgeItem::Kind::Fork && edge->source() == this;
}

void NodeItem::setProblems(const QStringList &problems)
{
    if (m_problems == problems)
        return;
    m_problems = problems;
    update();
}

void NodeItem::setLocked(bool locked)
{
    m_locked = locked;
    setFlag(ItemIsMovable, !locked);
    m_handle->setVisible(!locked);
    update();
}

QRectF NodeItem::frameRect() const
{
    const QSizeF s = size();
    return QRectF(-s.width() / 2, -s.height() / 2, s.width(), s.height());
}

QRectF NodeItem::boundingRect() const
{
    // Room for the selection halo and the handle that sits on the outline.
    return frameRect().adjusted(-10, -10, 10, 10);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(frameRect(), 10, 10);
    return path;
}

QRectF NodeItem::sceneFrame() const
{
    return mapRectToScene(frameRect());
}

QPointF NodeItem::edgeAnchor(QPointF towards) const
{
    // Intersect the line centre -> target with the frame rectangle.
    const QRectF r = frameRect().adjusted(-2, -2, 2, 2);
    const QPointF local = mapFromScene(towards);
    const qreal dx = local.x(), dy = local.y();
    if (qFuzzyIsNull(dx) && qFuzzyIsNull(dy))
        return scenePos();
    const qreal sx = qFuzzyIsNull(dx) ? 1e9 : (r.width() / 2) / qAbs(dx);
    const qreal sy = qFuzzyIsNull(dy) ? 1e9 : (r.height() / 2) / qAbs(dy);
    const qreal s = qMin(sx, sy);
    return mapToScene(QPointF(dx * s, dy * s));
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::paintFrame(QPainter *painter, const QColor &fill, qreal radius) const
{
    const QRectF r = frameRect();
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x2a, 0x7f, 0xff, 110), 8));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r, radius, radius);
    }
    QPen pen(QColor(0x44, 0x4c, 0x56), 1.5);
    if (!m_problems.isEmpty())
        pen = QPen(QColor(0xd0, 0x21, 0x21), 3, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(r, radius, radius);
}

void NodeItem::updateToolTip(const QString &summary)
{
    QString tip = summary;
    for (const QString &problem : std::as_const(m_problems))
        tip += QStringLiteral("\n⚠ ") + problem;
    setToolTip(tip);
}

QStringList NodeItem::wrappedLines(const QString &text, const QFont &font, qreal width,
                                   int maxLines)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            // The last line allowed takes the rest of the text, elided.
            lines.append(QFontMetricsF(font).elidedText(text.mid(line.textStart()).trimmed(),
                                                        Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

void NodeItem::placeHandle()
{
    m_handle->setPos(handlePosition());
}

} // namespace proclab
