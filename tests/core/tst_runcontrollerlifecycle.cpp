// SPDX-License-Identifier: GPL-3.0-or-later
// RunController's life cycle with the real agent: pause/resume, a duration that ends the
// run, one controller used twice, and a scenario refused before anything is forked.

#include "core/run/runcontroller.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace proclab;
using namespace proclab::test;

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

class TestRunControllerLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void pauseAndResumeAll();
    void durationEndsTheRun();
    void oneControllerRunsTwice();
    void overTheLimitIsRefusedBeforeAnythingRuns();
};

void TestRunControllerLifecycle::pauseAndResumeAll()
{
    const Scenario s =
        scenarioOf(QStringLiteral("pause"),
                   {process(QStringLiteral("root"), {}, BehaviourKind::Idle),
                    process(QStringLiteral("kid"), QStringLiteral("root"), BehaviourKind::Idle)});
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Spawned).size(), 2, kTimeoutMs);
    auto allInState = [&rec](QChar state, bool paused) {
        if (rec.snapshots.isEmpty())
            return false;
        for (const ProcessSample &p : rec.snapshots.last().processes)
            if (p.state != state || p.paused != paused)
                return false;
        return true;
    };
    run.pauseProcess(QStringLiteral("*"));
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Paused).size(), 1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(allInState(QLatin1Char('T'), true), kTimeoutMs);
    ProcFacts f;
    QVERIFY(procFacts(rec.pidOf(QStringLiteral("kid")), &f));
    QCOMPARE(f.state, QLatin1Char('T'));
    run.resumeProcess(QStringLiteral("*"));
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Resumed).size(), 1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(allInState(QLatin1Char('S'), false), kTimeoutMs);
    run.stop();
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
}

void TestRunControllerLifecycle::durationEndsTheRun()
{
    Scenario s =
        scenarioOf(QStringLiteral("duration"),
                   {process(QStringLiteral("root"), {}, BehaviourKind::Idle),
                    process(QStringLiteral("kid"), QStringLiteral("root"), BehaviourKind::Idle)});
    s.settings.durationS = 1;
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QSignalSpy states(&run, &RunController::stateChanged);
    QVERIFY(run.start(s));
    QVERIFY(finished.wait(kTimeoutMs));
    QVERIFY(run.elapsedMs() >= 1000);
    // Starting -> Running -> Stopping -> Finished
    QList<RunController::State> seen;
    for (const QList<QVariant> &args : states)
        seen.append(args.first().value<RunController::State>());
    QCOMPARE(seen, (QList<RunController::State>{
                       RunController::State::Starting, RunController::State::Running,
                       RunController::State::Stopping, RunController::State::Finished}));
    // Snapshots came at the sampling rate while it ran, then a final one.
    QVERIFY(!rec.snapshots.isEmpty());
    for (const ProcessSample &p : run.lastSnapshot().processes)
        QCOMPARE(p.life, ProcessSample::Life::Reaped);
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
}

void TestRunControllerLifecycle::oneControllerRunsTwice()
{
    ProcessSpec root = process(QStringLiteral("root"), {}, BehaviourKind::Exit);
    root.behaviour.code = 7;
    const Scenario s = scenarioOf(QStringLiteral("twice"), {root});
    RunController run;
    QList<int> agents;
    QList<int> eventCounts;
    // The second run starts from the slot of the first run's finished(), as a GUI might:
    // the old agent connection is still on the stack then.
    QObject::connect(&run, &RunController::finished, &run, [&] {
        agents.append(run.agentPid());
        // A zombie event appears when the agent saw the root in state Z before reaping it.
        eventCounts.append(
            int(std::count_if(run.events().cbegin(), run.events().cend(),
                              [](const RunEvent &e) { return e.kind != RunEvent::Kind::Zombie; })));
        if (agents.size() == 1)
            QVERIFY(run.start(s));
    });
    QVERIFY(run.start(s));
    QTRY_COMPARE_WITH_TIMEOUT(agents.size(), 2, kTimeoutMs);
    QCOMPARE(run.state(), RunController::State::Finished);
    QVERIFY(agents[0] != agents[1]);
    QCOMPARE(eventCounts, (QList<int>{4, 4})); // ready, spawned, exited, finished: each its own
    QCOMPARE(run.lastSnapshot().processes.first().exitCode, std::optional<int>(7));
    for (int agent : agents) {
        QCOMPARE(processGroupPids(agent), QList<int>());
        QCOMPARE(agentShmObjects(agent), QStringList());
    }
}

void TestRunControllerLifecycle::overTheLimitIsRefusedBeforeAnythingRuns()
{
    Scenario s = scenarioOf(QStringLiteral("too-many"),
                            {process(QStringLiteral("root"), {}, BehaviourKind::Idle)});
    for (int i = 0; i < 5; ++i)
        s.processes.append(
            process(QStringLiteral("p%1").arg(i), QStringLiteral("root"), BehaviourKind::Idle));
    s.settings.maxProcesses = 3;
    RunController run;
    QSignalSpy failed(&run, &RunController::failed);
    QVERIFY(!run.start(s));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(run.state(), RunController::State::Failed);
    QCOMPARE(run.agentPid(), 0);
    QCOMPARE(childPids(int(getpid())), QList<int>()); // no agent was started
}

QTEST_GUILESS_MAIN(TestRunControllerLifecycle)
#include "tst_runcontrollerlifecycle.moc"
