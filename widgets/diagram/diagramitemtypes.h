// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// QGraphicsItem::type() values of the diagram's items, so qgraphicsitem_cast works.

#include <QGraphicsItem>

namespace proclab {

enum DiagramItemType
{
    ProcessItemType = QGraphicsItem::UserType + 1,
    ChannelItemType = QGraphicsItem::UserType + 2,
    EdgeItemType = QGraphicsItem::UserType + 3,
    HandleItemType = QGraphicsItem::UserType + 4,
    AdopterItemType = QGraphicsItem::UserType + 5,
};

} // namespace proclab
