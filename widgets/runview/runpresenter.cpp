// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/runpresenter.h"

#include "core/document/scenariodocument.h"
#include "core/run/runcontroller.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/runview/liveprocessmenu.h"
#include "widgets/runview/snapshotrelay.h"

#include <QGraphicsView>

namespace proclab {

RunPresenter::RunPresenter(RunController *run, ScenarioDocument *document, DiagramScene *scene,
                           QObject *parent)
    : QObject(parent), m_run(run), m_document(document), m_scene(scene),
      m_relay(new SnapshotRelay(run, this))
{
    connect(run, &RunController::stateChanged, this, &RunPresenter::onStateChanged);
    connect(m_relay, &SnapshotRelay::snapshotReady, this, [this](const RunSnapshot &snapshot) {
        m_showingLive = true;
        m_scene->showSnapshot(snapshot);
    });
    // The last run's colours stay until the learner edits the diagram again.
    connect(document, &ScenarioDocument::scenarioChanged, this, [this] {
        if (m_showingLive && !m_run->isActive()) {
            m_showingLive = false;
            m_relay->cancel();
            m_scene->clearLive();
        }
    });
    connect(scene, &DiagramScene::nodeContextMenuRequested, this, &RunPresenter::showNodeMenu);
    onStateChanged();
}

void RunPresenter::onStateChanged()
{
    const bool active = m_run->isActive();
    if (active && !m_document->isLocked()) {
        m_scene->clearLive();
        m_scene->clearSelection();
    }
    m_document->setLocked(active);
}

void RunPresenter::showNodeMenu(const QString &id, const QPoint &screenPos)
{
    if (!m_run->isActive() || !m_scene->processItem(id))
        return;
    QWidget *parent = m_scene->views().isEmpty() ? nullptr : m_scene->views().constFirst();
    LiveProcessMenu menu(m_run, id, parent);
    menu.exec(screenPos);
}

} // namespace proclab
