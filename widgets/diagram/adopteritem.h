// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The run's subreaper on the canvas while a run is live: the agent that forked the root and
// adopts every orphan of the run. It is not part of the scenario (it cannot be selected,
// edited or saved); it exists so an orphan's new parent is a node the learner can see, with
// an arrow to each process it adopted, instead of a pid that points at nothing.

#include "core/run/runsnapshot.h"
#include "widgets/diagram/diagramitemtypes.h"

#include <QGraphicsItem>
#include <QPointer>
#include <functional>

namespace proclab {

class ProcessItem;

class AdopterItem : public QGraphicsItem
{
public:
    enum
    {
        Type = AdopterItemType
    };
    AdopterItem();
    int type() const override { return Type; }

    // Places itself beside the root and draws an arrow to the root and to every process the
    // snapshot says was reparented. `itemOf` finds a process's item by id.
    void follow(const RunSnapshot &snapshot,
                const std::function<ProcessItem *(const QString &)> &itemOf);
    int agentPid() const { return m_agentPid; }
    QStringList adoptedIds() const;
    // Where the item stands for a run whose root is `root`, in scene coordinates: left of
    // the root, at its height (the root is alone on its level, so that place is free and
    // inside the diagram's width). The view fits the diagram with this place in it, so the
    // agent is in sight when a run starts.
    static QRectF placeBeside(const ProcessItem *root);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Arrow
    {
        QString id;
        QPointF to; // in item coordinates: where the arrow ends on the target item
        bool adopted;
    };
    QRectF box() const;

    int m_agentPid = 0;
    QList<Arrow> m_arrows;
};

} // namespace proclab
