// SPDX-License-Identifier: GPL-3.0-or-later
// When things go wrong the run still leaves nothing behind: the agent SIGKILLed, the
// program owning the RunController SIGKILLed, the controller destroyed mid-run.
// This test is a child subreaper: a run's processes orphaned by a dead agent come to
// it (pid 1 here may not reap), and it reaps them by pid.

#include "core/run/runcontroller.h"
#include "core/scenario/scenarioio.h"
#include "testsupport.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace proclab;
using namespace proclab::test;

namespace {

constexpr int kTimeoutMs = 30000;

Scenario idleTree()
{
    Scenario s;
    s.name = QStringLiteral("idle-tree");
    s.processes = {process(QStringLiteral("root"), {}, BehaviourKind::Idle),
                   process(QStringLiteral("a"), QStringLiteral("root"), BehaviourKind::Idle),
                   process(QStringLiteral("b"), QStringLiteral("root"), BehaviourKind::Idle),
                   process(QStringLiteral("a1"), QStringLiteral("a"), BehaviourKind::Idle),
                   process(QStringLiteral("b1"), QStringLiteral("b"), BehaviourKind::Idle)};
    return s;
}

int spawnedCount(const QSignalSpy &events)
{
    int n = 0;
    for (const QList<QVariant> &args : events)
        n += args.first().value<RunEvent>().kind == RunEvent::Kind::Spawned;
    return n;
}

// Nothing of the run left: no process in its group (reaping the zombies that were
// orphaned to us on the way) and no shared memory named after its agent.
bool runIsGone(int agentPid)
{
    reapOurZombies(agentPid);
    return processGroupPids(agentPid).isEmpty() && agentShmObjects(agentPid).isEmpty();
}

} // namespace

class TestRunControllerFailure : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void agentSigkillLeavesNothing();
    void agentSigkillRemovesMessageQueues();
    void ownerSigkillLeavesNothing();
    void destructorEndsTheRun();
    void agentThatCannotStopIsKilled();
    void stopBeforeTheRunStarted();
    void refusalLeavesOthersObjectsAlone();
};

void TestRunControllerFailure::initTestCase()
{
    QVERIFY(becomeChildSubreaper());
    QVERIFY(QFileInfo(RunController::agentPath()).isExecutable());
}

void TestRunControllerFailure::agentSigkillLeavesNothing()
{
    const Scenario s = idleTree();
    RunController run;
    QSignalSpy events(&run, &RunController::eventReceived);
    QSignalSpy failed(&run, &RunController::failed);
    QVERIFY(run.start(s));
    QTRY_COMPARE_WITH_TIMEOUT(spawnedCount(events), s.processes.size(), kTimeoutMs);
    const int agent = run.agentPid();
    QCOMPARE(liveProcessGroupPids(agent).size(), s.processes.size() + 1); // + the agent
    QVERIFY(!agentShmObjects(agent).isEmpty()); // the stats page, at least

    QCOMPARE(::kill(agent, SIGKILL), 0);
    QVERIFY(failed.wait(kTimeoutMs));
    QCOMPARE(run.state(), RunController::State::Failed);
    QVERIFY(!run.failureReason().isEmpty());
    // The controller cleaned up before it reported the failure.
    QCOMPARE(agentShmObjects(agent), QStringList());
    QCOMPARE(liveProcessGroupPids(agent), QList<int>());
    QTRY_VERIFY_WITH_TIMEOUT(runIsGone(agent), kTimeoutMs);
}

void TestRunControllerFailure::agentSigkillRemovesMessageQueues()
{
    // /dev/mqueue may not be mounted: the controller must find the queues by name.
    Scenario s;
    s.name = QStringLiteral("mailbox");
    ChannelSpec box;
    box.id = QStringLiteral("box");
    box.kind = ChannelKind::Mailbox;
    box.capacity = 4;
    s.channels = {box};
    ProcessSpec producer =
        process(QStringLiteral("producer"), QStringLiteral("root"), BehaviourKind::Produce);
    producer.behaviour.channel = box.id;
    producer.behaviour.count = 100000;
    producer.behaviour.rate = 10; // far longer than the test
    ProcessSpec consumer =
        process(QStringLiteral("consumer"), QStringLiteral("root"), BehaviourKind::Consume);
    consumer.behaviour.channel = box.id;
    s.processes = {process(QStringLiteral("root"), {}, BehaviourKind::Idle), producer, consumer};

    RunController run;
    QSignalSpy events(&run, &RunController::eventReceived);
    QSignalSpy failed(&run, &RunController::failed);
    QVERIFY(run.start(s));
    QTRY_COMPARE_WITH_TIMEOUT(spawnedCount(events), s.processes.size(), kTimeoutMs);
    const int agent = run.agentPid();
    // "/proclab-<agent>-<tag>-stats" names the run; its queue is "<that prefix>-mq0".
    QString stats;
    for (const QList<QVariant> &args : events)
        if (const RunEvent e = args.first().value<RunEvent>(); e.kind == RunEvent::Kind::Ready)
            stats = e.message;
    QVERIFY2(stats.endsWith(QLatin1String("-stats")), qPrintable(stats));
    const QString queue = stats.chopped(6) + QStringLiteral("-mq0");
    QVERIFY2(messageQueueExists(queue), qPrintable(queue));

    QCOMPARE(::kill(agent, SIGKILL), 0);
    QVERIFY(failed.wait(kTimeoutMs));
    QVERIFY2(!messageQueueExists(queue), qPrintable(queue));
    QCOMPARE(agentShmObjects(agent), QStringList());
    QTRY_VERIFY_WITH_TIMEOUT(runIsGone(agent), kTimeoutMs);
}

void TestRunControllerFailure::ownerSigkillLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("idle-tree.proclab.json"));
    QString error;
    QVERIFY2(saveScenarioFile(idleTree(), file, &error), qPrintable(error));

    QProcess owner;
    owner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    owner.start(helperPath(QStringLiteral("proclab_owner")), {file});
    QVERIFY2(owner.waitForStarted(), qPrintable(owner.errorString()));
    int agent = 0;
    int spawned = 0;
    QByteArray pending;
    auto readLines = [&] {
        pending += owner.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl);
            pending.remove(0, nl + 1);
            if (line.startsWith("agent "))
                agent = line.mid(6).toInt();
            else if (line.startsWith("spawned "))
                ++spawned;
            else if (line.startsWith("failed"))
                qWarning() << "owner:" << line;
        }
        return spawned;
    };
    QTRY_COMPARE_WITH_TIMEOUT(readLines(), int(idleTree().processes.size()), kTimeoutMs);
    QVERIFY(agent > 0);
    QCOMPARE(liveProcessGroupPids(agent).size(), idleTree().processes.size() + 1);

    owner.kill(); // SIGKILL: no destructor runs in the owner
    QVERIFY(owner.waitForFinished(kTimeoutMs));
    QCOMPARE(owner.exitStatus(), QProcess::CrashExit);
    QTRY_VERIFY_WITH_TIMEOUT(runIsGone(agent), kTimeoutMs);
}

void TestRunControllerFailure::destructorEndsTheRun()
{
    const Scenario s = idleTree();
    int agent = 0;
    {
        RunController run;
        QSignalSpy events(&run, &RunController::eventReceived);
        QVERIFY(run.start(s));
        QTRY_COMPARE_WITH_TIMEOUT(spawnedCount(events), s.processes.size(), kTimeoutMs);
        agent = run.agentPid();
        QCOMPARE(liveProcessGroupPids(agent).size(), s.processes.size() + 1);
    }
    // RAII: when the destructor returns, the run is over and reaped.
    QCOMPARE(processGroupPids(agent), QList<int>());
    QCOMPARE(agentShmObjects(agent), QStringList());
}

void TestRunControllerFailure::agentThatCannotStopIsKilled()
{
    // A stopped (SIGSTOP) agent cannot answer "stop": after the grace period plus slack the
    // controller must SIGKILL it and clean up the run itself.
    const Scenario s = idleTree();
    RunController run;
    QSignalSpy events(&run, &RunController::eventReceived);
    QSignalSpy failed(&run, &RunController::failed);
    QVERIFY(run.start(s));
    QTRY_COMPARE_WITH_TIMEOUT(spawnedCount(events), s.processes.size(), kTimeoutMs);
    const int agent = run.agentPid();
    QCOMPARE(::kill(agent, SIGSTOP), 0);
    run.stop();
    QCOMPARE(run.state(), RunController::State::Stopping);
    QVERIFY(failed.wait(kTimeoutMs));
    QCOMPARE(run.state(), RunController::State::Failed);
    QVERIFY(!run.failureReason().isEmpty());
    QCOMPARE(liveProcessGroupPids(agent), QList<int>());
    QCOMPARE(agentShmObjects(agent), QStringList());
    QTRY_VERIFY_WITH_TIMEOUT(runIsGone(agent), kTimeoutMs);
}

void TestRunControllerFailure::stopBeforeTheRunStarted()
{
    // stop() right after start(), before "ready": the run must still end, cleanly or not,
    // and leave nothing.
    const Scenario s = idleTree();
    RunController run;
    QSignalSpy finished(&run, &RunController::finished);
    QSignalSpy failed(&run, &RunController::failed);
    QVERIFY(run.start(s));
    const int agent = run.agentPid();
    run.stop();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() == 1, kTimeoutMs);
    QVERIFY(!run.isActive());
    QTRY_VERIFY_WITH_TIMEOUT(runIsGone(agent), kTimeoutMs);
}

void TestRunControllerFailure::refusalLeavesOthersObjectsAlone()
{
    // An agent that refuses to start because a name it needs exists already: that object
    // is someone else's, so the controller must not remove it, and its reason must reach
    // the user. A stand-in agent plays the refusal: it finds "its" name taken (made here
    // under its pid, as a squatter would), says so the way the agent does, and exits 1.
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("proclab-agent"));
    QFile script(fake);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\n"
                 ": > /dev/shm/proclab-$$-squat-ctl0\n"
                 "echo '{\"ev\":\"error\",\"message\":\"channel box: the message queue "
                 "/proclab-'$$'-squat-mq0 already exists\",\"t\":1}'\n"
                 "exit 1\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray realAgent = qgetenv("PROCLAB_AGENT");
    qputenv("PROCLAB_AGENT", QFile::encodeName(fake));
    const auto restore = qScopeGuard([&realAgent] { qputenv("PROCLAB_AGENT", realAgent); });
    RunController run;
    QSignalSpy failed(&run, &RunController::failed);
    QVERIFY(run.start(idleTree()));
    const int agent = run.agentPid();
    QVERIFY(failed.wait(kTimeoutMs));
    const QString squatted = QStringLiteral("/dev/shm/proclab-%1-squat-ctl0").arg(agent);
    const bool spared = QFile::exists(squatted);
    QFile::remove(squatted);
    QVERIFY2(spared, "the controller removed an object its run had not made");
    QVERIFY2(run.failureReason().contains(QStringLiteral("already exists")),
             qPrintable(run.failureReason()));
}

QTEST_GUILESS_MAIN(TestRunControllerFailure)
#include "tst_runcontrollerfailure.moc"
