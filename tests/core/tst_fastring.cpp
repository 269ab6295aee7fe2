// SPDX-License-Identifier: GPL-3.0-or-later
// The fast shared-memory ring (shm-buffer with "fast": true) through the whole stack:
// scenario, plan, agent, stats page. Correctness only, never speed: a million items each
// exactly once, a killed producer or consumer never hangs the other, nothing left behind,
// and the file format and the validator know the mode and its one-producer-one-consumer rule.

#include "core/run/runcontroller.h"
#include "core/scenario/scenarioio.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace proclab;
using namespace proclab::test;

namespace {

constexpr int kRunTimeoutMs = 300000; // a million items on a loaded 2-CPU machine

Scenario fastScenario(int capacity, qint64 count, int rate = 0, int producers = 1)
{
    ChannelSpec ring;
    ring.id = QStringLiteral("ring");
    ring.kind = ChannelKind::ShmBuffer;
    ring.capacity = capacity;
    ring.itemSize = 64;
    ring.fast = true;
    QList<ProcessSpec> processes{process(QStringLiteral("root"), {}, BehaviourKind::Sleep, 0)};
    for (int i = 0; i < producers; ++i) {
        ProcessSpec p =
            process(QStringLiteral("p%1").arg(i), QStringLiteral("root"), BehaviourKind::Produce);
        p.behaviour.channel = ring.id;
        p.behaviour.count = count;
        p.behaviour.rate = rate;
        processes.append(p);
    }
    ProcessSpec c = process(QStringLiteral("c"), QStringLiteral("root"), BehaviourKind::Consume);
    c.behaviour.channel = ring.id;
    processes.append(c);
    Scenario s = scenarioOf(QStringLiteral("fast ring"), processes);
    s.channels.append(ring);
    return s;
}

quint64 uniqueConsumed(const ChannelSample &c)
{
    return c.consumed - c.duplicated - c.corrupted;
}

} // namespace

class TestFastRing : public QObject
{
    Q_OBJECT
private slots:
    void everyItemExactlyOnce_data();
    void everyItemExactlyOnce();
    void killedEndNeverHangsTheOther_data();
    void killedEndNeverHangsTheOther();
    void fileKeepsTheMode();
    void validatorAllowsOneProducerAndOneConsumer();
};

void TestFastRing::everyItemExactlyOnce_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<qint64>("count");
    QTest::newRow("64 slots, 10^6 items") << 64 << qint64(1000000);
    // One slot: every item is a hand-over, so the sleep/wake path runs all the time.
    QTest::newRow("1 slot, 10^5 items") << 1 << qint64(100000);
}

void TestFastRing::everyItemExactlyOnce()
{
    QFETCH(int, capacity);
    QFETCH(qint64, count);
    const Scenario s = fastScenario(capacity, count);
    QVERIFY(validateScenario(s).isEmpty());
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    QVERIFY(finished.wait(kRunTimeoutMs));
    const ChannelSample c = run.lastSnapshot().channels.value(0);
    QVERIFY(c.final);
    QCOMPARE(c.produced, quint64(count));
    QCOMPARE(c.consumed, quint64(count));
    QCOMPARE(c.duplicated, quint64(0));
    QCOMPARE(c.corrupted, quint64(0));
    QCOMPARE(c.lost, quint64(0));
    QCOMPARE(c.leftInChannel, quint64(0));
    QCOMPARE(c.bytesConsumed, quint64(count) * 64);
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
}

void TestFastRing::killedEndNeverHangsTheOther_data()
{
    QTest::addColumn<QString>("victim");
    QTest::newRow("producer") << QStringLiteral("p0");
    QTest::newRow("consumer") << QStringLiteral("c");
}

void TestFastRing::killedEndNeverHangsTheOther()
{
    // The producer would send for hours (paced, so the ring fills and empties);
    // one end is SIGKILLed mid-run. The other must notice and end, the run must finish
    // on its own, and the books must balance.
    QFETCH(QString, victim);
    const Scenario s = fastScenario(8, 10000000, 2000);
    QCOMPARE(validateScenario(s).size(), 0);
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    QTRY_VERIFY_WITH_TIMEOUT(
        !rec.snapshots.isEmpty() && rec.snapshots.last().channels.value(0).consumed >= 200, 60000);
    run.killProcess(victim, 9);
    QVERIFY2(finished.wait(kRunTimeoutMs), "the survivor hung");
    const ChannelSample c = run.lastSnapshot().channels.value(0);
    QVERIFY(c.final);
    QCOMPARE(c.lost + uniqueConsumed(c) + c.leftInChannel, c.produced);
    QVERIFY2(c.lost <= 1, qPrintable(QString::number(c.lost)));
    QCOMPARE(c.duplicated, quint64(0));
    QCOMPARE(c.corrupted, quint64(0));
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
}

void TestFastRing::fileKeepsTheMode()
{
    const Scenario s = fastScenario(16, 10);
    const QByteArray json = scenarioToJson(s);
    QVERIFY(json.contains("\"fast\": true"));
    const LoadResult back = parseScenario(json, QStringLiteral("fast.proclab.json"));
    QVERIFY(back.ok());
    QVERIFY(back.scenario->channels.first().fast);
    // Off is the default and is not written, so existing files keep their text.
    Scenario textbook = s;
    textbook.channels.first().fast = false;
    QVERIFY(!scenarioToJson(textbook).contains("\"fast\""));
}

void TestFastRing::validatorAllowsOneProducerAndOneConsumer()
{
    const QList<ScenarioError> two = validateScenario(fastScenario(8, 10, 0, 2));
    QCOMPARE(two.size(), 1);
    QVERIFY2(two.first().path.contains(QLatin1String("fast")), qPrintable(two.first().toString()));
    QVERIFY(two.first().message.contains(QLatin1String("one producer")));
    Scenario unsynced = fastScenario(8, 10);
    unsynced.channels.first().sync = false;
    QCOMPARE(validateScenario(unsynced).size(), 1);
}

QTEST_GUILESS_MAIN(TestFastRing)
#include "tst_fastring.moc"
