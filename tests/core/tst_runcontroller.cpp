// SPDX-License-Identifier: GPL-3.0-or-later
// RunController with the real agent: the tree the OS shows equals the scenario, zombies
// and orphans are seen as the kernel shows them, a killed node does not stop the others,
// and no run leaves a process or a shared-memory object behind.

#include "core/run/runcontroller.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace proclab;
using namespace proclab::test;

namespace {

constexpr int kTimeoutMs = 30000; // generous: the machine is shared and loaded

const ProcessSample *sampleOf(const RunSnapshot &s, const QString &node)
{
    for (const ProcessSample &p : s.processes)
        if (p.node == node)
            return &p;
    return nullptr;
}

} // namespace

class TestRunController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exampleTreeMatchesProc_data();
    void exampleTreeMatchesProc();
    void exampleRunsToTheEnd_data();
    void exampleRunsToTheEnd();
    void zombieSeenThenReaped();
    void orphanReparentedToAgent();
    void killOneNodeOthersFinish();
};

void TestRunController::initTestCase()
{
    QVERIFY2(QFileInfo(RunController::agentPath()).isExecutable(),
             qPrintable(RunController::agentPath()));
}

void TestRunController::exampleTreeMatchesProc_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("fork-chain") << QStringLiteral("fork-chain");
    QTest::newRow("fan") << QStringLiteral("fan");
    QTest::newRow("binary-tree") << QStringLiteral("binary-tree");
}

void TestRunController::exampleTreeMatchesProc()
{
    QFETCH(QString, example);
    Scenario s;
    QString error;
    QVERIFY2(loadExample(example, &s, &error), qPrintable(error));
    // Same tree, but every process stays until stopped, so /proc can be read for all.
    for (ProcessSpec &p : s.processes)
        p.behaviour = Behaviour{};
    s.channels.clear();

    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Spawned).size(), s.processes.size(),
                              kTimeoutMs);
    const int agent = run.agentPid();
    for (const ProcessSpec &p : s.processes) {
        const int pid = rec.pidOf(p.id);
        const int expectedPpid = p.parent.isEmpty() ? agent : rec.pidOf(p.parent);
        ProcFacts f;
        QVERIFY2(procFacts(pid, &f), qPrintable(p.id));
        QCOMPARE(f.ppid, expectedPpid);
        QCOMPARE(f.pgid, agent);
        QVERIFY2(f.state != QLatin1Char('Z'), qPrintable(p.id));
    }
    // The sampler sees the same tree (in a snapshot taken after every process was spawned).
    auto complete = [](const RunSnapshot &snap) {
        for (const ProcessSample &p : snap.processes)
            if (p.pid == 0 || p.state.isNull())
                return false;
        return !snap.processes.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!rec.snapshots.isEmpty() && complete(rec.snapshots.last()),
                             kTimeoutMs);
    const RunSnapshot snap = rec.snapshots.last();
    QCOMPARE(snap.processes.size(), s.processes.size());
    for (int i = 0; i < s.processes.size(); ++i) {
        const ProcessSample &p = snap.processes[i];
        QCOMPARE(p.node, s.processes[i].id); // scenario order
        QCOMPARE(p.pid, rec.pidOf(p.node));
        QCOMPARE(p.ppid, p.parentNode.isEmpty() ? agent : rec.pidOf(p.parentNode));
        QCOMPARE(p.life, ProcessSample::Life::Alive);
    }
    run.stop();
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(run.state(), RunController::State::Finished);
    QCOMPARE(runLeftovers(agent, rec), QString());
}

void TestRunController::exampleRunsToTheEnd_data()
{
    exampleTreeMatchesProc_data();
}

void TestRunController::exampleRunsToTheEnd()
{
    QFETCH(QString, example);
    Scenario s;
    QString error;
    QVERIFY2(loadExample(example, &s, &error), qPrintable(error));
    if (s.settings.durationS == 0)
        s.settings.durationS = 20; // a bound, in case an example waits to be stopped

    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    QVERIFY(finished.wait(kTimeoutMs + s.settings.durationS * 1000));
    const int agent = run.agentPid();
    // Every process was forked by its scenario parent (the agent for the root).
    QCOMPARE(rec.of(RunEvent::Kind::Spawned).size(), s.processes.size());
    for (const ProcessSpec &p : s.processes) {
        const auto spawned = rec.of(RunEvent::Kind::Spawned, p.id);
        QCOMPARE(spawned.size(), 1);
        QCOMPARE(spawned.first().ppid, p.parent.isEmpty() ? agent : rec.pidOf(p.parent));
        QCOMPARE(rec.of(RunEvent::Kind::Exited, p.id).size(), 1);
    }
    // The final snapshot has every process reaped with its exit status.
    const RunSnapshot &last = run.lastSnapshot();
    QCOMPARE(last.processes.size(), s.processes.size());
    for (const ProcessSample &p : last.processes) {
        QCOMPARE(p.life, ProcessSample::Life::Reaped);
        QVERIFY2(p.exitCode || p.exitSignal, qPrintable(p.node));
    }
    QCOMPARE(runLeftovers(agent, rec), QString());
}

void TestRunController::zombieSeenThenReaped()
{
    // parent never reaps; child exits at once and stays a zombie until parent is killed.
    ProcessSpec child =
        process(QStringLiteral("child"), QStringLiteral("parent"), BehaviourKind::Exit);
    child.behaviour.code = 3;
    const Scenario s = scenarioOf(
        QStringLiteral("zombie"),
        {process(QStringLiteral("root"), {}, BehaviourKind::Idle),
         process(QStringLiteral("parent"), QStringLiteral("root"), BehaviourKind::NoWait, 0),
         child});
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    auto zombieInSnapshot = [&rec] {
        for (const RunSnapshot &snap : rec.snapshots)
            if (const ProcessSample *c = sampleOf(snap, QStringLiteral("child"));
                c && c->state == QLatin1Char('Z'))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(zombieInSnapshot(), kTimeoutMs);
    const int childPid = rec.pidOf(QStringLiteral("child"));
    ProcFacts f;
    QVERIFY(procFacts(childPid, &f));
    QCOMPARE(f.state, QLatin1Char('Z')); // the kernel agrees
    QCOMPARE(f.ppid, rec.pidOf(QStringLiteral("parent")));
    QVERIFY(rec.of(RunEvent::Kind::Exited, QStringLiteral("child")).isEmpty()); // not reaped

    // Killing the parent hands the zombie to the agent, which reaps it.
    run.killProcess(QStringLiteral("parent"), 9);
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Exited, QStringLiteral("child")).size(), 1,
                              kTimeoutMs);
    const RunEvent exited = rec.of(RunEvent::Kind::Exited, QStringLiteral("child")).first();
    QCOMPARE(exited.code, std::optional<int>(3));
    QCOMPARE(exited.reaper, run.agentPid());
    QTRY_VERIFY_WITH_TIMEOUT(
        !pidExists(childPid) || (procFacts(childPid, &f) && f.pgid != run.agentPid()), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Exited, QStringLiteral("parent")).size(), 1,
                              kTimeoutMs);
    QCOMPARE(rec.of(RunEvent::Kind::Exited, QStringLiteral("parent")).first().signal,
             std::optional<int>(9));
    run.stop();
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
}

void TestRunController::orphanReparentedToAgent()
{
    const Scenario s = scenarioOf(
        QStringLiteral("orphan"),
        {process(QStringLiteral("root"), {}, BehaviourKind::Idle),
         process(QStringLiteral("mid"), QStringLiteral("root"), BehaviourKind::ExitEarly),
         process(QStringLiteral("orphan"), QStringLiteral("mid"), BehaviourKind::Idle)});
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Reparented, QStringLiteral("orphan")).size(),
                              1, kTimeoutMs);
    const int agent = run.agentPid();
    const RunEvent re = rec.of(RunEvent::Kind::Reparented, QStringLiteral("orphan")).first();
    QCOMPARE(re.ppid, agent);
    QCOMPARE(re.oldPpid, rec.pidOf(QStringLiteral("mid")));
    const int orphanPid = rec.pidOf(QStringLiteral("orphan"));
    QCOMPARE(re.pid, orphanPid);
    ProcFacts f;
    QVERIFY(procFacts(orphanPid, &f));
    QCOMPARE(f.ppid, agent); // the kernel says so too
    QTRY_VERIFY_WITH_TIMEOUT(
        !rec.snapshots.isEmpty() &&
            sampleOf(rec.snapshots.last(), QStringLiteral("orphan"))->reparented &&
            sampleOf(rec.snapshots.last(), QStringLiteral("orphan"))->ppid == agent,
        kTimeoutMs);
    run.stop();
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(runLeftovers(agent, rec), QString());
}

void TestRunController::killOneNodeOthersFinish()
{
    const Scenario s = scenarioOf(
        QStringLiteral("kill-one"),
        {process(QStringLiteral("root"), {}, BehaviourKind::Exit),
         process(QStringLiteral("a"), QStringLiteral("root"), BehaviourKind::Sleep, 300),
         process(QStringLiteral("victim"), QStringLiteral("root"), BehaviourKind::Idle),
         process(QStringLiteral("b"), QStringLiteral("root"), BehaviourKind::Sleep, 300)});
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Spawned).size(), 4, kTimeoutMs);
    run.killProcess(QStringLiteral("victim"), 9);
    // The victim idles forever: the run can only end by itself if the kill worked and the
    // others went on to the end.
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(rec.of(RunEvent::Kind::Killed, QStringLiteral("victim")).size(), 1);
    const RunSnapshot &last = run.lastSnapshot();
    const ProcessSample *victim = sampleOf(last, QStringLiteral("victim"));
    QVERIFY(victim);
    QCOMPARE(victim->exitSignal, std::optional<int>(9));
    QVERIFY(victim->killedByUser);
    for (const QString &id : {QStringLiteral("root"), QStringLiteral("a"), QStringLiteral("b")}) {
        const ProcessSample *p = sampleOf(last, id);
        QVERIFY(p);
        QCOMPARE(p->exitCode, std::optional<int>(0));
        QVERIFY(!p->killedByUser);
    }
    QVERIFY(rec.of(RunEvent::Kind::Exited, QStringLiteral("victim")).first().tNs <
            rec.of(RunEvent::Kind::Exited, QStringLiteral("root")).first().tNs);
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
}

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_runcontroller.moc"
