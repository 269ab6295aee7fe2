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
    connect(&m_bench, &BenchRunner::finished, this, &LessonRunDriver::onBenchFinished);
    connect(&m_bench, &BenchRunner::failed, this, &LessonRunDriver::onFailed);
}

bool LessonRunDriver::begin(const QList<LessonRun> &runs, QString *error)
{
    if (m_busy || m_run->isActive() || m_bench.isRunning()) {
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
    if (!startRun(m_plan.constFirst())) {
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
    m_bench.cancel(); // quietly: aborted below
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
    takeSummary(RunSummary::fromRun(*m_run).toJson());
}

void LessonRunDriver::takeSummary(const QJsonObject &summary)
{
    m_summaries.append(summary);
    emit progressed(int(m_summaries.size()), int(m_plan.size()));
    if (m_summaries.size() < m_plan.size()) {
        // Not from inside finished(): the controller (or benchmark) is still delivering it.
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
    if (!startRun(m_plan.at(m_summaries.size())))
        abort(tr("run %1 of %2 could not start").arg(m_summaries.size() + 1).arg(m_plan.size()));
}

bool LessonRunDriver::startRun(const LessonRun &run)
{
    if (!run.benchArgs.isEmpty())
        return m_bench.start(u"ipc"_s, run.benchArgs);
    return m_starter && m_starter(run.scenario);
}

void LessonRunDriver::onBenchFinished(const BenchResult &result)
{
    if (!m_busy || m_cancelled)
        return;
    // Shaped like a run summary, as LessonStepRunner makes it for the command line.
    takeSummary(QJsonObject{{u"completed"_s, true}, {u"bench"_s, result.json}});
}

void LessonRunDriver::abort(const QString &reason)
{
    m_busy = false;
    m_plan.clear();
    m_summaries.clear();
    emit aborted(reason);
}

} // namespace proclab
