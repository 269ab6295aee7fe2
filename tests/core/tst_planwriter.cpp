// SPDX-License-Identifier: GPL-3.0-or-later
// The plan core hands to proclab-agent: exact format, parents first, only the keys that
// apply, and accepted by the agent's own parser for every example.
#include "core/agent/plan.h"
#include "core/run/planwriter.h"
#include "core/run/wirewords.h"
#include "core/scenario/scenarioio.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>
#include <sstream>

using namespace proclab;

namespace {

QString examplesDir()
{
    return qEnvironmentVariable("PROCLAB_SOURCE_DIR") + QStringLiteral("/resources/scenarios");
}

agent::PlanParseResult parseWithAgent(const QByteArray &plan)
{
    std::vector<std::string> lines;
    std::istringstream in(plan.toStdString());
    std::string line;
    while (std::getline(in, line)) {
        if (line == "end")
            break;
        lines.push_back(line);
    }
    return agent::parsePlan(lines);
}

ProcessSpec process(const char *id, const char *parent, BehaviourKind kind)
{
    ProcessSpec p;
    p.id = QLatin1String(id);
    p.parent = QLatin1String(parent);
    p.behaviour.kind = kind;
    return p;
}

// Children listed before their parents, on purpose: the plan must still be parents first.
Scenario mixedOrderScenario()
{
    Scenario s;
    s.name = QStringLiteral("plan");
    s.settings.maxProcesses = 20;
    ProcessSpec prod = process("prod", "root", BehaviourKind::Produce);
    prod.behaviour.channel = QStringLiteral("mq");
    prod.behaviour.count = 50;
    prod.behaviour.rate = 10;
    ProcessSpec cons = process("cons", "prod", BehaviourKind::Consume);
    cons.behaviour.channel = QStringLiteral("mq");
    cons.behaviour.holdMs = 2;
    cons.behaviour.workUs = 300;
    ProcessSpec inc = process("inc", "root", BehaviourKind::Increment);
    inc.behaviour.channel = QStringLiteral("ctr");
    inc.behaviour.count = 7;
    ProcessSpec crash = process("crash", "cons", BehaviourKind::Crash);
    crash.behaviour.signal = 9;
    crash.behaviour.afterMs = 30;
    ProcessSpec exit = process("exit", "root", BehaviourKind::Exit);
    exit.behaviour.code = 3;
    exit.behaviour.afterMs = 4;
    ProcessSpec sleep = process("root", "", BehaviourKind::Sleep);
    sleep.behaviour.ms = 250;
    // A stray value in a field the kind does not use must not reach the plan.
    sleep.behaviour.code = 99;
    s.processes = {
        crash, cons, prod, sleep, inc, exit, process("idle", "exit", BehaviourKind::Idle)};
    ChannelSpec ctr;
    ctr.id = QStringLiteral("ctr");
    ctr.kind = ChannelKind::ShmCounter;
    ctr.sync = false;
    ChannelSpec mq;
    mq.id = QStringLiteral("mq");
    mq.kind = ChannelKind::Mailbox;
    mq.capacity = 10;
    mq.itemSize = 128;
    mq.send = SendMode::Sync;
    s.channels = {ctr, mq};
    return s;
}

} // namespace

class TestPlanWriter : public QObject
{
    Q_OBJECT

private slots:
    void exactFormat();
    void parentsBeforeChildren();
    void examplesParseInAgent_data();
    void examplesParseInAgent();
    void binaryTreeShape();
    void childIndexKeepsPlanOrder();
    void refusesInvalidInput();
    void runTags();
};

void TestPlanWriter::exactFormat()
{
    const Scenario s = mixedOrderScenario();
    const QByteArray plan = buildAgentPlan(s, QStringLiteral("ab12"), 1500);
    // Root first, then its children in file order (prod, inc, exit), then theirs.
    const QByteArray expected = "PROCLAB-PLAN 1\n"
                                "run ab12\n"
                                "limit 20\n"
                                "grace_ms 1500\n"
                                "channel 0 ctr shm-counter capacity=8 item_size=64 sync=0 "
                                "send=async\n"
                                "channel 1 mq mailbox capacity=10 item_size=128 sync=1 send=sync\n"
                                "process 0 root -1 sleep ms=250\n"
                                "process 1 prod 0 produce channel=1 count=50 rate=10\n"
                                "process 2 inc 0 increment channel=0 count=7\n"
                                "process 3 exit 0 exit code=3 after_ms=4\n"
                                "process 4 cons 1 consume channel=1 hold_ms=2 work_us=300\n"
                                "process 5 idle 3 idle\n"
                                "process 6 crash 4 crash signal=9 after_ms=30\n"
                                "end\n";
    QCOMPARE(QString::fromUtf8(plan), QString::fromUtf8(expected));
}

void TestPlanWriter::parentsBeforeChildren()
{
    const agent::PlanParseResult r =
        parseWithAgent(buildAgentPlan(mixedOrderScenario(), QStringLiteral("x")));
    QVERIFY2(r.status == agent::PlanParseResult::Status::Ok, r.message.c_str());
    QCOMPARE(r.plan.processes.size(), size_t(7));
    for (const agent::ProcessPlan &p : r.plan.processes)
        QVERIFY(p.parent < p.index);
    QCOMPARE(r.plan.graceMs, 1000); // the default
}

void TestPlanWriter::examplesParseInAgent_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files =
        QDir(examplesDir()).entryList({QStringLiteral("*.proclab.json")}, QDir::Files);
    QVERIFY(files.size() >= 14);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << examplesDir() + u'/' + f;
}

void TestPlanWriter::examplesParseInAgent()
{
    QFETCH(QString, path);
    const LoadResult loaded = loadScenarioFile(path);
    QVERIFY(loaded.ok());
    const Scenario &s = *loaded.scenario;
    const QString tag = makeRunTag();
    const agent::PlanParseResult r = parseWithAgent(buildAgentPlan(s, tag, 200));
    QVERIFY2(r.status == agent::PlanParseResult::Status::Ok, r.message.c_str());
    QCOMPARE(QString::fromStdString(r.plan.tag), tag);
    QCOMPARE(r.plan.limit, s.settings.maxProcesses);
    QCOMPARE(r.plan.graceMs, 200);
    QCOMPARE(r.plan.channels.size(), size_t(s.channels.size()));
    for (size_t i = 0; i < r.plan.channels.size(); ++i) {
        const agent::ChannelPlan &c = r.plan.channels[i];
        const ChannelSpec &spec = s.channels.at(qsizetype(i));
        QCOMPARE(QString::fromStdString(c.id), spec.id);
        // The wire word the agent read is the scenario kind's own name.
        QCOMPARE(QString(wireWord(c.kind)), channelKindName(spec.kind));
        QCOMPARE(c.capacity, spec.capacity);
        QCOMPARE(c.itemSize, spec.itemSize);
        QCOMPARE(c.sync, spec.sync);
        QCOMPARE(c.syncSend, spec.send == SendMode::Sync);
    }
    // Same processes, same parents, same behaviours and parameters, whatever the order.
    QCOMPARE(r.plan.processes.size(), size_t(s.processes.size()));
    for (const agent::ProcessPlan &p : r.plan.processes) {
        const ProcessSpec *spec = s.process(QString::fromStdString(p.id));
        QVERIFY(spec);
        const QString parent =
            p.parent < 0 ? QString() : QString::fromStdString(r.plan.processes[p.parent].id);
        QCOMPARE(parent, spec->parent);
        const Behaviour &b = spec->behaviour;
        QCOMPARE(QString(wireWord(p.behaviour)), behaviourKindName(b.kind));
        switch (b.kind) {
        case BehaviourKind::Sleep:
        case BehaviourKind::Cpu:
        case BehaviourKind::NoWait:
            QCOMPARE(p.params.size(), size_t(1));
            QCOMPARE(p.param(wire::ProcessKey::Ms, -1), b.ms);
            break;
        case BehaviourKind::Exit:
            QCOMPARE(p.param(wire::ProcessKey::Code, -1), b.code);
            QCOMPARE(p.param(wire::ProcessKey::AfterMs, -1), b.afterMs);
            break;
        case BehaviourKind::ExitEarly:
            QCOMPARE(p.param(wire::ProcessKey::AfterMs, -1), b.afterMs);
            break;
        case BehaviourKind::Produce:
            QCOMPARE(p.param(wire::ProcessKey::Count, -1), b.count);
            QCOMPARE(p.param(wire::ProcessKey::Rate, -1), b.rate);
            break;
        case BehaviourKind::Consume:
            QCOMPARE(p.param(wire::ProcessKey::HoldMs, -1), b.holdMs);
            QCOMPARE(p.param(wire::ProcessKey::WorkUs, -1), b.workUs);
            break;
        case BehaviourKind::Increment:
            QCOMPARE(p.param(wire::ProcessKey::Count, -1), b.count);
            break;
        default:
            break;
        }
        if (!b.channel.isEmpty()) {
            const long long c = p.param(wire::ProcessKey::Channel, -1);
            QVERIFY(c >= 0);
            QCOMPARE(QString::fromStdString(r.plan.channels[size_t(c)].id), b.channel);
        } else {
            QVERIFY(!p.params.count(wire::ProcessKey::Channel));
        }
    }
}

void TestPlanWriter::binaryTreeShape()
{
    // for (i = 0; i < 3; i++) fork(); -> the original forks 3, its first child 2, then 1, 1.
    const LoadResult loaded =
        loadScenarioFile(examplesDir() + QStringLiteral("/binary-tree.proclab.json"));
    QVERIFY(loaded.ok());
    const agent::PlanParseResult r =
        parseWithAgent(buildAgentPlan(*loaded.scenario, QStringLiteral("bt")));
    QVERIFY2(r.status == agent::PlanParseResult::Status::Ok, r.message.c_str());
    QCOMPARE(r.plan.processes.size(), size_t(8));
    QList<int> childCounts;
    for (const agent::ProcessPlan &p : r.plan.processes)
        childCounts.append(int(agent::childrenOf(r.plan, p.index).size()));
    std::sort(childCounts.begin(), childCounts.end(), std::greater<>());
    QCOMPARE(childCounts, (QList<int>{3, 2, 1, 1, 0, 0, 0, 0}));
    QCOMPARE(agent::rootIndex(r.plan), 0);
}

void TestPlanWriter::childIndexKeepsPlanOrder()
{
    // Children of different parents interleaved in the plan: each process forks its own,
    // in plan order, whatever lies between them.
    const agent::PlanParseResult r = agent::parsePlan(
        {"PROCLAB-PLAN 1", "run t", "process 0 root -1 idle", "process 1 a 0 idle",
         "process 2 b 0 idle", "process 3 c 1 idle", "process 4 d 2 idle", "process 5 e 1 idle"});
    QVERIFY2(r.status == agent::PlanParseResult::Status::Ok, r.message.c_str());
    auto children = [&r](int i) {
        const auto c = agent::childrenOf(r.plan, i);
        return QList<int>(c.begin(), c.end());
    };
    QCOMPARE(children(0), (QList<int>{1, 2}));
    QCOMPARE(children(1), (QList<int>{3, 5}));
    QCOMPARE(children(2), QList<int>{4});
    for (int leaf : {3, 4, 5})
        QVERIFY(children(leaf).isEmpty());
    QVERIFY(children(-1).isEmpty());
    QVERIFY(children(6).isEmpty());
}

void TestPlanWriter::refusesInvalidInput()
{
    Scenario s = mixedOrderScenario();
    QVERIFY(buildAgentPlan(s, QString()).isEmpty());
    QVERIFY(buildAgentPlan(s, QStringLiteral("UPPER")).isEmpty());
    QVERIFY(buildAgentPlan(s, QStringLiteral("a-b")).isEmpty());
    QVERIFY(buildAgentPlan(s, QStringLiteral("ab\n")).isEmpty());
    QVERIFY(buildAgentPlan(s, QStringLiteral("abcdefghijklmnopq")).isEmpty()); // 17
    QVERIFY(!buildAgentPlan(s, QStringLiteral("abcdefghijklmnop")).isEmpty()); // 16
    QVERIFY(buildAgentPlan(s, QStringLiteral("ok"), -1).isEmpty());
    s.processes[0].parent = QStringLiteral("nobody"); // the validator would refuse it
    QVERIFY(buildAgentPlan(s, QStringLiteral("ok")).isEmpty());
}

void TestPlanWriter::runTags()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]{8}$"));
    QSet<QString> seen;
    QSet<QChar> characters;
    for (int i = 0; i < 200; ++i) {
        const QString tag = makeRunTag();
        QVERIFY2(pattern.match(tag).hasMatch(), qPrintable(tag));
        seen.insert(tag);
        for (QChar c : tag)
            characters.insert(c);
    }
    // 36^8 possibilities: 200 tags never collide unless the generator is broken.
    QCOMPARE(seen.size(), 200);
    // 1600 draws from 36 characters reach both letters and digits.
    QVERIFY(characters.size() > 30);
}

QTEST_GUILESS_MAIN(TestPlanWriter)
#include "tst_planwriter.moc"
