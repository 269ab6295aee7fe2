// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An arrow on the canvas: a fork edge (parent -> child) or a data edge (producer ->
// channel, channel -> consumer). It belongs to the process whose field it stands for.

#include "widgets/diagram/diagramitemtypes.h"

#include <QGraphicsPathItem>

namespace proclab {

class NodeItem;

class EdgeItem : public QGraphicsPathItem
{
public:
    enum
    {
        Type = EdgeItemType
    };
    enum class Kind
    {
        Fork,
        Data
    };

    EdgeItem(Kind kind, NodeItem *source, NodeItem *target, const QString &process);
    ~EdgeItem() override;
    int type() const override { return Type; }

    Kind kind() const { return m_kind; }
    // The process whose parent (Fork) or behaviour (Data) this edge is.
    QString process() const { return m_process; }
    NodeItem *source() const { return m_source; }
    NodeItem *target() const { return m_target; }

    // A parent with more fork children than this (a fan that the layout wraps into rows)
    // has its fork edges drawn as a bus; fewer keep straight arrows.
    static constexpr int kBusFrom = 8;
    void adjust();
    // Whether adjust() would draw this edge as a bus now, and whether it is drawn as one:
    // they differ when the parent gained or lost children since the last adjust().
    bool wantsBus() const { return !busRoute().isEmpty(); }
    bool isBus() const { return m_bus; }
    void detach(NodeItem *node); // the node is going away
    void setProblem(bool problem);
    // A fork edge whose child was adopted by the subreaper during a run: drawn faint and
    // dotted, so the diagram no longer names the ended process as the parent.
    void setFormer(bool former);
    bool isFormer() const { return m_former; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF busRoute() const;

    Kind m_kind;
    NodeItem *m_source;
    NodeItem *m_target;
    QString m_process;
    QPolygonF m_arrowHead;
    QPainterPath m_shape; // made by adjust(), with the path
    QRectF m_bounds;
    bool m_problem = false;
    bool m_former = false;
    bool m_bus = false;
};

} // namespace proclab
