// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lesson/lessonrunplan.h"

#include "core/lesson/lessonio.h"
#include "core/lesson/lessonset.h"
#include "core/lesson/lessontext.h"
#include "core/run/runcontroller.h"

namespace proclab {

QStringList lessonBenchMechanisms()
{
    return {QStringLiteral("shm-buffer"), QStringLiteral("shm-fastring"), QStringLiteral("pipe")};
}

QList<LessonRun> planLessonRuns(const LessonAction &action, const Scenario &base,
                                const QString &lessonDir, QString *error)
{
    LessonRun first;
    first.scenario = base;
    QList<LessonRun> runs;
    switch (action.kind) {
    case LessonAction::Kind::Run:
        for (int i = 0; i < qMax(1, action.times); ++i)
            runs.append(first);
        break;
    case LessonAction::Kind::Kill:
        first.killProcess = action.process;
        first.killSignal = action.signal;
        first.atMs = action.atMs;
        runs.append(first);
        break;
    case LessonAction::Kind::Pause:
        first.pauseProcess = action.process;
        first.atMs = action.atMs;
        first.pauseForMs = action.forMs;
        runs.append(first);
        break;
    case LessonAction::Kind::Set:
    case LessonAction::Kind::Sweep: {
        // In the app a "set" is normally already on the diagram, where the student sees
        // it; applying it again to the copy is harmless and keeps the run right if not.
        const QList<QJsonValue> values = action.kind == LessonAction::Kind::Set
                                             ? QList<QJsonValue>{action.value}
                                             : action.values;
        for (const QJsonValue &v : values) {
            LessonRun run = first;
            if (!applyLessonSet(&run.scenario, action.target, action.property, v, error))
                return {};
            runs.append(run);
        }
        break;
    }
    case LessonAction::Kind::Bench:
        for (const QString &m : lessonBenchMechanisms())
            first.benchArgs << QStringLiteral("--mechanism") << m;
        for (const QJsonValue &v : action.values)
            first.benchArgs << QStringLiteral("--size") << QString::number(v.toInteger());
        runs.append(first);
        break;
    case LessonAction::Kind::Compare: {
        const QString path = findLessonScenario(action.compareWith, lessonDir);
        if (path.isEmpty()) {
            *error = LessonText::tr("no scenario \"%1\" among the lesson scenarios or the "
                                    "examples")
                         .arg(action.compareWith);
            return {};
        }
        const LoadResult loaded = loadScenarioFile(path);
        if (!loaded.ok()) {
            *error = loaded.errors.constFirst().toString();
            return {};
        }
        LessonRun second;
        second.scenario = *loaded.scenario;
        runs << first << second;
        break;
    }
    }
    return runs;
}

LessonRunActions::LessonRunActions(QObject *parent) : QObject(parent)
{
    for (QTimer *t : {&m_action, &m_resume}) {
        t->setSingleShot(true);
        // The moment is what the lesson is about ("stopped at 300 ms"): no coarse timer.
        t->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_action, &QTimer::timeout, this, &LessonRunActions::fire);
    connect(&m_resume, &QTimer::timeout, this, &LessonRunActions::resume);
}

void LessonRunActions::arm(RunController *run, const LessonRun &plan)
{
    disarm();
    m_run = run;
    m_plan = plan;
    if (!plan.killProcess.isEmpty() || !plan.pauseProcess.isEmpty())
        m_action.start(qMax(0, plan.atMs));
}

void LessonRunActions::disarm()
{
    m_action.stop();
    m_resume.stop();
    m_run.clear();
}

void LessonRunActions::fire()
{
    if (!m_run)
        return;
    if (!m_plan.killProcess.isEmpty()) {
        m_run->killProcess(m_plan.killProcess, m_plan.killSignal);
        return;
    }
    m_run->pauseProcess(m_plan.pauseProcess);
    if (m_plan.pauseForMs > 0)
        m_resume.start(m_plan.pauseForMs);
}

void LessonRunActions::resume()
{
    if (m_run)
        m_run->resumeProcess(m_plan.pauseProcess);
}

} // namespace proclab
