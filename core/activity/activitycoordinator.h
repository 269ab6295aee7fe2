// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One activity at a time. A run, a sweep and a context-switch benchmark all start real
// processes on the same CPUs; two at once would skew each other's figures. Everything
// that starts one asks here: while one is going on, another is refused with a message
// that says what is running. A run or a sweep is validated here, once, before it starts.

#include "core/scenario/scenarioio.h"

#include <QObject>
#include <QPointer>

namespace proclab {

class RunController;
class Sweep;

class ActivityCoordinator : public QObject
{
    Q_OBJECT
public:
    enum class Activity
    {
        None,
        Run,
        Sweep,
        Benchmark, // the context-switch measurement
        LessonStep,
    };

    explicit ActivityCoordinator(QObject *parent = nullptr);

    Activity current() const { return m_current; }
    bool isBusy() const { return m_current != Activity::None; }
    static QString activityName(Activity activity); // translated, "a run", ...
    // Why `wanted` cannot start now (translated), or empty when nothing is running.
    QString busyMessage(Activity wanted) const;

    // Validates the scenario, then starts it on `run`. False with *why (translated) when
    // something else is running, when the scenario has *problems, or when the run could
    // not start. The activity ends when the run does.
    bool startRun(RunController *run, const Scenario &scenario, QString *why,
                  QList<ScenarioError> *problems = nullptr);
    // The same for a sweep over one parameter; it ends when the sweep finishes, is
    // cancelled or fails.
    bool startSweep(Sweep *sweep, const Scenario &base, int parameter, const QString &target,
                    const QList<int> &values, QString *why);
    // For activities that start themselves (a benchmark, a lesson step): claim before
    // starting, release when done. claim() refuses like the others.
    bool claim(Activity activity, QString *why);
    void release(Activity activity);

signals:
    void currentChanged(proclab::ActivityCoordinator::Activity activity);

private:
    bool refuseIfBusy(Activity wanted, QString *why) const;
    void setCurrent(Activity activity);

    Activity m_current = Activity::None;
    QPointer<QObject> m_owner; // the run or sweep whose end ends the activity
};

} // namespace proclab
