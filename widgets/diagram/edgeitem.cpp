// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/edgeitem.h"

#include "widgets/diagram/nodeitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

namespace proclab {

EdgeItem::EdgeItem(Kind kind, NodeItem *source, NodeItem *target, const QString &process)
    : m_kind(kind), m_source(source), m_target(target), m_process(process)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
    m_source->addEdge(this);
    m_target->addEdge(this);
    adjust();
}

EdgeItem::~EdgeItem()
{
    if (m_source)
        m_source->removeEdge(this);
    if (m_target)
        m_target->removeEdge(this);
}

void EdgeItem::detach(NodeItem *node)
{
    if (m_source == node)
        m_source = nullptr;
    if (m_target == node)
        m_target = nullptr;
}

void EdgeItem::setProblem(bool problem)
{
    m_problem = problem;
    update();
}

void EdgeItem::setFormer(bool former)
{
    if (former == m_former)
        return;
    m_former = former;
    update();
}

void EdgeItem::adjust()
{
    if (!m_source || !m_target)
        return;
    prepareGeometryChange();
    const QPointF a = m_source->edgeAnchor(m_target->scenePos());
    const QPointF b = m_target->edgeAnchor(m_source->scenePos());
    QPainterPath path(a);
    path.lineTo(b);
    setPath(path);
    // Arrow head at the target end.
    const QLineF line(b, a);
    const qreal angle = qDegreesToRadians(line.angle());
    const qreal size = 11;
    const QPointF p1 = b + QPointF(qCos(angle + M_PI / 7) * size, -qSin(angle + M_PI / 7) * size);
    const QPointF p2 = b + QPointF(qCos(angle - M_PI / 7) * size, -qSin(angle - M_PI / 7) * size);
    m_arrowHead = QPolygonF({b, p1, p2});
    // The scene asks for the bounding rectangle at every paint and index update: stroking
    // the path each time was 7 % of the GUI thread's CPU in a 1,000-process run (perf).
    // The path changes only here.
    QPainterPathStroker stroker;
    stroker.setWidth(12); // easy to click
    m_shape = stroker.createStroke(path);
    m_shape.addPolygon(m_arrowHead);
    m_bounds = m_shape.boundingRect().adjusted(-4, -4, 4, 4);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    return m_shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color = m_kind == Kind::Fork ? QColor(0x3a, 0x41, 0x4a) : QColor(0x1f, 0x7a, 0x8c);
    if (m_problem)
        color = QColor(0xd0, 0x21, 0x21);
    else if (m_former)
        color = QColor(0x3a, 0x41, 0x4a, 90);
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x2a, 0x7f, 0xff, 110), 8, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path());
    }
    QPen pen(color, m_kind == Kind::Fork ? 2.2 : 2.0);
    if (m_kind == Kind::Data)
        pen.setStyle(Qt::DashLine);
    if (m_former)
        pen.setStyle(Qt::DotLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    painter->setPen(QPen(color, 1));
    painter->setBrush(color);
    painter->drawPolygon(m_arrowHead);
}

} // namespace proclab
