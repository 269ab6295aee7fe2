// SPDX-License-Identifier: GPL-3.0-or-later
// One activity at a time, with real runs: while a run (or a sweep) has processes going,
// a second run, a sweep and a benchmark are refused with a message naming what runs, and
// nothing more is forked; when it ends, the next one may start. An invalid scenario is
// refused before anything starts.

#include "core/activity/activitycoordinator.h"
#include "core/bench/sweep.h"
#include "core/run/runcontroller.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace proclab;
using namespace proclab::test;
using Activity = ActivityCoordinator::Activity;

namespace {

constexpr int kTimeoutMs = 60000;

Scenario idleTree()
{
    return scenarioOf(
        QStringLiteral("idle"),
        {process(QStringLiteral("root"), {}, BehaviourKind::Idle),
         process(QStringLiteral("kid"), QStringLiteral("root"), BehaviourKind::Idle)});
}

} // namespace

class TestActivity : public QObject
{
    Q_OBJECT
private slots:
    void aRunRefusesEveryOtherActivity();
    void anInvalidScenarioStartsNothing();
    void aSweepHoldsTheActivityUntilItEnds();
};

void TestActivity::aRunRefusesEveryOtherActivity()
{
    ActivityCoordinator coordinator;
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QString why;
    QVERIFY2(coordinator.startRun(&run, idleTree(), &why), qPrintable(why));
    QCOMPARE(coordinator.current(), Activity::Run);
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Spawned).size(), 2, kTimeoutMs);
    const int kid = rec.pidOf(QStringLiteral("kid"));
    QVERIFY(pidExists(kid));

    // A second run: refused, its controller never starts an agent.
    RunController second;
    why.clear();
    QVERIFY(!coordinator.startRun(&second, idleTree(), &why));
    QVERIFY2(why.contains(ActivityCoordinator::activityName(Activity::Run)), qPrintable(why));
    QCOMPARE(second.state(), RunController::State::Idle);
    QCOMPARE(second.agentPid(), 0);
    // The first run's agent has exactly one child, its root: nothing else was forked.
    QCOMPARE(childPids(run.agentPid()).size(), 1);

    Sweep sweep;
    QVERIFY(!coordinator.startSweep(&sweep, idleTree(), int(Sweep::Parameter::Processes),
                                    QStringLiteral("kid"), {1, 2}, &why));
    QVERIFY(!sweep.isRunning());
    QVERIFY(sweep.agentPids().isEmpty());
    QVERIFY(!coordinator.claim(Activity::Benchmark, &why));
    QCOMPARE(coordinator.current(), Activity::Run);

    run.stop();
    QVERIFY(finished.wait(kTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(coordinator.current(), Activity::None, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!pidExists(kid), kTimeoutMs);
    // Free again: the next activity may start.
    QVERIFY(coordinator.claim(Activity::Benchmark, &why));
    coordinator.release(Activity::Benchmark);
    QCOMPARE(coordinator.current(), Activity::None);
}

void TestActivity::anInvalidScenarioStartsNothing()
{
    ActivityCoordinator coordinator;
    RunController run;
    Scenario noRoot =
        scenarioOf(QStringLiteral("broken"),
                   {process(QStringLiteral("a"), QStringLiteral("b"), BehaviourKind::Idle),
                    process(QStringLiteral("b"), QStringLiteral("a"), BehaviourKind::Idle)});
    QString why;
    QList<ScenarioError> problems;
    QVERIFY(!coordinator.startRun(&run, noRoot, &why, &problems));
    QVERIFY(!problems.isEmpty());
    QVERIFY(!why.isEmpty());
    QCOMPARE(run.state(), RunController::State::Idle);
    QCOMPARE(run.agentPid(), 0);
    QCOMPARE(coordinator.current(), Activity::None);
}

void TestActivity::aSweepHoldsTheActivityUntilItEnds()
{
    ActivityCoordinator coordinator;
    const Scenario shortRun = scenarioOf(
        QStringLiteral("short"),
        {process(QStringLiteral("root"), {}, BehaviourKind::Sleep, 300),
         process(QStringLiteral("kid"), QStringLiteral("root"), BehaviourKind::Sleep, 300)});
    Sweep sweep;
    QSignalSpy done(&sweep, &Sweep::finished);
    QString why;
    QVERIFY2(coordinator.startSweep(&sweep, shortRun, int(Sweep::Parameter::Processes),
                                    QStringLiteral("kid"), {1, 3}, &why),
             qPrintable(why));
    QCOMPARE(coordinator.current(), Activity::Sweep);
    RunController run;
    QVERIFY(!coordinator.startRun(&run, shortRun, &why));
    QVERIFY2(why.contains(ActivityCoordinator::activityName(Activity::Sweep)), qPrintable(why));
    QCOMPARE(run.agentPid(), 0);

    QVERIFY(done.wait(kTimeoutMs));
    QCOMPARE(sweep.points().size(), 2);
    QCOMPARE(coordinator.current(), Activity::None);
    for (int agent : sweep.agentPids())
        QTRY_VERIFY_WITH_TIMEOUT(!pidExists(agent), kTimeoutMs);

    // Now a run may start, and it holds the activity until it ends.
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY2(coordinator.startRun(&run, shortRun, &why), qPrintable(why));
    QCOMPARE(coordinator.current(), Activity::Run);
    QVERIFY(finished.wait(kTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(coordinator.current(), Activity::None, kTimeoutMs);
}

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
