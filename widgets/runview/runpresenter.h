// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ties a run to the diagram: locks the document while the run is active, paints live pids,
// states, fill levels and rates on the items, and offers the live process menu. The
// scenario itself is never touched by a run.

#include <QObject>

namespace proclab {

class DiagramScene;
class RunController;
class ScenarioDocument;
class SnapshotRelay;

class RunPresenter : public QObject
{
    Q_OBJECT
public:
    RunPresenter(RunController *run, ScenarioDocument *document, DiagramScene *scene,
                 QObject *parent = nullptr);

private:
    void onStateChanged();
    void showNodeMenu(const QString &id, const QPoint &screenPos);

    RunController *m_run;
    ScenarioDocument *m_document;
    DiagramScene *m_scene;
    SnapshotRelay *m_relay; // the diagram is drawn in a turn after the sampler's
    bool m_showingLive = false;
};

} // namespace proclab
