// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lesson/lessonrundriver.h"

#include "core/lesson/lessonio.h"
#include "core/lesson/lessonset.h"
#include "core/run/runcontroller.h"
#include "core/run/runsummary.h"
#include "core/scenario/scenarioio.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace proclab {

LessonRunDriver::LessonRunDriver(RunController *run, QObject *parent) : QObject(parent), m_run(run)
{
    connect(m_run, &RunController::started, this, &LessonRunDriver::onStarted);
    connect(m_run, &RunController::finished, this, &LessonRunDriver::onFinished);
    connect(m_run, &RunController::failed, this, &LessonRunDriver::onFailed);
}

QList<LessonRun> LessonRunDriver::plan(const LessonAction &action, const Scenario &diagram,
                                       const QString &lessonDir, QString *error)
{
    QList<LessonRun> out;
    auto add = [&out](const Scenario &scenario) {
        LessonRun run;
        run.scenario = scenario;
        out.append(run);
        return &out.last();
    };
    switch (action.kind) {
    case LessonAction::Kind::Run:
        for (int i = 0; i < qMax(1, action.times); ++i)
            add(diagram);
        break;
    case LessonAction::Kind::Kill: {
        LessonRun *run = add(diagram);
        run->killProcess = action.process;
        run->killSignal = action.signal;
        run->atMs = action.atMs;
        break;
    }
    case LessonAction::Kind::Pause: {
        LessonRun *run = add(diagram);
        run->pauseProcess = action.process;
        run->atMs = action.atMs;
        run->pauseForMs = action.forMs;
        break;
    }
    case LessonAction::Kind::Set: {
        // Normally already applied to the diagram, where the student sees it; applying it
        // again to the copy is harmless and keeps the run right if it was not.
        Scenario changed = diagram;
        if (!applyLessonSet(&changed, action.target, action.property, action.value, error))
            return {};
        add(changed);
        break;
    }
    case LessonAction::Kind::Sweep:
        for (const QJsonValue &value : action.values) {
            Scenario changed = diagram;
            if (!applyLessonSet(&changed, action.target, action.property, value, error))
                return {};
            add(changed);
        }
        break;
    case LessonAction::Kind::Compare: {
        add(diagram);
        const QString path = findLessonScenario(action.compareWith, lessonDir);
        if (path.isEmpty()) {
            *error = tr("the scenario %1 to compare with was not found").arg(action.compareWith);
            return {};
        }
        const LoadResult loaded = loadScenarioFile(path);
        if (!loaded.ok()) {
            *error = tr("%1: %2").arg(action.compareWith, loaded.errors.constFirst().message);
            return {};
        }
        add(*loaded.scenario);
        break;
    }
    }
    return out;
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
    qDeleteAll(m_timers);
    m_timers.clear();
    if (!m_run->isActive())
        abort(tr("stopped"));
}

void LessonRunDriver::onStarted()
{
    if (!m_busy || m_cancelled)
        return;
    const LessonRun &r = m_plan.at(m_summaries.size());
    auto at = [this](int ms, auto what) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, this, what);
        timer->start(qMax(0, ms));
        m_timers.append(timer);
    };
    if (!r.killProcess.isEmpty())
        at(r.atMs, [this, r] { m_run->killProcess(r.killProcess, r.killSignal); });
    if (!r.pauseProcess.isEmpty()) {
        at(r.atMs, [this, r] { m_run->pauseProcess(r.pauseProcess); });
        if (r.pauseForMs > 0)
            at(r.atMs + r.pauseForMs, [this, r] { m_run->resumeProcess(r.pauseProcess); });
    }
}

void LessonRunDriver::onFinished()
{
    if (!m_busy)
        return;
    qDeleteAll(m_timers);
    m_timers.clear();
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
    qDeleteAll(m_timers);
    m_timers.clear();
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
