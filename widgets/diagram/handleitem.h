// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small knob on a process or channel: drag from it to another item to connect them.

#include "widgets/diagram/diagramitemtypes.h"

#include <QGraphicsEllipseItem>

namespace proclab {

class NodeItem;

class HandleItem : public QGraphicsEllipseItem
{
public:
    enum
    {
        Type = HandleItemType
    };
    explicit HandleItem(NodeItem *owner);
    int type() const override { return Type; }
    NodeItem *owner() const;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
};

} // namespace proclab
