// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a lesson step headless, for real: loads the step's scenario, applies its "set" or
// sweep value, runs it (once, N times, or once per sweep value, or it and a comparison
// scenario), kills or pauses a named process at a moment, and hands over each run's
// summary. The CLI and the tests use it as is; the GUI may instead take prepare()'s runs
// and play them on its own RunController, then evaluate with lessonContext().
//
//   LessonStepRunner runner;
//   connect(&runner, &LessonStepRunner::finished, ...);   // QList<QJsonObject> summaries
//   runner.start(step, lesson.fileName);
//   ... evaluatePrediction(*step.prediction, lessonContext(summaries));

#include "core/lesson/lesson.h"
#include "core/lesson/lessonrunplan.h"
#include "core/run/runsummary.h"
#include "core/scenario/scenario.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

namespace proclab {

class BenchRunner;
class RunController;

class LessonStepRunner : public QObject
{
    Q_OBJECT
public:
    // A run that has not ended after this long is stopped: a lesson step is brief.
    static constexpr int kRunTimeoutMs = 120'000;

    explicit LessonStepRunner(QObject *parent = nullptr);
    ~LessonStepRunner() override;

    // The runs of `step` (planLessonRuns() of its own scenario), its scenarios found from
    // the lesson file's folder. Empty and *error set when the step has no scenario or it
    // cannot be loaded.
    static QList<LessonRun> prepare(const LessonStep &step, const QString &lessonFile,
                                    QString *error);

    // Starts the first run; false and failed() when nothing can run.
    bool start(const LessonStep &step, const QString &lessonFile);
    bool start(const QList<LessonRun> &runs);
    void stop(); // stops the run in progress; failed() follows

    bool isRunning() const;
    // The run in progress, for views that want to watch it live; null between runs.
    RunController *controller() const;
    const QList<QJsonObject> &summaries() const { return m_summaries; }

signals:
    void runStarted(int index, int count);
    void runFinished(int index, const proclab::RunSummary &summary);
    // Every run done: each run's `proclab-cli run --json` object, in order.
    void finished(const QList<QJsonObject> &summaries);
    void failed(const QString &reason);

private:
    void startNext();
    void onRunEnded();

    QList<LessonRun> m_runs;
    QList<QJsonObject> m_summaries;
    int m_index = -1;
    void startBench(const LessonRun &run);
    void onBenchEnded(const QJsonObject &json, const QString &failure);

    RunController *m_controller = nullptr; // owned; deleted later, it may be signalling
    BenchRunner *m_bench = nullptr;        // owned, likewise; a bench action in progress
    LessonRunActions m_actions;
    QTimer m_timeout;
    bool m_stopped = false;
};

} // namespace proclab
