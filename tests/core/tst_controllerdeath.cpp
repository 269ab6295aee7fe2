// SPDX-License-Identifier: GPL-3.0-or-later
// A run ends with its controller, at any size: `proclab-cli run` on a large tree (1,000
// processes with a shared-memory ring and a mailbox working, 4,096 idle processes, a chain
// as deep as the format allows) is SIGKILLed mid-run, and then nothing of the run may be
// left: no process in its group, nothing in /dev/shm or /dev/mqueue named after its agent.
// No time limit is asserted (the machine is shared); the time it took is printed, and
// docs/reliability.md records measured figures.
// This test is a child subreaper: the run's processes, orphaned with their agent, come to
// it (pid 1 here may not reap), and it reaps them by pid.

#include "core/scenario/scenarioio.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace proclab;
using namespace proclab::test;

namespace {

constexpr int kStartTimeoutMs = 120000; // 4,096 forks on a loaded 2-CPU machine
constexpr int kEndTimeoutMs = 120000;   // generous on purpose: no speed is asserted here

// n processes: a root, a producer and a consumer on a shm ring and a sender and a receiver
// on a mailbox (all working until stopped) when `channels`, the rest idle. `fanOut` 1
// makes a chain, else each process has up to fanOut children.
Scenario bigTree(int n, int fanOut, bool channels)
{
    Scenario s;
    s.name = QStringLiteral("controller-death");
    s.settings.maxProcesses = n;
    s.processes.append(process(QStringLiteral("p0"), {}, BehaviourKind::Idle));
    int next = 1;
    if (channels) {
        const struct
        {
            const char *id;
            BehaviourKind kind;
            const char *channel;
        } workers[] = {{"producer", BehaviourKind::Produce, "ring"},
                       {"consumer", BehaviourKind::Consume, "ring"},
                       {"sender", BehaviourKind::Produce, "box"},
                       {"receiver", BehaviourKind::Consume, "box"}};
        for (const auto &w : workers) {
            ProcessSpec p = process(QString::fromLatin1(w.id), QStringLiteral("p0"), w.kind);
            p.behaviour.channel = QString::fromLatin1(w.channel);
            if (w.kind == BehaviourKind::Produce) {
                p.behaviour.count = 10'000'000; // far beyond the run: until it is ended
                p.behaviour.rate = 1000;
            } else {
                p.behaviour.workUs = 200;
            }
            s.processes.append(p);
            ++next;
        }
        ChannelSpec ring;
        ring.id = QStringLiteral("ring");
        ring.kind = ChannelKind::ShmBuffer;
        ChannelSpec box;
        box.id = QStringLiteral("box");
        box.kind = ChannelKind::Mailbox;
        box.capacity = 10; // a default kernel's msg_max
        s.channels = {ring, box};
    }
    // The idle ones are p1, p2, ... below the root p0.
    for (int k = 1; k < n - next + 1; ++k) {
        const int parent = fanOut == 1 ? k - 1 : (k - 1) / fanOut;
        s.processes.append(process(QStringLiteral("p%1").arg(k), QStringLiteral("p%1").arg(parent),
                                   BehaviourKind::Idle));
    }
    return s;
}

QStringList agentMessageQueues(int agentPid)
{
    return QDir(QStringLiteral("/dev/mqueue"))
        .entryList({QStringLiteral("proclab-%1-*").arg(agentPid)}, QDir::System | QDir::Files);
}

int agentOf(qint64 controllerPid)
{
    for (const int pid : childPids(int(controllerPid))) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "proclab-agent")
            return pid;
    }
    return 0;
}

// What is left of the run, reaping the zombies orphaned to us on the way; empty = nothing.
QString leftOf(int agentPid)
{
    reapOurZombies(agentPid);
    QStringList left;
    if (const int n = int(processGroupPids(agentPid).size()))
        left << QStringLiteral("%1 processes").arg(n);
    left << agentShmObjects(agentPid) << agentMessageQueues(agentPid);
    return left.join(QStringLiteral(", "));
}

} // namespace

class TestControllerDeath : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(becomeChildSubreaper()); }
    void sigkilledControllerEndsTheWholeRun_data();
    void sigkilledControllerEndsTheWholeRun();
};

void TestControllerDeath::sigkilledControllerEndsTheWholeRun_data()
{
    QTest::addColumn<int>("processes");
    QTest::addColumn<int>("fanOut");
    QTest::addColumn<bool>("channels");
    QTest::newRow("1000 working, shm ring and mailbox") << 1000 << 8 << true;
    QTest::newRow("4096 idle, the process limit") << 4096 << 8 << false;
    QTest::newRow("chain of 256, the depth limit") << 256 << 1 << false;
}

void TestControllerDeath::sigkilledControllerEndsTheWholeRun()
{
    QFETCH(int, processes);
    QFETCH(int, fanOut);
    QFETCH(bool, channels);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("big.proclab.json"));
    QString error;
    QVERIFY2(saveScenarioFile(bigTree(processes, fanOut, channels), file, &error),
             qPrintable(error));

    QProcess cli;
    cli.setStandardOutputFile(QProcess::nullDevice());
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    cli.start(cliPath(), {QStringLiteral("run"), file});
    QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
    int agent = 0;
    QTRY_VERIFY_WITH_TIMEOUT((agent = agentOf(cli.processId())) > 0 ||
                                 cli.state() == QProcess::NotRunning,
                             kStartTimeoutMs);
    QVERIFY2(agent > 0, "proclab-cli ended before its agent was seen (its stderr is above)");
    // Should the run outlive this test, end it here while we can still reap it: orphaned
    // to pid 1 it would stay, as zombies, for good.
    auto cleanUp = qScopeGuard([agent] {
        ::kill(-agent, SIGKILL);
        QDeadlineTimer deadline(kEndTimeoutMs);
        while (!processGroupPids(agent).isEmpty() && !deadline.hasExpired()) {
            reapOurZombies(agent);
            QTest::qWait(50);
        }
    });
    // Every process forked and alive, and the run's objects there to be removed.
    QTRY_COMPARE_WITH_TIMEOUT(liveProcessGroupPids(agent).size(), processes + 1, kStartTimeoutMs);
    QVERIFY(!agentShmObjects(agent).isEmpty()); // the stats page, the ring
    if (channels)
        QCOMPARE(agentMessageQueues(agent).size(), 1);

    QElapsedTimer clock;
    clock.start();
    QCOMPARE(::kill(pid_t(cli.processId()), SIGKILL), 0); // no destructor runs in it
    QVERIFY(cli.waitForFinished(kEndTimeoutMs));
    // A plain deadline, not QTRY: on failure QTRY waits twice as long again to report.
    QDeadlineTimer deadline(kEndTimeoutMs);
    QString left;
    while (!(left = leftOf(agent)).isEmpty() && !deadline.hasExpired())
        QTest::qWait(20);
    QVERIFY2(left.isEmpty(),
             qPrintable(QStringLiteral("left %1 s after the controller's SIGKILL: %2")
                            .arg(kEndTimeoutMs / 1000)
                            .arg(left)));
    cleanUp.dismiss();
    qInfo("%d processes: nothing left %lld ms after the controller's SIGKILL", processes,
          clock.elapsed());
}

QTEST_GUILESS_MAIN(TestControllerDeath)
#include "tst_controllerdeath.moc"
