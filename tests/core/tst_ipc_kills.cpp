// SPDX-License-Identifier: GPL-3.0-or-later
// A producer, a consumer or the holder of a ring's lock SIGKILLed mid-run: the others go on
// or end as Unix ends them, and every item is accounted for.
#include "tst_ipc_suite.h"

#include <QTest>

using namespace ipctest;

void TestIpc::killedProducer_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("producers");
    QTest::addColumn<int>("consumers");
    QTest::addColumn<bool>("underConsumer");
    QTest::newRow("shm-buffer") << "shm-buffer" << 3 << 2 << false;
    QTest::newRow("pipe") << "pipe" << 1 << 1 << false;
    QTest::newRow("socketpair") << "socketpair" << 1 << 1 << false;
    QTest::newRow("mailbox") << "mailbox" << 3 << 2 << false;
    // The dead producer is the busy consumer's own child: nobody reaps it until the
    // consumer ends, so only the kernel (EOF, a presence pipe's hang-up) can tell.
    QTest::newRow("shm-buffer, producer forked by its consumer") << "shm-buffer" << 1 << 1 << true;
    QTest::newRow("pipe, producer forked by its consumer") << "pipe" << 1 << 1 << true;
    QTest::newRow("socketpair, producer forked by its consumer") << "socketpair" << 1 << 1 << true;
    QTest::newRow("mailbox, producer forked by its consumer") << "mailbox" << 1 << 1 << true;
}

void TestIpc::killedProducer()
{
    // p0 would send for ever (count=0, paced); it is SIGKILLed mid-run. The agent must mark
    // it done so the consumers drain and end, and the books must balance: at most the one
    // item p0 was sending when it died is lost.
    QFETCH(QString, kind);
    QFETCH(int, producers);
    QFETCH(int, consumers);
    QFETCH(bool, underConsumer);
    IpcRun run;
    QStringList body{
        QStringLiteral("channel 0 ch %1 capacity=8 item_size=64 sync=1 send=async").arg(kind),
        QStringLiteral("process 0 root -1 sleep ms=0"),
        QStringLiteral("process 1 p0 %1 produce channel=0 count=0 rate=2000")
            .arg(underConsumer ? 2 : 0)};
    if (underConsumer) // the plan lists parents first: c0 (index 2) before p0 (index 1)
        body = {body.at(0), body.at(1), QStringLiteral("process 1 c0 0 consume channel=0"),
                QStringLiteral("process 2 p0 1 produce channel=0 count=0 rate=2000")};
    int index = underConsumer ? 3 : 2;
    const int p0 = underConsumer ? 2 : 1;
    if (underConsumer)
        consumers = 0; // listed above already
    for (int i = 1; i < producers; ++i)
        body.append(
            QStringLiteral("process %1 p%2 0 produce channel=0 count=300").arg(index++).arg(i));
    for (int i = 0; i < consumers; ++i)
        body.append(QStringLiteral("process %1 c%2 0 consume channel=0").arg(index++).arg(i));
    static int runs = 0;
    QVERIFY2(run.start(planWith(QStringLiteral("pkill%1").arg(++runs), body)),
             qPrintable(run.error()));
    run.command(QStringLiteral("go"));
    const ChannelStats &c = run.channel(0);
    QTRY_VERIFY_WITH_TIMEOUT(run.stats()->processes[p0].items.load() >= 200, 30000);
    run.command(QStringLiteral("kill p0 9"));
    QVERIFY2(run.waitFinished(kRunTimeoutMs), qPrintable(run.transcript()));
    QVERIFY2(!run.event(QStringLiteral("error")), qPrintable(run.transcript()));
    QCOMPARE(c.final_.load(), 1u);
    QCOMPARE(c.producers_done.load(), quint64(producers));
    QVERIFY2(c.lost.load() <= 1, qPrintable(QString::number(c.lost.load())));
    // A consumer whose dead producer is its own unreaped child cannot learn it from the
    // agent: it must have seen the kernel's word (the presence pipe's hang-up) and said so.
    if (underConsumer && producers == 1 && kind != QLatin1String("pipe") &&
        kind != QLatin1String("socketpair"))
        QVERIFY2(run.event(QStringLiteral("senders-gone")), qPrintable(run.transcript()));
    QCOMPARE(c.duplicated.load(), quint64(0));
    QCOMPARE(c.corrupted.load(), quint64(0));
    const QString left = run.leftovers(
        kind == QLatin1String("mailbox") ? QStringList{QStringLiteral("-mq0")} : QStringList());
    QVERIFY2(left.isEmpty(), qPrintable(left));
}

void TestIpc::killedConsumer_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("child");
    for (const char *kind : {"shm-buffer", "pipe", "socketpair", "mailbox"}) {
        // The consumer forked by its producer is the case that hung: the producer is busy
        // sending and never reaps it, so the agent cannot know it died.
        QTest::addRow("%s, consumer forked by its producer", kind)
            << QString::fromLatin1(kind) << true;
        QTest::addRow("%s, siblings", kind) << QString::fromLatin1(kind) << false;
    }
}

void TestIpc::killedConsumer()
{
    // The only consumer is SIGKILLed while the producer would send for ever. As in Unix,
    // the producer must learn that nobody will read again (EPIPE on a pipe or socket, the
    // presence pipe's hang-up on shared memory and mailboxes), stop and say why; the run
    // ends and what was in a pipe when its reader died counts as lost, not as left.
    QFETCH(QString, kind);
    QFETCH(bool, child);
    IpcRun run;
    const QStringList body{
        QStringLiteral("channel 0 ch %1 capacity=8 item_size=64 sync=1 send=async").arg(kind),
        QStringLiteral("process 0 root -1 sleep ms=0"),
        QStringLiteral("process 1 p0 0 produce channel=0 count=0 rate=2000"),
        QStringLiteral("process 2 c0 %1 consume channel=0").arg(child ? 1 : 0)};
    static int runs = 0;
    QVERIFY2(run.start(planWith(QStringLiteral("ckill%1").arg(++runs), body)),
             qPrintable(run.error()));
    run.command(QStringLiteral("go"));
    const ChannelStats &c = run.channel(0);
    QTRY_VERIFY_WITH_TIMEOUT(run.stats()->processes[2].items.load() >= 100, 30000);
    run.command(QStringLiteral("kill c0 9"));
    QVERIFY2(run.waitFinished(kRunTimeoutMs), qPrintable(run.transcript()));
    const auto gone = run.event(QStringLiteral("receivers-gone"));
    QVERIFY2(gone, qPrintable(run.transcript()));
    QCOMPARE(gone->value(QLatin1String("node")).toString(), QStringLiteral("p0"));
    QCOMPARE(gone->value(QLatin1String("channel")).toString(), QStringLiteral("ch"));
    const bool stream = kind == QLatin1String("pipe") || kind == QLatin1String("socketpair");
    if (stream)
        QCOMPARE(gone->value(QLatin1String("error")).toString(), QStringLiteral("EPIPE"));
    QCOMPARE(c.final_.load(), 1u);
    QVERIFY(c.produced.load() >= 100);
    if (stream) {
        // The stream died with its reader: nothing is "left in" it.
        QCOMPARE(c.left_in_channel.load(), quint64(0));
        QCOMPARE(c.lost.load(), c.produced.load() - uniqueConsumed(c));
    } else {
        // The ring or queue outlives its reader: the producer filled it, then stopped.
        QCOMPARE(c.left_in_channel.load(), quint64(8));
        QVERIFY2(c.lost.load() <= 1, qPrintable(QString::number(c.lost.load())));
    }
    const QString left = run.leftovers(
        kind == QLatin1String("mailbox") ? QStringList{QStringLiteral("-mq0")} : QStringList());
    QVERIFY2(left.isEmpty(), qPrintable(left));
}

void TestIpc::killedLockHolder()
{
    // c0 holds the ring's lock for 2 s per item, so it is almost always inside the critical
    // section; it is SIGKILLed there. The robust mutex must be repaired by another process
    // and the run must still account for every item.
    IpcRun run;
    QStringList body{
        QStringLiteral("channel 0 ring shm-buffer capacity=4 item_size=128 sync=1 send=async")};
    // c0 holds its first item far longer than the test waits: it dies holding it, before
    // taking it out of the ring ("hold first, take after").
    body += processes(3, 2, 2000, QStringLiteral(" hold_ms=600000"));
    QVERIFY2(run.start(planWith(QStringLiteral("lockkill"), body)), qPrintable(run.error()));
    run.command(QStringLiteral("go"));
    const int victim = 4; // process index of c0
    // Holding the lock with an item in the ring (fill is written under the lock, so it is
    // current while c0 holds it): c0 is inside its endless hold, not passing by.
    QTRY_VERIFY_WITH_TIMEOUT(run.stats()->processes[victim].wait_state.load() ==
                                     quint32(WaitState::HoldingLock) &&
                                 run.channel(0).fill.load() >= 1,
                             30000);
    run.command(QStringLiteral("kill c0 9"));
    QVERIFY2(run.waitFinished(kRunTimeoutMs), qPrintable(run.transcript()));
    const auto recovered = run.event(QStringLiteral("lock-recovered"));
    QVERIFY2(recovered, qPrintable(run.transcript()));
    QCOMPARE(recovered->value(QLatin1String("channel")).toString(), QStringLiteral("ring"));
    QVERIFY(recovered->value(QLatin1String("dead_pid")).toInteger() > 0);
    QVERIFY(recovered->value(QLatin1String("by")).toString() != QLatin1String("c0"));
    const ChannelStats &c = run.channel(0);
    QCOMPARE(c.final_.load(), 1u);
    QVERIFY(c.lock_recoveries.load() >= 1);
    QCOMPARE(c.produced.load(), quint64(6000)); // the producers were not blocked for good
    // The item c0 held was still in the ring, so the others took it: nothing is lost, and
    // c1 took every item exactly once.
    QCOMPARE(c.lost.load(), quint64(0));
    QCOMPARE(c.left_in_channel.load(), quint64(0));
    QCOMPARE(uniqueConsumed(c), quint64(6000));
    QCOMPARE(run.stats()->processes[victim].items.load(), quint64(0));
    QCOMPARE(c.duplicated.load(), quint64(0));
    QCOMPARE(c.corrupted.load(), quint64(0));
    const QString left = run.leftovers({});
    QVERIFY2(left.isEmpty(), qPrintable(left));
}
