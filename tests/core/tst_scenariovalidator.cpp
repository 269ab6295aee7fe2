// SPDX-License-Identifier: GPL-3.0-or-later
// validateScenario on models built in code, as the editor builds them: every semantic rule,
// each reported at the path the saved file would have.
#include "core/scenario/scenarioio.h"

#include <QtTest>

using namespace proclab;

namespace {

ProcessSpec proc(const char *id, const char *parent, BehaviourKind kind = BehaviourKind::Sleep,
                 const char *channel = "")
{
    ProcessSpec p;
    p.id = QLatin1String(id);
    p.parent = QLatin1String(parent);
    p.behaviour.kind = kind;
    p.behaviour.channel = QLatin1String(channel);
    if (kind == BehaviourKind::Produce || kind == BehaviourKind::Increment)
        p.behaviour.count = 10;
    if (kind == BehaviourKind::Crash)
        p.behaviour.signal = 11;
    return p;
}

ChannelSpec chan(const char *id, ChannelKind kind)
{
    ChannelSpec c;
    c.id = QLatin1String(id);
    c.kind = kind;
    return c;
}

Scenario scenario(QList<ProcessSpec> processes, QList<ChannelSpec> channels = {})
{
    Scenario s;
    s.name = QStringLiteral("model");
    s.processes = processes;
    s.channels = channels;
    return s;
}

QString describe(const QList<ScenarioError> &errors)
{
    QStringList lines;
    for (const ScenarioError &e : errors)
        lines.append(e.toString());
    return lines.join(u'\n');
}

} // namespace

class TestScenarioValidator : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void validModels_data();
    void validModels();
    void fileNameAndAllProblems();
};

void TestScenarioValidator::rules_data()
{
    QTest::addColumn<Scenario>("s");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    const auto P = BehaviourKind::Produce;
    const auto C = BehaviourKind::Consume;
    const auto I = BehaviourKind::Increment;

    QTest::newRow("cycle beside a root")
        << scenario({proc("root", ""), proc("a", "b"), proc("b", "a")})
        << QStringLiteral("$.processes[1].parent") << QStringLiteral("cycle: a -> b -> a");
    QTest::newRow("own parent") << scenario({proc("root", ""), proc("x", "x")})
                                << QStringLiteral("$.processes[1].parent")
                                << QStringLiteral("cycle: x -> x");
    QTest::newRow("no root") << scenario({proc("a", "b"), proc("b", "a")})
                             << QStringLiteral("$.processes") << QStringLiteral("no root");
    QTest::newRow("two roots") << scenario({proc("a", ""), proc("b", "")})
                               << QStringLiteral("$.processes[1].parent")
                               << QStringLiteral("several roots");
    QTest::newRow("empty") << scenario({}) << QStringLiteral("$.processes")
                           << QStringLiteral("no processes");
    QTest::newRow("empty id") << scenario({proc("root", ""), proc("", "root")})
                              << QStringLiteral("$.processes[1].id")
                              << QStringLiteral("must not be empty");
    QTest::newRow("id too long") << scenario({proc("root", ""),
                                              proc("abcdefghijabcdefghijabcdefghijabc", "root")})
                                 << QStringLiteral("$.processes[1].id")
                                 << QStringLiteral("is not valid");
    QTest::newRow("process and channel share an id")
        << scenario({proc("root", ""), proc("x", "root", I, "x")},
                    {chan("x", ChannelKind::ShmCounter)})
        << QStringLiteral("$.channels[0].id") << QStringLiteral("duplicate id \"x\"");
    QTest::newRow("parent is a channel")
        << scenario({proc("root", ""), proc("a", "ctr", I, "ctr")},
                    {chan("ctr", ChannelKind::ShmCounter)})
        << QStringLiteral("$.processes[1].parent") << QStringLiteral("is a channel");

    ProcessSpec badMs = proc("root", "");
    badMs.behaviour.ms = -1;
    QTest::newRow("negative ms") << scenario({badMs})
                                 << QStringLiteral("$.processes[0].behaviour.ms")
                                 << QStringLiteral("between 0 and 3600000, not -1");
    ProcessSpec zeroCount = proc("w", "root", I, "ctr");
    zeroCount.behaviour.count = 0;
    QTest::newRow("zero increments")
        << scenario({proc("root", ""), zeroCount}, {chan("ctr", ChannelKind::ShmCounter)})
        << QStringLiteral("$.processes[1].behaviour.count")
        << QStringLiteral("between 1 and 100000000");
    ProcessSpec hugeProduce = proc("p", "root", P, "buf");
    hugeProduce.behaviour.count = 10'000'001;
    QTest::newRow("too many items")
        << scenario({proc("root", ""), hugeProduce, proc("c", "root", C, "buf")},
                    {chan("buf", ChannelKind::ShmBuffer)})
        << QStringLiteral("$.processes[1].behaviour.count")
        << QStringLiteral("between 1 and 10000000");
    ProcessSpec badSignal = proc("root", "", BehaviourKind::Crash);
    badSignal.behaviour.signal = 5;
    QTest::newRow("signal") << scenario({badSignal})
                            << QStringLiteral("$.processes[0].behaviour.signal")
                            << QStringLiteral("not 5");
    ProcessSpec badCode = proc("root", "", BehaviourKind::Exit);
    badCode.behaviour.code = -1;
    QTest::newRow("exit code") << scenario({badCode})
                               << QStringLiteral("$.processes[0].behaviour.code")
                               << QStringLiteral("between 0 and 255");

    QTest::newRow("no channel named") << scenario({proc("root", ""), proc("p", "root", P, "")})
                                      << QStringLiteral("$.processes[1].behaviour.channel")
                                      << QStringLiteral("needs a \"channel\"");
    QTest::newRow("unknown channel") << scenario({proc("root", ""), proc("p", "root", P, "nope")})
                                     << QStringLiteral("$.processes[1].behaviour.channel")
                                     << QStringLiteral("unknown channel \"nope\"");
    QTest::newRow("increment a pipe")
        << scenario(
               {proc("root", "", P, "p"), proc("c", "root", C, "p"), proc("i", "root", I, "p")},
               {chan("p", ChannelKind::Pipe)})
        << QStringLiteral("$.processes[2].behaviour.channel")
        << QStringLiteral("but \"p\" is a pipe");
    QTest::newRow("consume a counter")
        << scenario({proc("root", ""), proc("i", "root", I, "k"), proc("c", "root", C, "k")},
                    {chan("k", ChannelKind::ShmCounter)})
        << QStringLiteral("$.processes[2].behaviour.channel") << QStringLiteral("is a shm-counter");
    QTest::newRow("pipe between two trees")
        << scenario({proc("root", "", P, "p"), proc("other", "", C, "p")},
                    {chan("p", ChannelKind::Pipe)})
        << QStringLiteral("$.channels[0]")
        << QStringLiteral("which have no common ancestor: a pipe has no name");
    QTest::newRow("socketpair with two consumers")
        << scenario(
               {proc("root", "", P, "s"), proc("a", "root", C, "s"), proc("b", "root", C, "s")},
               {chan("s", ChannelKind::SocketPair)})
        << QStringLiteral("$.channels[0]") << QStringLiteral("has 2 consumers (\"a\", \"b\")");
    QTest::newRow("pipe without consumer")
        << scenario({proc("root", "", P, "p")}, {chan("p", ChannelKind::Pipe)})
        << QStringLiteral("$.channels[0]") << QStringLiteral("has no consumer");
    QTest::newRow("mailbox without producer")
        << scenario({proc("root", ""), proc("c", "root", C, "m")},
                    {chan("m", ChannelKind::Mailbox)})
        << QStringLiteral("$.channels[0]") << QStringLiteral("has no producer");
    QTest::newRow("unused counter")
        << scenario({proc("root", "")}, {chan("k", ChannelKind::ShmCounter)})
        << QStringLiteral("$.channels[0]") << QStringLiteral("no process increments");

    ChannelSpec bigMailbox = chan("m", ChannelKind::Mailbox);
    bigMailbox.capacity = 257;
    QTest::newRow("mailbox capacity")
        << scenario({proc("root", ""), proc("p", "root", P, "m"), proc("c", "root", C, "m")},
                    {bigMailbox})
        << QStringLiteral("$.channels[0].capacity") << QStringLiteral("between 1 and 256, not 257");
    ChannelSpec bigItems = chan("m", ChannelKind::Mailbox);
    bigItems.itemSize = 8193;
    QTest::newRow("mailbox item size")
        << scenario({proc("root", ""), proc("p", "root", P, "m"), proc("c", "root", C, "m")},
                    {bigItems})
        << QStringLiteral("$.channels[0].item_size") << QStringLiteral("between 32 and 8192");

    Scenario slow = scenario({proc("root", "")});
    slow.settings.sampleHz = 101;
    QTest::newRow("sample rate") << slow << QStringLiteral("$.settings.sample_hz")
                                 << QStringLiteral("between 1 and 100");
    Scenario longRun = scenario({proc("root", "")});
    longRun.settings.durationS = -1;
    QTest::newRow("duration") << longRun << QStringLiteral("$.settings.duration_s")
                              << QStringLiteral("between 0 and 86400");
    Scenario crowded = scenario({proc("root", ""), proc("a", "root"), proc("b", "root")});
    crowded.settings.maxProcesses = 2;
    QTest::newRow("process limit") << crowded << QStringLiteral("$.processes")
                                   << QStringLiteral("3 processes are more than the limit of 2");
}

void TestScenarioValidator::rules()
{
    QFETCH(Scenario, s);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const QList<ScenarioError> errors = validateScenario(s);
    bool found = false;
    for (const ScenarioError &e : errors)
        found = found || (e.path == path && e.message.contains(fragment));
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1: ...%2...\ngot:\n%3")
                                   .arg(path, fragment, describe(errors))));
}

void TestScenarioValidator::validModels_data()
{
    QTest::addColumn<Scenario>("s");
    const auto P = BehaviourKind::Produce;
    const auto C = BehaviourKind::Consume;
    QTest::newRow("one process") << scenario({proc("root", "")});
    // A pipe may run from child to parent as well: both inherit the ends across the fork.
    QTest::newRow("pipe child to parent") << scenario(
        {proc("root", "", C, "p"), proc("kid", "root", P, "p")}, {chan("p", ChannelKind::Pipe)});
    QTest::newRow("socketpair parent to child")
        << scenario({proc("root", "", P, "s"), proc("kid", "root", C, "s")},
                    {chan("s", ChannelKind::SocketPair)});
    // `ls | wc`: the common ancestor makes the pipe before forking both ends.
    QTest::newRow("pipe between siblings")
        << scenario({proc("root", ""), proc("a", "root", P, "p"), proc("b", "root", C, "p")},
                    {chan("p", ChannelKind::Pipe)});
    QTest::newRow("socketpair to a grandchild")
        << scenario({proc("root", "", P, "s"), proc("mid", "root"), proc("leaf", "mid", C, "s")},
                    {chan("s", ChannelKind::SocketPair)});
    QTest::newRow("buffer between cousins")
        << scenario({proc("root", ""), proc("a", "root"), proc("b", "root"),
                     proc("p", "a", P, "buf"), proc("c", "b", C, "buf")},
                    {chan("buf", ChannelKind::ShmBuffer)});
    // Fields the behaviour does not use are not judged: the editor may leave stale values.
    ProcessSpec stale = proc("root", "");
    stale.behaviour.code = 999;
    stale.behaviour.count = -5;
    QTest::newRow("stale fields") << scenario({stale});
    ChannelSpec pipe = chan("p", ChannelKind::Pipe);
    pipe.capacity = 0; // a pipe has no capacity field
    QTest::newRow("pipe ignores capacity")
        << scenario({proc("root", "", P, "p"), proc("kid", "root", C, "p")}, {pipe});
    Scenario full = scenario({});
    full.settings.maxProcesses = 4096;
    full.processes.append(proc("root", ""));
    for (int i = 1; i < 4096; ++i) {
        const QByteArray id = "p" + QByteArray::number(i);
        full.processes.append(proc(id.constData(), "root"));
    }
    QTest::newRow("4096 processes") << full;
}

void TestScenarioValidator::validModels()
{
    QFETCH(Scenario, s);
    const QList<ScenarioError> errors = validateScenario(s);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestScenarioValidator::fileNameAndAllProblems()
{
    ProcessSpec badMs = proc("root", "");
    badMs.behaviour.ms = 4'000'000;
    const Scenario s =
        scenario({badMs, proc("a", "nobody"), proc("bad id", "root"), proc("a", "root")});
    const QList<ScenarioError> errors = validateScenario(s, QStringLiteral("editor.proclab.json"));
    QStringList paths;
    for (const ScenarioError &e : errors) {
        QCOMPARE(e.file, QStringLiteral("editor.proclab.json"));
        paths.append(e.path);
    }
    QCOMPARE(paths,
             (QStringList{QStringLiteral("$.processes[2].id"), QStringLiteral("$.processes[3].id"),
                          QStringLiteral("$.processes[1].parent"),
                          QStringLiteral("$.processes[0].behaviour.ms")}));
}

QTEST_GUILESS_MAIN(TestScenarioValidator)
#include "tst_scenariovalidator.moc"
