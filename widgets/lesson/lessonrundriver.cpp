// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lesson/lessonrundriver.h"

#include "core/run/runcontroller.h"
#include "core/run/runsummary.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace proclab {

LessonRunDriver::LessonRunDriver(RunController *run, QObject *parent) : QObject(parent), m_run(run)
{
    connect(m_run, &RunController::started, this, &LessonRunDriver::onStarted);
    connect(m_run, &RunController::finished, this, &LessonRunDriver::onFinished);
    connect(m_run, &RunController::failed, this, &LessonRunDriver::onFailed);
}

bool LessonRunDriver::begin(const QList<LessonRun> &runs, QString *error)
{
    if (m_busy || m_run->isActive()) {
        *error = tr("a run is still going on");
        return false;
    }
    if (runs.isEmpty()) {
        *error = tr("the step has nothing to run");
        return false;
    }
    m_plan = runs;
    m_summaries.clear();
    m_cancelled = false;
    m_busy = true;
    if (!m_starter || !m_starter(m_plan.constFirst().scenario)) {
        m_busy = false;
        *error = tr("the run could not start");
        return false;
    }
    emit progressed(0, int(m_plan.size()));
    return true;
}

void LessonRunDriver::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    m_actions.disarm();
    if (!m_run->isActive())
        abort(tr("stopped"));
}

void LessonRunDriver::onStarted()
{
    if (!m_busy || m_cancelled)
        return;
    m_actions.arm(m_run, m_plan.at(m_summaries.size()));
}

void LessonRunDriver::onFinished()
{
    if (!m_busy)
        return;
    m_actions.disarm();
    if (m_cancelled) {
        abort(tr("stopped"));
        return;
    }
    m_summaries.append(RunSummary::fromRun(*m_run).toJson());
    emit progressed(int(m_summaries.size()), int(m_plan.size()));
    if (m_summaries.size() < m_plan.size()) {
        // Not from inside finished(): the controller is still delivering it.
        QTimer::singleShot(0, this, &LessonRunDriver::startNext);
        return;
    }
    m_busy = false;
    emit runsFinished(m_summaries);
}

void LessonRunDriver::onFailed(const QString &reason)
{
    if (!m_busy)
        return;
    m_actions.disarm();
    abort(reason);
}

void LessonRunDriver::startNext()
{
    if (!m_busy || m_cancelled)
        return;
    if (!m_starter || !m_starter(m_plan.at(m_summaries.size()).scenario))
        abort(tr("run %1 of %2 could not start").arg(m_summaries.size() + 1).arg(m_plan.size()));
}

void LessonRunDriver::abort(const QString &reason)
{
    m_busy = false;
    m_plan.clear();
    m_summaries.clear();
    emit aborted(reason);
}

} // namespace proclab
