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

// A fan of dozens of children wrapped into rows under their parent, drawn with straight
// arrows, became a smear of lines crossing the rows in between (the 64 workers of
// fan-64). Its fork edges are drawn as a bus instead: down from the middle of the parent,
// along a rail just above the child's row, down into the child. The edges to one parent
// share the trunk and the rails, so the fan reads as one tree, as in an organisation
// chart. Each edge depends only on its two ends, so moving one node moves one edge.
QPolygonF EdgeItem::busRoute() const
{
    constexpr qreal kRailAbove = 16; // the rail's distance above the child's row
    if (m_kind != Kind::Fork || !m_source || !m_target || m_source->forkChildren() <= kBusFrom)
        return {};
    const QRectF parent = m_source->sceneFrame(), child = m_target->sceneFrame();
    if (child.top() - parent.bottom() < 2 * kRailAbove)
        return {}; // beside or above the parent: a straight arrow says more
    const qreal x = parent.center().x(), childX = child.center().x();
    const qreal rail = child.top() - kRailAbove;
    return QPolygonF({QPointF(x, parent.bottom() + 2), QPointF(x, rail), QPointF(childX, rail),
                      QPointF(childX, child.top() - 2)});
}

void EdgeItem::adjust()
{
    if (!m_source || !m_target)
        return;
    prepareGeometryChange();
    QPolygonF route = busRoute();
    m_bus = !route.isEmpty();
    if (!m_bus)
        route = {m_source->edgeAnchor(m_target->scenePos()),
                 m_target->edgeAnchor(m_source->scenePos())};
    QPainterPath path;
    path.addPolygon(route);
    setPath(path);
    // Arrow head at the target end, along the last segment.
    const QPointF b = route.constLast();
    const QLineF line(b, route.at(route.size() - 2));
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
