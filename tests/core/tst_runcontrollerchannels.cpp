// SPDX-License-Identifier: GPL-3.0-or-later
// The channel side of a run as RunController reports it from the stats page: every item
// accounted for at the end, rates that match the counters' deltas, latency percentiles,
// and the lost updates of a shared counter without a lock.

#include "core/run/runcontroller.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <sched.h>

using namespace proclab;
using namespace proclab::test;

namespace {

constexpr int kTimeoutMs = 60000;

struct Result
{
    QList<RunSnapshot> snapshots;
    RunSnapshot last;
    bool finished = false;
    int agentPid = 0;
};

Result runExample(const QString &name, Scenario *scenario)
{
    Result r;
    QString error;
    if (!loadExample(name, scenario, &error)) {
        qWarning() << error;
        return r;
    }
    RunController run;
    QObject::connect(&run, &RunController::snapshotReady, &run,
                     [&r](const RunSnapshot &s) { r.snapshots.append(s); });
    QSignalSpy finished(&run, &RunController::finished);
    if (!run.start(*scenario))
        return r;
    r.finished = finished.wait(kTimeoutMs);
    r.last = run.lastSnapshot();
    r.agentPid = run.agentPid();
    return r;
}

qint64 producedByScenario(const Scenario &s, const QString &channel)
{
    qint64 n = 0;
    for (const ProcessSpec &p : s.processes)
        if (p.behaviour.channel == channel && (p.behaviour.kind == BehaviourKind::Produce ||
                                               p.behaviour.kind == BehaviourKind::Increment))
            n += p.behaviour.count;
    return n;
}

} // namespace

class TestRunControllerChannels : public QObject
{
    Q_OBJECT
private slots:
    void queuedChannelAccountsForEveryItem_data();
    void queuedChannelAccountsForEveryItem();
    void counterWithoutLockLosesUpdates();
    void counterWithLockLosesNothing();
};

void TestRunControllerChannels::queuedChannelAccountsForEveryItem_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("shm-buffer") << QStringLiteral("bounded-buffer");
    QTest::newRow("mailbox") << QStringLiteral("mailbox");
}

void TestRunControllerChannels::queuedChannelAccountsForEveryItem()
{
    QFETCH(QString, example);
    Scenario s;
    const Result r = runExample(example, &s);
    QVERIFY(r.finished);
    QCOMPARE(r.last.channels.size(), s.channels.size());
    const ChannelSample &c = r.last.channels.first();
    QCOMPARE(c.id, s.channels.first().id);
    QCOMPARE(c.kind, s.channels.first().kind);
    QVERIFY(c.final); // the agent's end-of-run accounting
    const quint64 expected = quint64(producedByScenario(s, c.id));
    QCOMPARE(c.produced, expected);
    QCOMPARE(c.consumed, expected);
    QCOMPARE(c.lost, quint64(0));
    QCOMPARE(c.duplicated, quint64(0));
    QCOMPARE(c.corrupted, quint64(0));
    QCOMPARE(c.leftInChannel, quint64(0));
    QCOMPARE(c.bytesConsumed, expected * quint64(s.channels.first().itemSize));
    QVERIFY(c.latency.p50 > 0);
    QVERIFY(c.latency.p50 <= c.latency.p99);

    // Items per process from the stats page: the producers' counts add up.
    quint64 producedByProcesses = 0;
    for (const ProcessSample &p : r.last.processes) {
        const ProcessSpec *spec = s.process(p.node);
        QVERIFY(spec);
        if (spec->behaviour.kind == BehaviourKind::Produce) {
            QCOMPARE(p.items, quint64(spec->behaviour.count));
            producedByProcesses += p.items;
        }
    }
    QCOMPARE(producedByProcesses, expected);

    // Rates are the counters' deltas over the sampling interval.
    int checked = 0;
    for (int i = 1; i < r.snapshots.size(); ++i) {
        const RunSnapshot &a = r.snapshots[i - 1], &b = r.snapshots[i];
        if (a.channels.isEmpty() || b.channels.isEmpty() || b.elapsedMs <= a.elapsedMs)
            continue;
        const double dt = double(b.elapsedMs - a.elapsedMs) / 1000.0;
        const double items = double(b.channels[0].consumed - a.channels[0].consumed);
        const double bytes = double(b.channels[0].bytesConsumed - a.channels[0].bytesConsumed);
        QVERIFY(qAbs(b.channels[0].itemsPerS - items / dt) <= 1e-6 * qMax(1.0, items / dt));
        QVERIFY(qAbs(b.channels[0].bytesPerS - bytes / dt) <= 1e-6 * qMax(1.0, bytes / dt));
        checked += items > 0;
    }
    QVERIFY2(checked > 0, "no sample saw the channel move"); // a ~2-4 s run at 10 Hz
    QCOMPARE(agentShmObjects(r.agentPid), QStringList());
}

void TestRunControllerChannels::counterWithoutLockLosesUpdates()
{
    Scenario s;
    const Result r = runExample(QStringLiteral("counter-unsync"), &s);
    QVERIFY(r.finished);
    const ChannelSample &c = r.last.channels.first();
    QCOMPARE(c.kind, ChannelKind::ShmCounter);
    QVERIFY(c.final);
    QCOMPARE(c.expected, quint64(producedByScenario(s, c.id)));
    QVERIFY(c.actual <= c.expected);
    QCOMPARE(c.lostUpdates, c.expected - c.actual);
    // The headline: without the lock, four processes on two or more CPUs lose updates.
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0 || CPU_COUNT(&set) < 2)
        QSKIP("one CPU: the incrementers may never overlap, so no loss can be required");
    QVERIFY2(c.lostUpdates > 0, "no update was lost without the lock");
}

void TestRunControllerChannels::counterWithLockLosesNothing()
{
    Scenario s;
    const Result r = runExample(QStringLiteral("counter-sync"), &s);
    QVERIFY(r.finished);
    const ChannelSample &c = r.last.channels.first();
    QVERIFY(c.final);
    QCOMPARE(c.expected, quint64(producedByScenario(s, c.id)));
    QCOMPARE(c.actual, c.expected);
    QCOMPARE(c.lostUpdates, quint64(0));
}

QTEST_GUILESS_MAIN(TestRunControllerChannels)
#include "tst_runcontrollerchannels.moc"
