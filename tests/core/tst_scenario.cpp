// SPDX-License-Identifier: GPL-3.0-or-later
// The model's helpers and the format's name tables and limits.
#include "core/scenario/scenario.h"
#include "core/scenario/scenariolimits.h"

#include <QtTest>

using namespace proclab;

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void lookups();
    void rootId();
    void kindNamesRoundTrip();
    void signals_();
    void ids_data();
    void ids();
    void defaultsAreValidRanges();
};

namespace {

ProcessSpec proc(const char *id, const char *parent)
{
    ProcessSpec p;
    p.id = QLatin1String(id);
    p.parent = QLatin1String(parent);
    return p;
}

} // namespace

void TestScenario::lookups()
{
    Scenario s;
    s.processes = {proc("root", ""), proc("b", "root"), proc("a", "root"), proc("c", "b")};
    ChannelSpec c;
    c.id = QStringLiteral("buf");
    s.channels = {c};
    QVERIFY(s.process(QStringLiteral("a")));
    QCOMPARE(s.process(QStringLiteral("a"))->parent, QStringLiteral("root"));
    QVERIFY(!s.process(QStringLiteral("buf"))); // a channel is not a process
    QVERIFY(s.channel(QStringLiteral("buf")));
    QVERIFY(!s.channel(QStringLiteral("root")));
    // Children in file order, not sorted.
    QCOMPARE(s.childrenOf(QStringLiteral("root")),
             (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(s.childrenOf(QStringLiteral("b")), QStringList{QStringLiteral("c")});
    QVERIFY(s.childrenOf(QStringLiteral("c")).isEmpty());
    QVERIFY(s.childrenOf(QString()).isEmpty());
}

void TestScenario::rootId()
{
    Scenario s;
    QVERIFY(s.rootId().isEmpty());
    s.processes = {proc("x", "root"), proc("root", "")};
    QCOMPARE(s.rootId(), QStringLiteral("root"));
    s.processes.append(proc("second", ""));
    QVERIFY(s.rootId().isEmpty());
}

void TestScenario::kindNamesRoundTrip()
{
    QCOMPARE(behaviourKindNames().size(), 17);
    QCOMPARE(channelKindNames().size(), 5);
    for (const QString &name : behaviourKindNames()) {
        const auto kind = behaviourKindFromName(name);
        QVERIFY(kind);
        QCOMPARE(behaviourKindName(*kind), name);
    }
    for (const QString &name : channelKindNames()) {
        const auto kind = channelKindFromName(name);
        QVERIFY(kind);
        QCOMPARE(channelKindName(*kind), name);
    }
    QCOMPARE(behaviourKindName(BehaviourKind::NoWait), QStringLiteral("no-wait"));
    QCOMPARE(behaviourKindName(BehaviourKind::ExitEarly), QStringLiteral("exit-early"));
    QCOMPARE(behaviourKindName(BehaviourKind::WriteCopy), QStringLiteral("write-copy"));
    QCOMPARE(behaviourKindName(BehaviourKind::Exec), QStringLiteral("exec"));
    QCOMPARE(channelKindName(ChannelKind::SocketPair), QStringLiteral("socketpair"));
    QVERIFY(!behaviourKindFromName(QStringLiteral("Sleep"))); // the file spelling is exact
    QVERIFY(!channelKindFromName(QString()));
}

void TestScenario::signals_()
{
    QCOMPARE(crashSignals(), (QList<int>{4, 6, 7, 8, 9, 11, 15}));
    for (int s : crashSignals()) {
        QVERIFY(signalName(s).startsWith(QStringLiteral("SIG")));
        QCOMPARE(signalFromName(signalName(s)), s);
    }
    QCOMPARE(signalFromName(QStringLiteral("segv")), 11);
    QCOMPARE(signalFromName(QStringLiteral(" SIGTERM ")), 15);
    QVERIFY(!signalFromName(QStringLiteral("SIGHUP")));
    QVERIFY(!signalFromName(QStringLiteral("SIG")));
    QVERIFY(signalName(1).isEmpty());
}

void TestScenario::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("producer") << true;
    QTest::newRow("all classes") << QStringLiteral("A-z_0.9") << true;
    QTest::newRow("32") << QString(32, u'a') << true;
    QTest::newRow("33") << QString(33, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("newline") << QStringLiteral("a\n") << false;
    QTest::newRow("umlaut") << QStringLiteral("ä") << false;
    QTest::newRow("equals") << QStringLiteral("k=v") << false;
}

void TestScenario::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isValidId(id), valid);
}

void TestScenario::defaultsAreValidRanges()
{
    // What the editor creates for a new process must already be valid.
    for (const QString &name : behaviourKindNames()) {
        const BehaviourKind kind = *behaviourKindFromName(name);
        const Behaviour b = defaultBehaviour(kind);
        QCOMPARE(b.kind, kind);
        for (QLatin1String f : behaviourFields(kind)) {
            const auto range = behaviourFieldRange(kind, f);
            if (!range)
                continue;
            const qint64 v = behaviourFieldValue(b, f);
            QVERIFY2(range->contains(v), qPrintable(name + u'.' + f));
        }
    }
    QVERIFY(crashSignals().contains(defaultBehaviour(BehaviourKind::Crash).signal));
    const ChannelSpec c;
    for (const QString &name : channelKindNames()) {
        const ChannelKind kind = *channelKindFromName(name);
        QVERIFY(channelCapacityRange(kind).contains(c.capacity));
        QVERIFY(channelItemSizeRange(kind).contains(c.itemSize));
    }
    const RunSettings settings;
    QVERIFY(maxProcessesRange().contains(settings.maxProcesses));
    QVERIFY(sampleHzRange().contains(settings.sampleHz));
    QVERIFY(durationSRange().contains(settings.durationS));
    QCOMPARE(maxProcessesRange().max, 4096);
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
