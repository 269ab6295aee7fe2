// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel's process tree is the scenario's tree; and the checks every test ends with.
#include "tst_agent_suite.h"

#include <QTest>

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QSet<qint64> pidsInPstree(qint64 pid)
{
    QProcess pstree;
    pstree.start(u"pstree"_s, {u"-p"_s, QString::number(pid)});
    pstree.waitForFinished(10000);
    const QString out = QString::fromUtf8(pstree.readAllStandardOutput());
    QSet<qint64> pids;
    static const QRegularExpression re(u"\\((\\d+)\\)"_s);
    for (auto it = re.globalMatch(out); it.hasNext();)
        pids.insert(it.next().captured(1).toLongLong());
    return pids;
}

} // namespace

void TestAgent::verifyNothingLeft(AgentRun &run)
{
    QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
    const auto pids = run.spawnedPids();
    QVERIFY(!pids.isEmpty());
    for (const qint64 pid : pids)
        QVERIFY2(!procInfo(pid), qPrintable(u"process %1 is still there"_s.arg(pid)));
    QCOMPARE(processesInGroup(run.agentPid()), QList<qint64>());
    QCOMPARE(shmOfAgent(run.agentPid()), QStringList());
}

void TestAgent::stopAndVerify(AgentRun &run)
{
    run.command(u"stop"_s);
    verifyEndedCleanly(run);
}

void TestAgent::verifyEndedCleanly(AgentRun &run)
{
    QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
    QCOMPARE(run.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.process().exitCode(), 0);
    QCOMPARE(run.count(u"finished"_s), 1);
    QCOMPARE(run.count(u"error"_s), 0);
    verifyNothingLeft(run);
    // Every process that was spawned was also reported as ended, exactly once.
    for (const qint64 pid : run.spawnedPids()) {
        int ends = 0;
        for (const QJsonObject &e : run.eventsOf(u"exited"_s))
            ends += e.value("pid"_L1).toInteger() == pid;
        QCOMPARE(ends, 1);
    }
}

void TestAgent::treeShape_data()
{
    QTest::addColumn<QList<Node>>("nodes");
    QTest::newRow("chain") << QList<Node>{{u"c0"_s, -1, u"idle"_s},
                                          {u"c1"_s, 0, u"idle"_s},
                                          {u"c2"_s, 1, u"idle"_s},
                                          {u"c3"_s, 2, u"idle"_s},
                                          {u"c4"_s, 3, u"idle"_s}};
    QTest::newRow("fan") << QList<Node>{{u"hub"_s, -1, u"idle"_s},
                                        {u"f1"_s, 0, u"idle"_s},
                                        {u"f2"_s, 0, u"sleep ms=600000"_s},
                                        {u"f3"_s, 0, u"idle"_s},
                                        {u"f4"_s, 0, u"no-wait"_s}};
    QTest::newRow("binary") << QList<Node>{{u"root"_s, -1, u"idle"_s}, {u"l"_s, 0, u"idle"_s},
                                           {u"r"_s, 0, u"idle"_s},     {u"ll"_s, 1, u"idle"_s},
                                           {u"lr"_s, 1, u"idle"_s},    {u"rl"_s, 2, u"idle"_s},
                                           {u"rr"_s, 2, u"idle"_s},    {u"lll"_s, 3, u"idle"_s}};
}

void TestAgent::treeShape()
{
    QFETCH(QList<Node>, nodes);
    AgentRun run;
    QVERIFY(run.start(planOf(u"tree"_s, nodes)));
    QTRY_VERIFY_WITH_TIMEOUT(run.event(u"ready"_s).has_value(), kTimeoutMs);
    QCOMPARE(run.event(u"ready"_s)->value("pgid"_L1).toInteger(), run.agentPid());
    run.command(u"go"_s);
    QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), nodes.size(), kTimeoutMs);

    // The kernel's tree is the plan's tree: each process's parent is the node's parent.
    for (const Node &n : nodes) {
        const qint64 pid = run.pidOf(n.id);
        const qint64 parentPid = n.parent < 0 ? run.agentPid() : run.pidOf(nodes[n.parent].id);
        const auto info = procInfo(pid);
        QVERIFY2(info, qPrintable(n.id));
        QCOMPARE(info->ppid, parentPid);
        QCOMPARE(info->pgid, run.agentPid());
        QCOMPARE(run.event(u"spawned"_s, n.id)->value("ppid"_L1).toInteger(), parentPid);
    }

    // pstree -p shows the same tree: under each node exactly its own subtree.
    if (QStandardPaths::findExecutable(u"pstree"_s).isEmpty()) {
        stopAndVerify(run);
        QSKIP("pstree is not installed (tools/dev installs psmisc)");
    }
    QSet<qint64> everyone{run.agentPid()};
    for (const Node &n : nodes)
        everyone.insert(run.pidOf(n.id));
    QCOMPARE(pidsInPstree(run.agentPid()), everyone);
    for (int i = 0; i < nodes.size(); ++i) {
        QSet<qint64> subtree{run.pidOf(nodes[i].id)};
        for (int j = i + 1; j < nodes.size(); ++j) // parents come first in a plan
            if (subtree.contains(run.pidOf(nodes[nodes[j].parent].id)))
                subtree.insert(run.pidOf(nodes[j].id));
        QCOMPARE(pidsInPstree(run.pidOf(nodes[i].id)), subtree);
    }
    stopAndVerify(run);
}

QTEST_GUILESS_MAIN(TestAgent)
