// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/runactions.h"

#include "core/document/scenariodocument.h"
#include "core/run/runcontroller.h"

#include <QMessageBox>

using namespace proclab;

RunActions::RunActions(RunController *run, ScenarioDocument *document, QWidget *window)
    : QObject(window), m_run(run), m_document(document), m_window(window)
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
    // The document's problems are computed already; a copy is validated here.
    const QList<ScenarioError> problems =
        &scenario == &m_document->scenario() ? m_document->problems() : validateScenario(scenario);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ScenarioError &e : problems)
            lines.append(e.path + QStringLiteral(": ") + e.message);
        QMessageBox::warning(m_window, tr("Cannot run"),
                             tr("Fix these problems first (they are marked on the diagram):") +
                                 QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
        return false;
    }
    // The run gets a copy: the diagram is never changed by running it.
    if (!m_run->start(scenario))
        return false;
    emit statusMessage(tr("Running %1").arg(scenario.name), 4000);
    emit started(!scenario.channels.isEmpty());
    return true;
}

void RunActions::onFailed(const QString &reason)
{
    emit statusMessage(tr("The run failed: %1").arg(reason), 15000);
    QMessageBox::warning(m_window, tr("Run failed"), reason);
}
