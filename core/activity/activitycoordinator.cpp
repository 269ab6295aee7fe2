// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/activitycoordinator.h"

#include "core/bench/sweep.h"
#include "core/run/runcontroller.h"

namespace proclab {

ActivityCoordinator::ActivityCoordinator(QObject *parent) : QObject(parent) {}

QString ActivityCoordinator::activityName(Activity activity)
{
    switch (activity) {
    case Activity::None:
        return tr("nothing");
    case Activity::Run:
        return tr("a run");
    case Activity::Sweep:
        return tr("a sweep");
    case Activity::Benchmark:
        return tr("a context-switch measurement");
    case Activity::LessonStep:
        return tr("a lesson step");
    }
    return {};
}

QString ActivityCoordinator::busyMessage(Activity wanted) const
{
    if (!isBusy())
        return {};
    return tr("%1 is going on; wait until it ends (or stop it) before starting %2: two at "
              "once would skew each other's measurements.")
        .arg(activityName(m_current), activityName(wanted));
}

bool ActivityCoordinator::refuseIfBusy(Activity wanted, QString *why) const
{
    if (!isBusy())
        return false;
    if (why)
        *why = busyMessage(wanted);
    return true;
}

bool ActivityCoordinator::startRun(RunController *run, const Scenario &scenario, QString *why,
                                   QList<ScenarioError> *problems)
{
    if (refuseIfBusy(Activity::Run, why))
        return false;
    const QList<ScenarioError> found = validateScenario(scenario);
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        if (why)
            *why = tr("the scenario has %n problem(s)", nullptr, int(found.size()));
        return false;
    }
    // Claimed before start(): a run that fails at once reports through stateChanged.
    setCurrent(Activity::Run);
    m_owner = run;
    connect(run, &RunController::stateChanged, this, [this, run] {
        if (!run->isActive() && m_owner == run) {
            m_owner = nullptr;
            disconnect(run, &RunController::stateChanged, this, nullptr);
            release(Activity::Run);
        }
    });
    if (!run->start(scenario)) {
        if (why)
            *why = run->failureReason();
        if (m_owner == run) {
            m_owner = nullptr;
            disconnect(run, &RunController::stateChanged, this, nullptr);
            release(Activity::Run);
        }
        return false;
    }
    return true;
}

bool ActivityCoordinator::startSweep(Sweep *sweep, const Scenario &base, int parameter,
                                     const QString &target, const QList<int> &values, QString *why)
{
    if (refuseIfBusy(Activity::Sweep, why))
        return false;
    const QList<ScenarioError> found = validateScenario(base);
    if (!found.isEmpty()) {
        if (why)
            *why = tr("the scenario has %n problem(s)", nullptr, int(found.size()));
        return false;
    }
    setCurrent(Activity::Sweep);
    m_owner = sweep;
    auto done = [this, sweep] {
        if (m_owner != sweep)
            return;
        m_owner = nullptr;
        disconnect(sweep, nullptr, this, nullptr);
        release(Activity::Sweep);
    };
    connect(sweep, &Sweep::finished, this, done);
    connect(sweep, &Sweep::cancelled, this, done);
    connect(sweep, &Sweep::failed, this, done);
    connect(sweep, &QObject::destroyed, this, done);
    if (!sweep->start(base, Sweep::Parameter(parameter), target, values)) {
        // The sweep has said why through failed().
        done();
        return false;
    }
    return true;
}

bool ActivityCoordinator::claim(Activity activity, QString *why)
{
    if (refuseIfBusy(activity, why))
        return false;
    setCurrent(activity);
    m_owner = nullptr;
    return true;
}

void ActivityCoordinator::release(Activity activity)
{
    if (m_current == activity)
        setCurrent(Activity::None);
}

void ActivityCoordinator::setCurrent(Activity activity)
{
    if (m_current == activity)
        return;
    m_current = activity;
    emit currentChanged(activity);
}

} // namespace proclab
