// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/handleitem.h"

#include "widgets/diagram/nodeitem.h"

#include <QBrush>
#include <QCoreApplication>
#include <QCursor>
#include <QPen>

namespace proclab {

namespace {
constexpr qreal kRadius = 7;
}

HandleItem::HandleItem(NodeItem *owner)
    : QGraphicsEllipseItem(-kRadius, -kRadius, 2 * kRadius, 2 * kRadius, owner)
{
    setBrush(QColor(0xff, 0xff, 0xff));
    setPen(QPen(QColor(0x3d, 0x5a, 0x80), 2));
    setAcceptHoverEvents(true);
    setCursor(Qt::CrossCursor);
    setZValue(2);
    setToolTip(QCoreApplication::translate("HandleItem", "Drag to another item to connect"));
}

NodeItem *HandleItem::owner() const
{
    return static_cast<NodeItem *>(parentItem());
}

void HandleItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    setBrush(QColor(0x3d, 0x5a, 0x80));
    QGraphicsEllipseItem::hoverEnterEvent(event);
}

void HandleItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    setBrush(QColor(0xff, 0xff, 0xff));
    QGraphicsEllipseItem::hoverLeaveEvent(event);
}

} // namespace proclab
