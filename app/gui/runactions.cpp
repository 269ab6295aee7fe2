// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/runactions.h"

#include "core/activity/activitycoordinator.h"
#include "core/document/scenariodocument.h"
#include "core/run/runcontroller.h"

#include <QMessageBox>

using namespace proclab;

RunActions::RunActions(RunController *run, ScenarioDocument *document,
                       ActivityCoordinator *coordinator, QWidget *window)
    : QObject(window), m_run(run), m_document(document), m_coordinator(coordinator),
      m_window(window)
{
    connect(m_run, &RunController::failed, this, &RunActions::onFailed);
}

void RunActions::startRun()
{
    start(m_document->scenario());
}

bool RunActions::start(const Scenario &scenario)
{
    if (m_run->isActive())
        return false;
    // The run gets a copy: the diagram is never changed by running it. The coordinator
    // validates it once and refuses while another activity is going on.
    QString refusal;
    QList<ScenarioError> problems;
    if (m_coordinator->startRun(m_run, scenario, &refusal, &problems)) {
        emit statusMessage(tr("Running %1").arg(scenario.name.text()), 4000);
        emit started(!scenario.channels.isEmpty());
        return true;
    }
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ScenarioError &e : std::as_const(problems))
            lines.append(e.path + QStringLiteral(": ") + e.message);
        QMessageBox::warning(m_window, tr("Cannot run"),
                             tr("Fix these problems first (they are marked on the diagram):") +
                                 QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
    } else if (m_coordinator->isBusy() && !m_run->isActive()) {
        QMessageBox::information(m_window, tr("Cannot run"), refusal);
    }
    // Otherwise the run itself failed to start and said so through failed().
    return false;
}

void RunActions::onFailed(const QString &reason)
{
    emit statusMessage(tr("The run failed: %1").arg(reason), 15000);
    QMessageBox::warning(m_window, tr("Run failed"), reason);
}
