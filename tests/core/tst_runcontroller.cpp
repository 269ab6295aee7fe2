// RunController with the real agent: the tree the OS shows equals the scenario, zombies
// and orphans are seen as the kernel shows them, a killed node does not stop the others,
// and no run leaves a process or a shared-memory object behind.

#include "runcontroller.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace proclab;
using namespace proclab::test;

namespace {

constexpr int kTimeoutMs = 30000; // generous: the machine is shared and loaded

// Everything a run reported, gathered from its signals.
struct Recorder
{
    explicit Recorder(RunController &run)
    {
        QObject::connect(&run, &RunController::eventReceived, &run,
                         [this](const RunEvent &e) { events.append(e); });
        QObject::connect(&run, &RunController::snapshotReady, &run,
                         [this](const RunSnapshot &s) { snapshots.append(s); });
    }
    QList<RunEvent> of(RunEvent::Kind kind, const QString &node = {}) const
    {
        QList<RunEvent> out;
        for (const RunEvent &e : events)
            if (e.kind == kind && (node.isEmpty() || e.node == node))
                out.append(e);
        return out;
    }
    int pidOf(const QString &node) const
    {
        const auto s = of(RunEvent::Kind::Spawned, node);
        return s.isEmpty() ? 0 : s.first().pid;
    }
    QList<RunEvent> events;
    QList<RunSnapshot> snapshots;
};

const ProcessSample *sampleOf(const RunSnapshot &s, const QString &node)
{
    for (const ProcessSample &p : s.processes)
        if (p.node == node)
            return &p;
    return nullptr;
}

Scenario scenarioOf(const QString &name, const QList<ProcessSpec> &processes)
{
    Scenario s;
    s.name = name;
    s.processes = processes;
    return s;
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
    void pauseAndResumeAll();
    void durationEndsTheRun();
    void overTheLimitIsRefusedBeforeAnythingRuns();

private:
    void verifyNothingLeft(int agentPid, const Recorder &rec);
};

void TestRunController::initTestCase()
{
    QVERIFY2(QFileInfo(RunController::agentPath()).isExecutable(),
             qPrintable(RunController::agentPath()));
}

void TestRunController::verifyNothingLeft(int agentPid, const Recorder &rec)
{
    QVERIFY(agentPid > 0);
    // The agent reaped every process and was itself reaped by the controller.
    QCOMPARE(processGroupPids(agentPid), QList<int>());
    for (const RunEvent &e : rec.of(RunEvent::Kind::Spawned)) {
        ProcFacts f;
        if (procFacts(e.pid, &f)) // a recycled pid is fine, a process of the run is not
            QVERIFY2(f.pgid != agentPid, qPrintable(e.node));
    }
    QCOMPARE(agentShmObjects(agentPid), QStringList());
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
    Recorder rec(run);
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
    verifyNothingLeft(agent, rec);
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
    Recorder rec(run);
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
    verifyNothingLeft(agent, rec);
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
    Recorder rec(run);
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
    verifyNothingLeft(run.agentPid(), rec);
}

void TestRunController::orphanReparentedToAgent()
{
    const Scenario s = scenarioOf(
        QStringLiteral("orphan"),
        {process(QStringLiteral("root"), {}, BehaviourKind::Idle),
         process(QStringLiteral("mid"), QStringLiteral("root"), BehaviourKind::ExitEarly),
         process(QStringLiteral("orphan"), QStringLiteral("mid"), BehaviourKind::Idle)});
    RunController run;
    Recorder rec(run);
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
    verifyNothingLeft(agent, rec);
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
    Recorder rec(run);
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
    verifyNothingLeft(run.agentPid(), rec);
}

void TestRunController::pauseAndResumeAll()
{
    const Scenario s =
        scenarioOf(QStringLiteral("pause"),
                   {process(QStringLiteral("root"), {}, BehaviourKind::Idle),
                    process(QStringLiteral("kid"), QStringLiteral("root"), BehaviourKind::Idle)});
    RunController run;
    Recorder rec(run);
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
    verifyNothingLeft(run.agentPid(), rec);
}

void TestRunController::durationEndsTheRun()
{
    Scenario s =
        scenarioOf(QStringLiteral("duration"),
                   {process(QStringLiteral("root"), {}, BehaviourKind::Idle),
                    process(QStringLiteral("kid"), QStringLiteral("root"), BehaviourKind::Idle)});
    s.settings.durationS = 1;
    RunController run;
    Recorder rec(run);
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
    verifyNothingLeft(run.agentPid(), rec);
}

void TestRunController::overTheLimitIsRefusedBeforeAnythingRuns()
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

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_runcontroller.moc"
