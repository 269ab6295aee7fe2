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

    // Places itself above the root and draws an arrow to the root and to every process the
    // snapshot says was reparented. `itemOf` finds a process's item by id.
    void follow(const RunSnapshot &snapshot,
                const std::function<ProcessItem *(const QString &)> &itemOf);
    int agentPid() const { return m_agentPid; }
    QStringList adoptedIds() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Arrow
    {
        QString id;
        QPointF to; // in item coordinates: the top centre of the target item
        bool adopted;
    };
    QRectF box() const;

    int m_agentPid = 0;
    QList<Arrow> m_arrows;
};

} // namespace proclab
