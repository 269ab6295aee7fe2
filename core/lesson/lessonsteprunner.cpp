// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lesson/lessonsteprunner.h"

#include "core/bench/benchrunner.h"

#include "core/lesson/lessonio.h"
#include "core/lesson/lessontext.h"
#include "core/run/runcontroller.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace proclab {

namespace {

std::optional<Scenario> loadNamed(const QString &name, const QString &dir, QString *error)
{
    const QString path = findLessonScenario(name, dir);
    if (path.isEmpty()) {
        *error = LessonText::tr("no scenario \"%1\" among the lesson scenarios or the examples")
                     .arg(name);
        return std::nullopt;
    }
    const LoadResult loaded = loadScenarioFile(path);
    if (!loaded.ok()) {
        *error = loaded.errors.constFirst().toString();
        return std::nullopt;
    }
    return loaded.scenario;
}

} // namespace

LessonStepRunner::LessonStepRunner(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kRunTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_controller)
            m_controller->stop();
    });
}

LessonStepRunner::~LessonStepRunner()
{
    delete m_controller; // RAII: stops the run and reaps the agent
    delete m_bench;      // likewise the benchmark's agent
}

QList<LessonRun> LessonStepRunner::prepare(const LessonStep &step, const QString &lessonFile,
                                           QString *error)
{
    if (step.scenario.isEmpty()) {
        *error = LessonText::tr("this step runs nothing");
        return {};
    }
    const QString dir = lessonFile.isEmpty() ? QString() : QFileInfo(lessonFile).absolutePath();
    const auto scenario = loadNamed(step.scenario, dir, error);
    if (!scenario)
        return {};
    return planLessonRuns(step.effectiveAction(), *scenario, dir, error);
}

bool LessonStepRunner::start(const LessonStep &step, const QString &lessonFile)
{
    QString error;
    const QList<LessonRun> runs = prepare(step, lessonFile, &error);
    if (runs.isEmpty()) {
        emit failed(error);
        return false;
    }
    return start(runs);
}

bool LessonStepRunner::start(const QList<LessonRun> &runs)
{
    if (isRunning() || runs.isEmpty())
        return false;
    m_runs = runs;
    m_summaries.clear();
    m_index = -1;
    m_stopped = false;
    startNext();
    return true;
}

void LessonStepRunner::stop()
{
    m_stopped = true;
    if (m_controller)
        m_controller->stop();
    if (m_bench) {
        m_bench->cancel(); // quietly: say it here
        onBenchEnded({}, LessonText::tr("the run was stopped"));
    }
}

bool LessonStepRunner::isRunning() const
{
    return m_controller != nullptr || m_bench != nullptr;
}

RunController *LessonStepRunner::controller() const
{
    return m_controller;
}

void LessonStepRunner::startNext()
{
    ++m_index;
    const LessonRun &run = m_runs.at(m_index);
    if (!run.benchArgs.isEmpty()) {
        startBench(run);
        return;
    }
    m_controller = new RunController;
    connect(m_controller, &RunController::finished, this, &LessonStepRunner::onRunEnded);
    connect(m_controller, &RunController::failed, this, &LessonStepRunner::onRunEnded);
    connect(m_controller, &RunController::started, this, [this, run] {
        m_timeout.start();
        m_actions.arm(m_controller, run);
    });
    emit runStarted(m_index, int(m_runs.size()));
    if (!m_controller->start(run.scenario) && m_controller)
        onRunEnded(); // start() emitted failed() already when it refused; stay idempotent
}

void LessonStepRunner::onRunEnded()
{
    RunController *run = m_controller;
    if (!run)
        return;
    m_controller = nullptr;
    m_actions.disarm();
    m_timeout.stop();
    run->disconnect(this);
    run->deleteLater(); // it is inside its own signal right now
    const RunSummary summary = RunSummary::fromRun(*run);
    m_summaries.append(summary.toJson());
    emit runFinished(m_index, summary);
    if (!summary.completed || m_stopped) {
        emit failed(summary.failure.isEmpty() ? LessonText::tr("the run was stopped")
                                              : summary.failure);
        return;
    }
    if (m_index + 1 < m_runs.size())
        QTimer::singleShot(0, this, [this] {
            if (!m_controller)
                startNext();
        });
    else
        emit finished(m_summaries);
}

void LessonStepRunner::startBench(const LessonRun &run)
{
    m_bench = new BenchRunner;
    connect(m_bench, &BenchRunner::finished, this,
            [this](const BenchResult &r) { onBenchEnded(r.json, {}); });
    connect(m_bench, &BenchRunner::failed, this,
            [this](const QString &reason) { onBenchEnded({}, reason); });
    emit runStarted(m_index, int(m_runs.size()));
    m_bench->start(QStringLiteral("ipc"), run.benchArgs);
}

void LessonStepRunner::onBenchEnded(const QJsonObject &json, const QString &failure)
{
    BenchRunner *bench = m_bench;
    if (!bench)
        return;
    m_bench = nullptr;
    bench->disconnect(this);
    bench->deleteLater(); // it may be inside its own signal right now
    if (!failure.isEmpty() || m_stopped) {
        emit failed(failure.isEmpty() ? LessonText::tr("the run was stopped") : failure);
        return;
    }
    // Shaped like a run summary, so lessonContext() and the expressions take it as is.
    m_summaries.append(
        QJsonObject{{QStringLiteral("completed"), true}, {QStringLiteral("bench"), json}});
    if (m_index + 1 < m_runs.size())
        QTimer::singleShot(0, this, [this] {
            if (!m_controller && !m_bench)
                startNext();
        });
    else
        emit finished(m_summaries);
}

} // namespace proclab
