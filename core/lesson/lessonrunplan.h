// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a lesson step's action turns into: the list of runs to make, and what happens to a
// named process during each (a kill, a pause). The CLI and tests (LessonStepRunner, from
// the step's file) and the app (LessonRunDriver, from the diagram as the student left it)
// both plan and act through here, so "run 5 times", a sweep or "pause p at 300 ms" mean
// the same thing everywhere.

#include "core/lesson/lesson.h"
#include "core/scenario/scenario.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace proclab {

class RunController;

// One run a step makes: the scenario as it will run and what happens during it.
struct LessonRun
{
    Scenario scenario;
    QString killProcess; // empty: none
    int killSignal = 9;
    QString pauseProcess; // empty: none
    int atMs = 0;
    int pauseForMs = 0; // 0: paused until the run ends
    // Not empty: this is no run of `scenario` but `proclab-agent bench ipc` with these
    // arguments (a bench action); its summary is {"bench": the benchmark's JSON object}.
    QStringList benchArgs;
};

// The mechanisms a bench action compares: the textbook ring, the fast ring, a pipe.
QStringList lessonBenchMechanisms();

// The runs `action` makes from `base`: N copies for "times", the changed copy for a "set",
// one per value for a sweep, `base` then the other file for a comparison (looked up from
// `lessonDir`). Empty and *error on a problem (an unknown property, a missing file).
QList<LessonRun> planLessonRuns(const LessonAction &action, const Scenario &base,
                                const QString &lessonDir, QString *error);

// Sends a run's kill or pause (and the resume) to its controller at the planned moments,
// counted from arm(), which the caller makes when the controller says started().
class LessonRunActions : public QObject
{
    Q_OBJECT
public:
    explicit LessonRunActions(QObject *parent = nullptr);

    void arm(RunController *run, const LessonRun &plan);
    void disarm(); // the run ended or was stopped: nothing more is sent

private:
    void fire();
    void resume();

    QPointer<RunController> m_run;
    LessonRun m_plan;
    QTimer m_action;
    QTimer m_resume;
};

} // namespace proclab
