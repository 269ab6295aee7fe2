// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Makes a lesson step's runs through the same RunController the Run button uses, so the
// canvas, the process table and the charts show them like any run: "run 5 times" starts
// the next run when the last one finished, "kill c1 at 500 ms" sends the signal that long
// after the run started, a sweep or a comparison runs each of its scenarios in turn. When
// the last run is over it hands every run's summary (the CLI's --json object) on.

#include "core/lesson/lesson.h"
#include "core/lesson/lessonrunplan.h"
#include "core/scenario/scenario.h"

#include "core/bench/benchrunner.h"
#include <QJsonObject>
#include <QList>

#include <QObject>
#include <functional>

namespace proclab {

class RunController;

class LessonRunDriver : public QObject
{
    Q_OBJECT
public:
    // Starts one run the way the app does (validation, status, docks); false if refused.
    using Starter = std::function<bool(const Scenario &)>;
    explicit LessonRunDriver(RunController *run, QObject *parent = nullptr);

    void setStarter(Starter starter) { m_starter = std::move(starter); }

    // Starts the first of `runs` (planLessonRuns() of the diagram as it is now: the
    // student may have changed it for a challenge). False and *error when nothing could
    // start.
    bool begin(const QList<LessonRun> &runs, QString *error);
    void cancel(); // the student pressed Stop: no more runs, no outcome
    bool isBusy() const { return m_busy; }
    int runsDone() const { return int(m_summaries.size()); }
    int runsPlanned() const { return int(m_plan.size()); }

    bool isMeasuring() const { return m_bench.isRunning(); } // a bench action, not a run

signals:
    void runsFinished(const QList<QJsonObject> &summaries);
    void progressed(int done, int planned);
    void aborted(const QString &reason); // a run failed, was refused or was stopped

private:
    void onStarted();
    void onFinished();
    void onFailed(const QString &reason);
    void startNext();
    bool startRun(const LessonRun &run); // a scenario run, or a bench action's benchmark
    void onBenchFinished(const BenchResult &result);
    void takeSummary(const QJsonObject &summary); // then the next run, or runsFinished()
    void abort(const QString &reason);

    RunController *m_run;
    Starter m_starter;
    QList<LessonRun> m_plan;
    QList<QJsonObject> m_summaries;
    LessonRunActions m_actions; // the pending kill/pause/resume of the current run
    BenchRunner m_bench;        // a bench action measures instead of running the diagram
    bool m_busy = false;
    bool m_cancelled = false;
};

} // namespace proclab
