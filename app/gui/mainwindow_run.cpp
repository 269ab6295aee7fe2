// MainWindow: running the diagram.

#include "app/gui/mainwindow.h"

#include "core/run/runcontroller.h"
#include "core/scenario/scenarioio.h"
#include "widgets/diagram/diagramscene.h"

#include <QDockWidget>
#include <QMessageBox>

using namespace proclab;

void MainWindow::startRun()
{
    if (m_run->isActive())
        return;
    const QList<ScenarioError> problems = validateScenario(m_scene->scenario());
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ScenarioError &e : problems)
            lines.append(e.path + QStringLiteral(": ") + e.message);
        QMessageBox::warning(this, tr("Cannot run"),
                             tr("Fix these problems first (they are marked on the diagram):") +
                                 QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
        return;
    }
    // The run gets a copy: the diagram is never changed by running it.
    if (m_run->start(m_scene->scenario())) {
        showStatus(tr("Running %1").arg(m_scene->scenario().name.text()), 4000);
        // Channels are what the charts plot; a process-only run is told by its events.
        (m_scene->scenario().channels.isEmpty() ? m_eventsDock : m_chartsDock)->raise();
    }
}

void MainWindow::onRunFailed(const QString &reason)
{
    showStatus(tr("The run failed: %1").arg(reason), 15000);
    QMessageBox::warning(this, tr("Run failed"), reason);
}
