// proclab-agent's process engine, checked from outside: real forks, the tree read back from
// /proc and pstree, zombies and orphans as the kernel shows them, nothing left behind.

#include "tst_agent_run.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include "planwriter.h"
#include "proclab_wire.h"
#include "scenarioio.h"

#include <csignal>
#include <fcntl.h>
#include <memory>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

QStringList planHeader(const QString &tag, int limit = 64)
{
    return {u"PROCLAB-PLAN 1"_s, u"run "_s + tag, u"limit %1"_s.arg(limit), u"grace_ms 2000"_s};
}

struct Node
{
    QString id;
    int parent;
    QString behaviour;
};

QStringList planOf(const QString &tag, const QList<Node> &nodes)
{
    QStringList lines = planHeader(tag);
    for (int i = 0; i < nodes.size(); ++i)
        lines << u"process %1 %2 %3 %4"_s.arg(i)
                     .arg(nodes[i].id)
                     .arg(nodes[i].parent)
                     .arg(nodes[i].behaviour);
    return lines;
}

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

class TestAgent : public QObject
{
    Q_OBJECT

private:
    // After the agent ended: no process of the run, nothing in /dev/shm.
    void verifyNothingLeft(AgentRun &run)
    {
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
        const auto pids = run.spawnedPids();
        QVERIFY(!pids.isEmpty());
        for (const qint64 pid : pids)
            QVERIFY2(!procInfo(pid), qPrintable(u"process %1 is still there"_s.arg(pid)));
        QCOMPARE(processesInGroup(run.agentPid()), QList<qint64>());
        QCOMPARE(shmOfAgent(run.agentPid()), QStringList());
    }

    void stopAndVerify(AgentRun &run)
    {
        run.command(u"stop"_s);
        verifyEndedCleanly(run);
    }

    // The run ended as stop ends it: exit 0, "finished", every process reported once, nothing left.
    void verifyEndedCleanly(AgentRun &run)
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

private slots:
    void treeShape_data()
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
        QTest::newRow("binary") << QList<Node>{
            {u"root"_s, -1, u"idle"_s}, {u"l"_s, 0, u"idle"_s},  {u"r"_s, 0, u"idle"_s},
            {u"ll"_s, 1, u"idle"_s},    {u"lr"_s, 1, u"idle"_s}, {u"rl"_s, 2, u"idle"_s},
            {u"rr"_s, 2, u"idle"_s},    {u"lll"_s, 3, u"idle"_s}};
    }

    void treeShape()
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

    // The plans core writes for the shipped examples: accepted, and the ones without
    // channels run to their natural end, all at once, leaving nothing.
    void shippedExamplesRun()
    {
        const QDir dir(qEnvironmentVariable("PROCLAB_SOURCE_DIR") + u"/resources/scenarios"_s);
        const QStringList files = dir.entryList({u"*.proclab.json"_s}, QDir::Files);
        QVERIFY(!files.isEmpty());
        std::vector<std::unique_ptr<AgentRun>> runs;
        QStringList names;
        for (const QString &file : files) {
            const proclab::LoadResult loaded = proclab::loadScenarioFile(dir.filePath(file));
            QVERIFY2(loaded.ok(), qPrintable(file));
            const QByteArray plan = proclab::buildAgentPlan(*loaded.scenario, u"ex"_s);
            QVERIFY2(!plan.isEmpty(), qPrintable(file));
            QStringList lines = QString::fromUtf8(plan).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.takeLast(), u"end"_s);
            auto run = std::make_unique<AgentRun>();
            QVERIFY(run->start(lines));
            if (loaded.scenario->channels.isEmpty()) {
                run->command(u"go"_s);
                runs.push_back(std::move(run));
                names << file;
                continue;
            }
            // With channels, only the plan is checked here: the IPC side's own tests run them.
            QTRY_VERIFY_WITH_TIMEOUT(!run->events().isEmpty(), kTimeoutMs);
            const QJsonObject first = run->events().first();
            QVERIFY2(!first.value("message"_L1).toString().startsWith(u"plan"_s),
                     qPrintable(file + u": "_s + run->allOutput()));
            QVERIFY2(first.value("ev"_L1).toString() != u"refused"_s, qPrintable(file));
        }
        QVERIFY(runs.size() >= 4);
        for (size_t i = 0; i < runs.size(); ++i) {
            AgentRun &run = *runs[i];
            QTRY_VERIFY2_WITH_TIMEOUT(run.finished(), qPrintable(names[i]), 30000);
            QCOMPARE(run.process().exitCode(), 0);
            QVERIFY2(run.count(u"error"_s) == 0, qPrintable(names[i] + run.allOutput()));
            QCOMPARE(run.count(u"finished"_s), 1);
            QCOMPARE(run.count(u"exited"_s), run.count(u"spawned"_s));
            verifyNothingLeft(run);
            if (names[i].startsWith(u"orphan"_s))
                QVERIFY(run.event(u"reparented"_s, u"child"_s));
            if (names[i].startsWith(u"zombie"_s))
                QCOMPARE(run.event(u"exited"_s, u"child"_s)->value("reaper"_L1).toInteger(),
                         run.agentPid());
        }
    }

    void overLimitIsRefusedBeforeForking_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("processes");
        QTest::newRow("plan over its limit") << 2 << 3;
        QTest::newRow("limit over the hard ceiling") << 5000 << 2;
    }

    void overLimitIsRefusedBeforeForking()
    {
        QFETCH(int, limit);
        QFETCH(int, processes);
        QStringList plan = planHeader(u"limit"_s, limit);
        plan << u"process 0 root -1 idle"_s;
        for (int i = 1; i < processes; ++i)
            plan << u"process %1 p%1 0 idle"_s.arg(i);
        AgentRun run;
        QVERIFY(run.start(plan));
        run.command(u"go"_s);
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
        QCOMPARE(run.process().exitCode(), 3);
        QCOMPARE(run.count(u"refused"_s), 1);
        QCOMPARE(run.count(u"spawned"_s), 0);
        QCOMPARE(run.count(u"ready"_s), 0);
        QCOMPARE(shmOfAgent(run.agentPid()), QStringList());
    }

    void malformedPlanIsAnError()
    {
        QStringList plan = planHeader(u"bad"_s);
        plan << u"process 0 root -1 idle"_s << u"process 1 x 0 dance"_s;
        AgentRun run;
        QVERIFY(run.start(plan));
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
        QCOMPARE(run.process().exitCode(), 2);
        const auto error = run.event(u"error"_s);
        QVERIFY(error);
        QVERIFY2(error->value("message"_L1).toString().contains(u"dance"_s),
                 qPrintable(run.allOutput()));
        QCOMPARE(run.count(u"spawned"_s), 0);
    }

    void noWaitParentLeavesAZombie()
    {
        AgentRun run;
        QVERIFY(run.start(planOf(u"zombie"_s, {{u"root"_s, -1, u"idle"_s},
                                               {u"nw"_s, 0, u"no-wait ms=0"_s},
                                               {u"z"_s, 1, u"exit code=5"_s}})));
        run.command(u"go"_s);
        QTRY_VERIFY_WITH_TIMEOUT(run.pidOf(u"z"_s) > 0, kTimeoutMs);
        const qint64 z = run.pidOf(u"z"_s);
        const qint64 nw = run.pidOf(u"nw"_s);
        // z has ended, nobody waits for it: the kernel keeps it as a zombie of nw.
        QTRY_COMPARE_WITH_TIMEOUT(procInfo(z).value_or(ProcInfo{}).state, 'Z', kTimeoutMs);
        QCOMPARE(procInfo(z)->ppid, nw);
        QVERIFY(!run.event(u"exited"_s, u"z"_s));

        // When nw ends, the agent (subreaper) inherits the zombie and reaps it.
        run.command(u"kill nw 15"_s);
        QTRY_VERIFY_WITH_TIMEOUT(run.event(u"exited"_s, u"z"_s).has_value(), kTimeoutMs);
        const QJsonObject exited = *run.event(u"exited"_s, u"z"_s);
        QCOMPARE(exited.value("code"_L1).toInt(), 5);
        QCOMPARE(exited.value("reaper"_L1).toInteger(), run.agentPid());
        QTRY_VERIFY_WITH_TIMEOUT(!procInfo(z), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(run.event(u"exited"_s, u"nw"_s).has_value(), kTimeoutMs);
        QCOMPARE(run.event(u"exited"_s, u"nw"_s)->value("signal"_L1).toInt(), 15);
        QCOMPARE(run.event(u"exited"_s, u"nw"_s)->value("reaper"_L1).toInteger(),
                 run.pidOf(u"root"_s));
        stopAndVerify(run);
    }

    void exitEarlyOrphanIsReparented()
    {
        AgentRun run;
        QVERIFY(run.start(planOf(u"orphan"_s, {{u"root"_s, -1, u"idle"_s},
                                               {u"ee"_s, 0, u"exit-early after_ms=0"_s},
                                               {u"orphan"_s, 1, u"idle"_s}})));
        run.command(u"go"_s);
        QTRY_VERIFY_WITH_TIMEOUT(run.event(u"reparented"_s, u"orphan"_s).has_value(), kTimeoutMs);
        const QJsonObject ev = *run.event(u"reparented"_s, u"orphan"_s);
        QCOMPARE(ev.value("old_ppid"_L1).toInteger(), run.pidOf(u"ee"_s));
        QCOMPARE(ev.value("ppid"_L1).toInteger(), run.agentPid());
        QCOMPARE(procInfo(run.pidOf(u"orphan"_s))->ppid, run.agentPid());
        QCOMPARE(run.event(u"exited"_s, u"ee"_s)->value("code"_L1).toInt(), 0);
        stopAndVerify(run);
    }

    void killOneNodeOthersCarryOn()
    {
        AgentRun run;
        QVERIFY(run.start(planOf(u"killone"_s, {{u"root"_s, -1, u"idle"_s},
                                                {u"a"_s, 0, u"idle"_s},
                                                {u"b"_s, 0, u"cpu ms=600000"_s}})));
        run.command(u"go"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), 3, kTimeoutMs);
        run.command(u"kill a 9"_s);
        QTRY_VERIFY_WITH_TIMEOUT(run.event(u"exited"_s, u"a"_s).has_value(), kTimeoutMs);
        QCOMPARE(run.event(u"killed"_s, u"a"_s)->value("signal"_L1).toInt(), 9);
        QCOMPARE(run.event(u"exited"_s, u"a"_s)->value("signal"_L1).toInt(), 9);
        QCOMPARE(run.event(u"exited"_s, u"a"_s)->value("reaper"_L1).toInteger(),
                 run.pidOf(u"root"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!procInfo(run.pidOf(u"a"_s)), kTimeoutMs);
        for (const QString &alive : {u"root"_s, u"b"_s}) {
            const auto info = procInfo(run.pidOf(alive));
            QVERIFY(info);
            QVERIFY(info->state != 'Z');
            QVERIFY(!run.event(u"exited"_s, alive));
        }
        run.command(u"kill nobody 9"_s);
        QTRY_VERIFY_WITH_TIMEOUT(run.event(u"error"_s).has_value(), kTimeoutMs);
        QVERIFY(!run.event(u"killed"_s, u"nobody"_s));
        run.command(u"stop"_s);
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
        verifyNothingLeft(run);
    }

    void pauseAndResume()
    {
        AgentRun run;
        QVERIFY(run.start(planOf(u"pause"_s, {{u"root"_s, -1, u"idle"_s},
                                              {u"a"_s, 0, u"idle"_s},
                                              {u"b"_s, 0, u"cpu ms=600000"_s}})));
        run.command(u"go"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), 3, kTimeoutMs);
        const auto state = [&](const QString &node) {
            return procInfo(run.pidOf(node)).value_or(ProcInfo{}).state;
        };
        run.command(u"pause a"_s);
        QTRY_COMPARE_WITH_TIMEOUT(state(u"a"_s), 'T', kTimeoutMs);
        QVERIFY(run.event(u"paused"_s, u"a"_s));
        QVERIFY(state(u"b"_s) != 'T');
        run.command(u"resume a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(state(u"a"_s) != 'T', kTimeoutMs);
        QVERIFY(run.event(u"resumed"_s, u"a"_s));
        run.command(u"pause *"_s);
        for (const QString &node : {u"root"_s, u"a"_s, u"b"_s})
            QTRY_COMPARE_WITH_TIMEOUT(state(node), 'T', kTimeoutMs);
        QVERIFY(run.event(u"paused"_s, u"*"_s));
        run.command(u"resume *"_s);
        for (const QString &node : {u"root"_s, u"a"_s, u"b"_s})
            QTRY_VERIFY_WITH_TIMEOUT(state(node) != 'T', kTimeoutMs);
        stopAndVerify(run);
    }

    void pausedOrphanStaysPaused()
    {
        AgentRun run;
        QVERIFY(run.start(planOf(
            u"porphan"_s,
            {{u"root"_s, -1, u"idle"_s}, {u"mid"_s, 0, u"idle"_s}, {u"kid"_s, 1, u"idle"_s}})));
        run.command(u"go"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), 3, kTimeoutMs);
        const qint64 kid = run.pidOf(u"kid"_s);
        run.command(u"pause kid"_s);
        QTRY_COMPARE_WITH_TIMEOUT(procInfo(kid).value_or(ProcInfo{}).state, 'T', kTimeoutMs);
        run.command(u"kill mid 9"_s);
        QTRY_VERIFY_WITH_TIMEOUT(run.event(u"reparented"_s, u"kid"_s).has_value(), kTimeoutMs);
        QCOMPARE(procInfo(kid)->ppid, run.agentPid());
        QTRY_COMPARE_WITH_TIMEOUT(procInfo(kid).value_or(ProcInfo{}).state, 'T', kTimeoutMs);
        stopAndVerify(run);
    }

    void crashOrphansItsChildren()
    {
        AgentRun run;
        QVERIFY(run.start(planOf(u"crash"_s, {{u"root"_s, -1, u"idle"_s},
                                              {u"cr"_s, 0, u"crash after_ms=0 signal=6"_s},
                                              {u"kid"_s, 1, u"idle"_s}})));
        run.command(u"go"_s);
        QTRY_VERIFY_WITH_TIMEOUT(run.event(u"reparented"_s, u"kid"_s).has_value(), kTimeoutMs);
        const QJsonObject exited = *run.event(u"exited"_s, u"cr"_s);
        QCOMPARE(exited.value("signal"_L1).toInt(), 6);
        QCOMPARE(exited.value("reaper"_L1).toInteger(), run.pidOf(u"root"_s));
        QCOMPARE(procInfo(run.pidOf(u"kid"_s))->ppid, run.agentPid());
        stopAndVerify(run);
    }

    void exitWaitsForItsChildren()
    {
        AgentRun run;
        QVERIFY(run.start(planOf(u"exitwait"_s, {{u"root"_s, -1, u"exit code=0"_s},
                                                 {u"e"_s, 0, u"exit after_ms=0 code=4"_s},
                                                 {u"k"_s, 1, u"sleep ms=300"_s}})));
        run.command(u"go"_s);
        // The root ends by itself once everything below it has: the run finishes alone.
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
        QCOMPARE(run.process().exitCode(), 0);
        QStringList order;
        for (const QJsonObject &e : run.eventsOf(u"exited"_s))
            order << e.value("node"_L1).toString();
        QCOMPARE(order, (QStringList{u"k"_s, u"e"_s, u"root"_s}));
        QCOMPARE(run.event(u"exited"_s, u"k"_s)->value("reaper"_L1).toInteger(), run.pidOf(u"e"_s));
        QCOMPARE(run.event(u"exited"_s, u"e"_s)->value("code"_L1).toInt(), 4);
        QCOMPARE(run.count(u"reparented"_s), 0);
        QCOMPARE(run.count(u"finished"_s), 1);
        verifyNothingLeft(run);
    }

    void statsPageNamesEveryProcess()
    {
        using proclab::wire::StatsPage;
        AgentRun run;
        QVERIFY(run.start(
            planOf(u"stats"_s,
                   {{u"root"_s, -1, u"idle"_s}, {u"a"_s, 0, u"idle"_s}, {u"b"_s, 0, u"idle"_s}})));
        QTRY_VERIFY_WITH_TIMEOUT(run.event(u"ready"_s).has_value(), kTimeoutMs);
        const QByteArray name = run.event(u"ready"_s)->value("stats"_L1).toString().toUtf8();
        QCOMPARE(name, u"/proclab-%1-stats-stats"_s.arg(run.agentPid()).toUtf8());
        const int fd = shm_open(name.constData(), O_RDONLY, 0);
        QVERIFY(fd >= 0);
        struct stat st
        {};
        QCOMPARE(fstat(fd, &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(qint64(st.st_size), qint64(sizeof(StatsPage)));
        void *mem = mmap(nullptr, sizeof(StatsPage), PROT_READ, MAP_SHARED, fd, 0);
        ::close(fd);
        QVERIFY(mem != MAP_FAILED);
        auto unmap = qScopeGuard([mem] { munmap(mem, sizeof(StatsPage)); });
        const auto *page = static_cast<const StatsPage *>(mem);
        QCOMPARE(page->magic, StatsPage::kMagic);
        QCOMPARE(page->version, StatsPage::kVersion);
        QCOMPARE(page->process_count, 3u);
        QCOMPARE(page->channel_count, 0u);
        QCOMPARE(page->processes[0].pid.load(), 0); // nothing forked before "go"
        run.command(u"go"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), 3, kTimeoutMs);
        const QStringList nodes{u"root"_s, u"a"_s, u"b"_s};
        for (int i = 0; i < nodes.size(); ++i)
            QCOMPARE(qint64(page->processes[i].pid.load()), run.pidOf(nodes[i]));
        stopAndVerify(run);
    }

    void controllerGoneBeforeStartForksNothing()
    {
        // --parent-pid names a process that is not our parent: as if the controller had died
        // before the agent could watch it.
        AgentRun run;
        QVERIFY(run.start(planOf(u"orphaned"_s, {{u"root"_s, -1, u"idle"_s}}),
                          {u"--parent-pid"_s, u"1"_s}));
        run.command(u"go"_s);
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
        QCOMPARE(run.process().exitCode(), 1);
        QCOMPARE(run.count(u"ready"_s), 0);
        QCOMPARE(run.count(u"spawned"_s), 0);
        QCOMPARE(shmOfAgent(run.agentPid()), QStringList());
    }

    void stopEndsPausedAndBusyProcesses()
    {
        AgentRun run;
        QVERIFY(run.start(planOf(u"stop"_s, {{u"root"_s, -1, u"idle"_s},
                                             {u"busy"_s, 0, u"cpu ms=600000"_s},
                                             {u"paused"_s, 0, u"sleep ms=600000"_s},
                                             {u"nw"_s, 0, u"no-wait ms=0"_s},
                                             {u"kid"_s, 3, u"idle"_s}})));
        run.command(u"go"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), 5, kTimeoutMs);
        run.command(u"pause paused"_s);
        QTRY_COMPARE_WITH_TIMEOUT(procInfo(run.pidOf(u"paused"_s)).value_or(ProcInfo{}).state, 'T',
                                  kTimeoutMs);
        stopAndVerify(run);
    }

    void sigtermToTheAgentIsAStop_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void sigtermToTheAgentIsAStop()
    {
        QFETCH(int, signal);
        AgentRun run;
        QVERIFY(run.start(planOf(u"term"_s, {{u"root"_s, -1, u"idle"_s},
                                             {u"a"_s, 0, u"sleep ms=600000"_s},
                                             {u"b"_s, 1, u"cpu ms=600000"_s}})));
        run.command(u"go"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), 3, kTimeoutMs);
        QCOMPARE(::kill(pid_t(run.agentPid()), signal), 0);
        verifyEndedCleanly(run);
        QCOMPARE(run.event(u"exited"_s, u"b"_s)->value("signal"_L1).toInt(), int(SIGTERM));
    }

    void eofOnStdinEndsEverything()
    {
        AgentRun run;
        QVERIFY(run.start(planOf(u"eof"_s, {{u"root"_s, -1, u"idle"_s},
                                            {u"a"_s, 0, u"cpu ms=600000"_s},
                                            {u"b"_s, 1, u"no-wait"_s}})));
        run.command(u"go"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), 3, kTimeoutMs);
        run.closeInput();
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
        QCOMPARE(run.process().exitCode(), 0);
        verifyNothingLeft(run);
    }

    void sigkilledAgentLeavesNoProcess_data()
    {
        QTest::addColumn<QString>("pause");
        QTest::newRow("one paused") << u"paused"_s;
        QTest::newRow("all paused") << u"*"_s;
    }

    void sigkilledAgentLeavesNoProcess()
    {
        QFETCH(QString, pause);
        // Orphans of the dead agent come to us (pid 1 here may never reap them), so that we
        // can reap them by pid and see them really gone.
        QCOMPARE(prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
        auto restore = qScopeGuard([] { prctl(PR_SET_CHILD_SUBREAPER, 0); });
        AgentRun run;
        QVERIFY(run.start(planOf(u"sigkill"_s, {{u"root"_s, -1, u"idle"_s},
                                                {u"busy"_s, 0, u"cpu ms=600000"_s},
                                                {u"sleepy"_s, 0, u"sleep ms=600000"_s},
                                                {u"paused"_s, 2, u"idle"_s},
                                                {u"nw"_s, 0, u"no-wait"_s}})));
        run.command(u"go"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), 5, kTimeoutMs);
        run.command(u"pause "_s + pause);
        QTRY_COMPARE_WITH_TIMEOUT(procInfo(run.pidOf(u"paused"_s)).value_or(ProcInfo{}).state, 'T',
                                  kTimeoutMs);
        if (pause == u"*"_s)
            for (const qint64 pid : run.spawnedPids())
                QTRY_COMPARE_WITH_TIMEOUT(procInfo(pid).value_or(ProcInfo{}).state, 'T',
                                          kTimeoutMs);
        const QList<qint64> pids = run.spawnedPids();
        QCOMPARE(::kill(pid_t(run.agentPid()), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
        for (const qint64 pid : pids) {
            QTRY_VERIFY2_WITH_TIMEOUT((waitpid(pid_t(pid), nullptr, WNOHANG), !procInfo(pid)),
                                      qPrintable(u"process %1 outlived its agent"_s.arg(pid)),
                                      kTimeoutMs);
        }
        // A SIGKILLed agent cannot unlink its stats page; the next agent's sweep removes it.
        QProcess sweep;
        sweep.start(qEnvironmentVariable("PROCLAB_AGENT"), {u"sweep"_s});
        QVERIFY(sweep.waitForFinished(kTimeoutMs));
        const QStringList left = shmOfAgent(run.agentPid());
        for (const QString &name : left) // never leave it behind, even while sweep is missing
            QFile::remove(u"/dev/shm/"_s + name);
        if (!left.isEmpty())
            QEXPECT_FAIL("", "sweepStaleIpc (IPC side) does not remove stale objects yet",
                         Continue);
        QCOMPARE(left, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
