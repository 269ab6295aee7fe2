// SPDX-License-Identifier: GPL-3.0-or-later
// Facts of the run summary (what `proclab-cli run --json` prints and lessons measure),
// checked against /proc, pstree and the live run: when a child became a zombie and for how
// long, who adopted an orphan and that grandchildren keep their own parent, and that an
// asynchronous sender ends while its receiver still has messages to take.

#include "core/run/planindex.h"
#include "core/run/planwriter.h"
#include "core/run/runcontroller.h"
#include "core/run/runsummary.h"
#include "core/run/statspagereader.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <mqueue.h>

using namespace proclab;
using namespace proclab::test;

namespace {

constexpr int kTimeoutMs = 30000; // generous: the machine is shared and loaded

QSet<int> pidsInPstree(int pid)
{
    QProcess pstree;
    pstree.start(QStringLiteral("pstree"), {QStringLiteral("-p"), QString::number(pid)});
    pstree.waitForFinished(10000);
    const QString out = QString::fromUtf8(pstree.readAllStandardOutput());
    QSet<int> pids;
    static const QRegularExpression re(QStringLiteral("\\((\\d+)\\)"));
    for (auto it = re.globalMatch(out); it.hasNext();)
        pids.insert(it.next().captured(1).toInt());
    return pids;
}

QJsonObject processJson(const QJsonObject &summary, const QString &id)
{
    for (const QJsonValue &p : summary.value(QLatin1String("processes")).toArray())
        if (p[QLatin1String("id")].toString() == id)
            return p.toObject();
    return {};
}

} // namespace

class TestRunSummaryFacts : public QObject
{
    Q_OBJECT
private slots:
    void zombieExampleReportsZombieTime();
    void orphanAdoptedGrandchildKeepsParent();
    void asyncSenderEndsBeforeItsReceiverHasAll();
    void crashedConsumerLosesExactlyItsItemInFlight();
    void killedReceiverNamesTheMessageItTookOut();
    void execSummaryNamesTheProgramFromProc();
};

void TestRunSummaryFacts::zombieExampleReportsZombieTime()
{
    Scenario s;
    QString error;
    QVERIFY2(loadExample(QStringLiteral("zombie"), &s, &error), qPrintable(error));
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));

    // The agent reports the zombie as it happens; from outside, /proc agrees at that moment.
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Zombie, QStringLiteral("child")).size(), 1,
                              kTimeoutMs);
    const RunEvent zombie = rec.of(RunEvent::Kind::Zombie, QStringLiteral("child")).first();
    const int childPid = rec.pidOf(QStringLiteral("child"));
    const int parentPid = rec.pidOf(QStringLiteral("parent"));
    QCOMPARE(zombie.pid, childPid);
    QCOMPARE(zombie.ppid, parentPid);
    QVERIFY(rec.of(RunEvent::Kind::Exited, QStringLiteral("child")).isEmpty());
    ProcFacts f;
    QVERIFY(procFacts(childPid, &f));
    QCOMPARE(f.state, QLatin1Char('Z'));
    QCOMPARE(f.ppid, parentPid);

    QVERIFY(finished.wait(kTimeoutMs));
    const RunSummary summary = RunSummary::fromRun(run);
    // The window makes this summary when a run ends: a copy of a 4,096-process run's
    // 12,000 events held it for ~25 ms. The events stay shared with the run.
    QVERIFY(summary.events.isSharedWith(run.events()));
    const QJsonObject o = summary.toJson();
    const QJsonObject child = processJson(o, QStringLiteral("child"));
    const QJsonObject parent = processJson(o, QStringLiteral("parent"));
    // It stayed a zombie from the event until the agent, its adopter once the parent ended,
    // reaped it: after the parent's own end.
    const RunEvent exited = rec.of(RunEvent::Kind::Exited, QStringLiteral("child")).first();
    QCOMPARE(exited.reaper, run.agentPid());
    QCOMPARE(child.value(QLatin1String("ended_at_ms")).toDouble(), double(zombie.tNs) / 1e6);
    QCOMPARE(child.value(QLatin1String("reaped_at_ms")).toDouble(), double(exited.tNs) / 1e6);
    const double zombieMs = child.value(QLatin1String("zombie_ms")).toDouble();
    QCOMPARE(zombieMs, double(exited.tNs - zombie.tNs) / 1e6);
    QVERIFY(zombieMs > 0);
    QVERIFY2(child.value(QLatin1String("reaped_at_ms")).toDouble() >=
                 parent.value(QLatin1String("ended_at_ms")).toDouble(),
             "the zombie was reaped before its parent ended");
    QVERIFY(parent.value(QLatin1String("zombie_ms")).isDouble());
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
}

void TestRunSummaryFacts::orphanAdoptedGrandchildKeepsParent()
{
    // root ─ mid (exits at once) ─ child ─ grandchild: only child is orphaned.
    const Scenario s = scenarioOf(
        QStringLiteral("orphan-3"),
        {process(QStringLiteral("root"), {}, BehaviourKind::Idle),
         process(QStringLiteral("mid"), QStringLiteral("root"), BehaviourKind::ExitEarly),
         process(QStringLiteral("child"), QStringLiteral("mid"), BehaviourKind::Idle),
         process(QStringLiteral("grandchild"), QStringLiteral("child"), BehaviourKind::Idle)});
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Reparented, QStringLiteral("child")).size(), 1,
                              kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rec.pidOf(QStringLiteral("grandchild")) > 0, kTimeoutMs);
    const int agent = run.agentPid();
    const int rootPid = rec.pidOf(QStringLiteral("root"));
    const int midPid = rec.pidOf(QStringLiteral("mid"));
    const int childPid = rec.pidOf(QStringLiteral("child"));
    const int grandPid = rec.pidOf(QStringLiteral("grandchild"));
    ProcFacts f;
    QVERIFY(procFacts(childPid, &f));
    QCOMPARE(f.ppid, agent);
    QVERIFY(procFacts(grandPid, &f));
    QCOMPARE(f.ppid, childPid);
    // pstree: child and its grandchild hang under the agent now, no longer under root.
    const QSet<int> underAgent = pidsInPstree(agent);
    QVERIFY(underAgent.contains(childPid) && underAgent.contains(grandPid));
    const QSet<int> underRoot = pidsInPstree(rootPid);
    QVERIFY(!underRoot.contains(childPid) && !underRoot.contains(grandPid));
    QVERIFY(pidsInPstree(childPid).contains(grandPid));
    QVERIFY(rec.of(RunEvent::Kind::Reparented, QStringLiteral("grandchild")).isEmpty());

    // End the grandchild first, so its own parent reaps it (a stop would end both at once
    // and the grandchild might outlive its parent and be adopted too).
    run.killProcess(QStringLiteral("grandchild"), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Exited, QStringLiteral("grandchild")).size(),
                              1, kTimeoutMs);
    QCOMPARE(rec.of(RunEvent::Kind::Exited, QStringLiteral("grandchild")).first().reaper, childPid);
    run.stop();
    QVERIFY(finished.wait(kTimeoutMs));
    const QJsonObject o = RunSummary::fromRun(run).toJson();
    const QJsonObject adopter = o.value(QLatin1String("adopter")).toObject();
    QCOMPARE(adopter.value(QLatin1String("pid")).toInt(), agent);
    QCOMPARE(adopter.value(QLatin1String("adopted")).toArray(),
             QJsonArray{QStringLiteral("child")});
    const QJsonObject child = processJson(o, QStringLiteral("child"));
    QCOMPARE(child.value(QLatin1String("ppid")).toInt(), agent);
    QCOMPARE(child.value(QLatin1String("fork_ppid")).toInt(), midPid);
    QVERIFY(child.value(QLatin1String("reparented")).toBool());
    const QJsonObject grand = processJson(o, QStringLiteral("grandchild"));
    QCOMPARE(grand.value(QLatin1String("ppid")).toInt(), childPid);
    QCOMPARE(grand.value(QLatin1String("fork_ppid")).toInt(), childPid);
    QVERIFY(!grand.value(QLatin1String("reparented")).toBool());
    QCOMPARE(processJson(o, QStringLiteral("mid")).value(QLatin1String("ppid")).toInt(), rootPid);
    QCOMPARE(runLeftovers(agent, rec), QString());
}

void TestRunSummaryFacts::asyncSenderEndsBeforeItsReceiverHasAll()
{
    Scenario s;
    QString error;
    QVERIFY2(loadExample(QStringLiteral("message-async"), &s, &error), qPrintable(error));
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    // The receiver, busy with the queue, reaps its child only at the end: the sender's end
    // is the moment it became a zombie.
    QTRY_COMPARE_WITH_TIMEOUT(rec.of(RunEvent::Kind::Zombie, QStringLiteral("sender")).size(), 1,
                              kTimeoutMs);
    // The first sample taken after the sender's end counts at least what the receiver had
    // at that moment: fewer than all 500 means the sender did not wait for the receiver.
    const qsizetype seen = rec.snapshots.size();
    QTRY_VERIFY_WITH_TIMEOUT(rec.snapshots.size() > seen, kTimeoutMs);
    quint64 receivedThen = 0;
    for (const ProcessSample &p : rec.snapshots.at(seen).processes)
        if (p.node == QLatin1String("receiver"))
            receivedThen = p.items;
    QVERIFY2(receivedThen < 500, qPrintable(QString::number(receivedThen)));

    QVERIFY(finished.wait(kTimeoutMs));
    const QJsonObject o = RunSummary::fromRun(run).toJson();
    const QJsonObject sender = processJson(o, QStringLiteral("sender"));
    const QJsonObject receiver = processJson(o, QStringLiteral("receiver"));
    QCOMPARE(sender.value(QLatin1String("sent")).toInteger(), 500);
    QCOMPARE(receiver.value(QLatin1String("received")).toInteger(), 500);
    QVERIFY(sender.value(QLatin1String("ended_at_ms")).toDouble() <
            receiver.value(QLatin1String("ended_at_ms")).toDouble());
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
}

void TestRunSummaryFacts::crashedConsumerLosesExactlyItsItemInFlight()
{
    // One producer, two consumers spending 20 ms on each item; one of them is hit by
    // SIGSEGV mid-run while it works on an item. The other finishes the work; the summary
    // names the item that died.
    constexpr int kItems = 60;
    ProcessSpec producer = process(QStringLiteral("producer"), {}, BehaviourKind::Produce);
    producer.behaviour.channel = QStringLiteral("buf");
    producer.behaviour.count = kItems;
    QList<ProcessSpec> procs{producer};
    for (const QString &id : {QStringLiteral("c1"), QStringLiteral("c2")}) {
        ProcessSpec c = process(id, QStringLiteral("producer"), BehaviourKind::Consume);
        c.behaviour.channel = QStringLiteral("buf");
        c.behaviour.workUs = 20000;
        procs.append(c);
    }
    Scenario s = scenarioOf(QStringLiteral("crash-mid-run"), procs);
    ChannelSpec buf;
    buf.id = QStringLiteral("buf");
    buf.kind = ChannelKind::ShmBuffer;
    s.channels.append(buf);
    const int c1Index =
        PlanIndex::fromPlan(buildAgentPlan(s, QStringLiteral("t"))).process(QStringLiteral("c1"));
    QVERIFY(c1Index >= 0);
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    QTRY_VERIFY_WITH_TIMEOUT(!rec.of(RunEvent::Kind::Ready).isEmpty(), kTimeoutMs);
    StatsPageReader page; // our own view of the run's counters, as core maps them
    QString error;
    QVERIFY2(page.open(rec.of(RunEvent::Kind::Ready).first().message.toUtf8(), &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(page.items(c1Index) >= 2, kTimeoutMs);
    const int c1Pid = rec.pidOf(QStringLiteral("c1"));

    // A kill that lands while c1 waits for the lock or for an item loses nothing, rightly;
    // a loaded machine makes that likely. So stop c1, and only if it is stopped with an
    // item in its hands (the stats page, stable while it is stopped) hit it with SIGSEGV,
    // which it then takes before running another instruction; else let it take another.
    std::optional<quint64> inWork;
    QDeadlineTimer deadline(kTimeoutMs);
    while (!inWork && !deadline.hasExpired()) {
        run.pauseProcess(QStringLiteral("c1"));
        ProcFacts f;
        QTRY_VERIFY_WITH_TIMEOUT(procFacts(c1Pid, &f) && f.state == QLatin1Char('T'), kTimeoutMs);
        inWork = page.itemInWork(c1Index);
        if (inWork)
            break;
        const quint64 before = page.items(c1Index);
        run.resumeProcess(QStringLiteral("c1"));
        QTRY_VERIFY2_WITH_TIMEOUT(page.items(c1Index) > before, "c1 took no other item",
                                  kTimeoutMs);
    }
    QVERIFY2(inWork, "c1 was never stopped while working on an item");
    run.killProcess(QStringLiteral("c1"), SIGSEGV);
    run.resumeProcess(QStringLiteral("c1"));
    QVERIFY(finished.wait(kTimeoutMs));

    const RunEvent c1End = rec.of(RunEvent::Kind::Exited, QStringLiteral("c1")).first();
    QCOMPARE(c1End.signal, std::optional<int>(SIGSEGV)); // as the kernel reported it
    const QJsonObject o = RunSummary::fromRun(run).toJson();
    const QJsonObject channel = o.value(QLatin1String("channels")).toArray().first().toObject();
    const QJsonArray lost = channel.value(QLatin1String("lost_in_flight")).toArray();
    QCOMPARE(lost.size(), 1);
    QCOMPARE(lost.first()[QLatin1String("by")].toString(), QStringLiteral("c1"));
    QCOMPARE(lost.first()[QLatin1String("producer")].toString(), QStringLiteral("producer"));
    // The very item c1 held when it was stopped.
    QCOMPARE(lost.first()[QLatin1String("seq")].toInteger(-1), qint64(*inWork));
    // Nothing else went missing: every item was taken exactly once, by one of the two.
    QCOMPARE(channel.value(QLatin1String("produced")).toInteger(), kItems);
    QCOMPARE(channel.value(QLatin1String("duplicated")).toInteger(), 0);
    QCOMPARE(channel.value(QLatin1String("lost")).toInteger(), 0);
    const QJsonObject receivers = channel.value(QLatin1String("receivers")).toObject();
    QCOMPARE(receivers.value(QLatin1String("c1")).toInteger() +
                 receivers.value(QLatin1String("c2")).toInteger(),
             kItems);
    QCOMPARE(processJson(o, QStringLiteral("c2")).value(QLatin1String("exit")).toObject(),
             (QJsonObject{{QLatin1String("code"), 0}}));
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
}

void TestRunSummaryFacts::killedReceiverNamesTheMessageItTookOut()
{
    // A sender queues kItems messages in a mailbox and ends. The receiver holds every
    // message it has taken out of the queue for hold_ms before it counts it. Stopped in that
    // hold (what is queued, read from here, and what it counted are one short of kItems) and
    // killed, it has lost exactly that message, which the agent must name: the queue is FIFO
    // with one sender, so it is the message after the ones it counted.
    constexpr int kItems = 4;
    // The sender is the receiver's child: a parent waits for its children before it ends,
    // and the sender's end must say that every message is in the queue.
    ProcessSpec receiver = process(QStringLiteral("receiver"), {}, BehaviourKind::Consume);
    receiver.behaviour.channel = QStringLiteral("box");
    receiver.behaviour.holdMs = 3000;
    ProcessSpec sender =
        process(QStringLiteral("sender"), QStringLiteral("receiver"), BehaviourKind::Produce);
    sender.behaviour.channel = QStringLiteral("box");
    sender.behaviour.count = kItems;
    Scenario s = scenarioOf(QStringLiteral("mailbox-kill"), {receiver, sender});
    ChannelSpec box;
    box.id = QStringLiteral("box");
    box.kind = ChannelKind::Mailbox;
    box.capacity = kItems;
    s.channels.append(box);
    const int rIndex = PlanIndex::fromPlan(buildAgentPlan(s, QStringLiteral("t")))
                           .process(QStringLiteral("receiver"));
    QVERIFY(rIndex >= 0);
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    QTRY_VERIFY_WITH_TIMEOUT(!rec.of(RunEvent::Kind::Ready).isEmpty(), kTimeoutMs);
    const QByteArray statsName = rec.of(RunEvent::Kind::Ready).first().message.toUtf8();
    StatsPageReader page;
    QString error;
    QVERIFY2(page.open(statsName, &error), qPrintable(error));
    // The run's queue, as any process of this user may look at it (the agent names it
    // "<prefix>-mq<channel index>", the stats page "<prefix>-stats").
    QVERIFY(statsName.endsWith("-stats"));
    const QByteArray queueName = statsName.chopped(6) + "-mq0";
    const mqd_t q = mq_open(queueName.constData(), O_RDONLY);
    QVERIFY2(q != mqd_t(-1), queueName.constData());
    const auto queued = [q] {
        mq_attr a{};
        return mq_getattr(q, &a) == 0 ? long(a.mq_curmsgs) : -1L;
    };
    // Every message is sent once the sender has ended (a zombie: the busy receiver does not
    // reap it): from then on the queue only shrinks.
    QTRY_VERIFY_WITH_TIMEOUT(!rec.of(RunEvent::Kind::Zombie, QStringLiteral("sender")).isEmpty(),
                             kTimeoutMs);
    const int rPid = rec.pidOf(QStringLiteral("receiver"));

    // Stopped, the receiver is between mq_receive() and its count when the queue and its
    // count together miss one message and it works on no counted one.
    bool inHand = false;
    quint64 counted = 0;
    QDeadlineTimer deadline(kTimeoutMs);
    while (!deadline.hasExpired()) {
        run.pauseProcess(QStringLiteral("receiver"));
        ProcFacts f;
        QTRY_VERIFY_WITH_TIMEOUT(procFacts(rPid, &f) && f.state == QLatin1Char('T'), kTimeoutMs);
        counted = page.items(rIndex);
        inHand = queued() + long(counted) == kItems - 1 && !page.itemInWork(rIndex);
        if (inHand || counted + 1 >= kItems)
            break;
        run.resumeProcess(QStringLiteral("receiver"));
        QTRY_VERIFY_WITH_TIMEOUT(page.items(rIndex) > counted || queued() + long(counted) < kItems,
                                 kTimeoutMs);
    }
    mq_close(q);
    QVERIFY2(inHand, "the receiver was never stopped with a message taken but not counted");
    run.killProcess(QStringLiteral("receiver"), SIGKILL);
    QVERIFY(finished.wait(kTimeoutMs));

    const QJsonObject o = RunSummary::fromRun(run).toJson();
    const QJsonObject channel = o.value(QLatin1String("channels")).toArray().first().toObject();
    const QJsonArray lost = channel.value(QLatin1String("lost_in_flight")).toArray();
    QCOMPARE(lost.size(), 1);
    QCOMPARE(lost.first()[QLatin1String("by")].toString(), QStringLiteral("receiver"));
    QCOMPARE(lost.first()[QLatin1String("producer")].toString(), QStringLiteral("sender"));
    QCOMPARE(lost.first()[QLatin1String("seq")].toInteger(-1), qint64(counted));
    // Taken by the receiver, not lost without a name, and the rest still in the queue.
    QCOMPARE(channel.value(QLatin1String("produced")).toInteger(), kItems);
    QCOMPARE(channel.value(QLatin1String("lost")).toInteger(), 0);
    QCOMPARE(channel.value(QLatin1String("duplicated")).toInteger(), 0);
    QCOMPARE(channel.value(QLatin1String("corrupted")).toInteger(), 0);
    QCOMPARE(channel.value(QLatin1String("receivers"))
                 .toObject()
                 .value(QLatin1String("receiver"))
                 .toInteger(),
             qint64(counted) + 1);
    QCOMPARE(channel.value(QLatin1String("left_in_channel")).toInteger(),
             kItems - qint64(counted) - 1);
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
    QVERIFY(!messageQueueExists(QString::fromUtf8(queueName)));
}

void TestRunSummaryFacts::execSummaryNamesTheProgramFromProc()
{
    // The child of fork-exec replaces its program with "sleeper" for 2 s: the summary's
    // comm is what /proc/PID/comm said while it ran, under the pid fork() gave it.
    Scenario s;
    QString error;
    QVERIFY2(loadExample(QStringLiteral("fork-exec"), &s, &error), qPrintable(error));
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    QTRY_VERIFY_WITH_TIMEOUT(!rec.of(RunEvent::Kind::Exec, QStringLiteral("child")).isEmpty(),
                             kTimeoutMs);
    const int pid = rec.pidOf(QStringLiteral("child"));
    QString seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile f(QStringLiteral("/proc/%1/comm").arg(pid));
            seen =
                f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().trimmed()) : QString();
            return seen == u"sleeper";
        }(),
        kTimeoutMs);
    QVERIFY(finished.wait(kTimeoutMs));
    const QJsonObject o = RunSummary::fromRun(run).toJson();
    const QJsonObject child = processJson(o, QStringLiteral("child"));
    QCOMPARE(child.value(QLatin1String("pid")).toInt(), pid);
    QCOMPARE(child.value(QLatin1String("comm")).toString(), seen);
    QCOMPARE(child.value(QLatin1String("program")).toString(), QStringLiteral("sleeper"));
    // The parent never exec'd: its name is still its own, not the helper's.
    QVERIFY(processJson(o, QStringLiteral("parent")).value(QLatin1String("comm")).toString() !=
            seen);
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
}

QTEST_GUILESS_MAIN(TestRunSummaryFacts)
#include "tst_runsummaryfacts.moc"
