// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The editable diagram: a view of the ScenarioDocument (the truth) as items. It never
// changes items directly: every gesture computes a new Scenario (core/scenario's
// ScenarioEdits, ConnectionRules, AutoLayout) and hands it to the document, whose
// change it then mirrors. While the document is locked (a run) it only shows live
// state on top of the unchanged scenario.

#include "core/run/runsnapshot.h"
#include "core/scenario/nodekind.h"
#include "core/scenario/scenario.h"
#include "core/scenario/validationmap.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

class QGraphicsLineItem;

namespace proclab {

class NodeItem;
class ScenarioDocument;
class ProcessItem;
class ChannelItem;
class EdgeItem;
class AdopterItem;

class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit DiagramScene(ScenarioDocument *document, QObject *parent = nullptr);
    ~DiagramScene() override;

    ScenarioDocument *document() const { return m_document; }
    const Scenario &scenario() const;

    QString addNode(NodeKind kind, QPointF scenePos);
    QString addNodeAtFreeSpot(NodeKind kind); // double-click in the palette, shortcuts
    bool connectNodes(const QString &from, const QString &to);
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void arrange(); // lays the whole diagram out again, as one undo step

    QStringList selectedIds() const;
    void selectIds(const QSet<QString> &ids);
    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    bool hasNodes() const { return !m_nodes.isEmpty(); }
    ProcessItem *processItem(const QString &id) const;
    ChannelItem *channelItem(const QString &id) const;
    QList<EdgeItem *> edges() const { return m_edges; }
    // The run's subreaper while a run is shown, else null.
    AdopterItem *adopter() const { return m_adopter; }
    // The diagram's items and the place the run's agent takes beside the root: what a fit
    // shows, so the agent and its arrows are in sight when a run starts.
    QRectF diagramBounds() const;
    const ValidationMap &validation() const;

    bool isLocked() const; // the document's lock: no editing during a run
    void showSnapshot(const RunSnapshot &snapshot);
    void clearLive();
    void retranslate();

signals:
    void diagramChanged(); // the items mirror the document's scenario again
    void refused(const QString &reason);
    void nodeContextMenuRequested(const QString &id, const QPoint &screenPos);
    // A run began and the agent's node appeared beside the root, with its arrows: `box`, in
    // scene coordinates.
    void adopterShown(const QRectF &box);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void onScenarioChanged();
    void onLockedChanged(bool locked);
    void syncNodes();
    void rebuildEdges();
    void refreshValidation();
    NodeItem *nodeAt(QPointF scenePos, const NodeItem *except) const;
    QPointF freeSpotNear(QPointF pos) const;

    ScenarioDocument *m_document;
    QHash<QString, NodeItem *> m_nodes;
    QList<EdgeItem *> m_edges;
    AdopterItem *m_adopter = nullptr;
    NodeItem *m_connectFrom = nullptr;
    QGraphicsLineItem *m_connectLine = nullptr;
    QHash<QString, QPointF> m_pressPositions;
};

} // namespace proclab
