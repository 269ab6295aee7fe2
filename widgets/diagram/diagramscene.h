#pragma once
// The editable diagram. It holds the Scenario (the truth) and mirrors it as items;
// every edit computes a new Scenario and goes through the undo stack. During a run it
// is locked and only shows live state on top of the unchanged scenario.

#include "core/run/runsnapshot.h"
#include "core/scenario/scenario.h"
#include "widgets/diagram/nodekind.h"
#include "widgets/diagram/validationmap.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

class QUndoStack;
class QGraphicsLineItem;

namespace proclab {

class NodeItem;
class ProcessItem;
class ChannelItem;
class EdgeItem;
class AdopterItem;

class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    const Scenario &scenario() const { return m_scenario; }
    QUndoStack *undoStack() const { return m_undo; }

    // New/Open: replaces the scenario without an undo step and clears the history.
    void resetScenario(const Scenario &scenario);
    // Pushes an undoable edit; false when locked or when nothing changes.
    bool pushEdit(const Scenario &after, const QString &text, const QString &mergeKey = {});
    // Mirrors a scenario as items; called by the undo commands only.
    void applyScenario(const Scenario &scenario);

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
    ProcessItem *processItem(const QString &id) const;
    ChannelItem *channelItem(const QString &id) const;
    QList<EdgeItem *> edges() const { return m_edges; }
    // The run's subreaper while a run is shown, else null.
    AdopterItem *adopter() const { return m_adopter; }
    const ValidationMap &validation() const { return m_validation; }

    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    void showSnapshot(const RunSnapshot &snapshot);
    void clearLive();
    void retranslate();

signals:
    void scenarioChanged();
    void refused(const QString &reason);
    void lockedChanged(bool locked);
    void nodeContextMenuRequested(const QString &id, const QPoint &screenPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void syncNodes();
    void rebuildEdges();
    void refreshValidation();
    NodeItem *nodeAt(QPointF scenePos, const NodeItem *except) const;
    QPointF freeSpotNear(QPointF pos) const;

    Scenario m_scenario;
    QUndoStack *m_undo;
    QHash<QString, NodeItem *> m_nodes;
    QList<EdgeItem *> m_edges;
    AdopterItem *m_adopter = nullptr;
    ValidationMap m_validation;
    bool m_locked = false;
    NodeItem *m_connectFrom = nullptr;
    QGraphicsLineItem *m_connectLine = nullptr;
    QHash<QString, QPointF> m_pressPositions;
};

} // namespace proclab
