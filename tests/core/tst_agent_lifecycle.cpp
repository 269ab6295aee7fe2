// SPDX-License-Identifier: GPL-3.0-or-later
// How a run begins and ends: refusal before any fork, the stats page, stop, signals to the
// agent, EOF, and the agent SIGKILLed.
#include "tst_agent_suite.h"

#include <QTest>

#include "core/agent/wire/proclab_statspage.h"
#include "core/agent/wire/proclab_wire.h"

#include <QFile>
#include <QScopeGuard>
#include <csignal>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

void TestAgent::overLimitIsRefusedBeforeForking_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("processes");
    QTest::newRow("plan over its limit") << 2 << 3;
    QTest::newRow("limit over the hard ceiling") << 5000 << 2;
}

void TestAgent::overLimitIsRefusedBeforeForking()
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

void TestAgent::malformedPlanIsAnError_data()
{
    QTest::addColumn<QStringList>("plan");
    QTest::addColumn<QString>("problem"); // must appear in the error message
    const QString root = u"process 0 r -1 idle"_s;
    const QStringList head = planHeader(u"bad"_s);
    QTest::newRow("magic") << QStringList{u"PROCLAB-PLAM 1"_s, u"run t"_s, root}
                           << u"expected 'PROCLAB-PLAN 1'"_s;
    QTest::newRow("version") << QStringList{u"PROCLAB-PLAN 2"_s, u"run t"_s, root}
                             << u"unsupported plan version '2'"_s;
    QTest::newRow("no run") << QStringList{u"PROCLAB-PLAN 1"_s, root} << u"missing 'run"_s;
    QTest::newRow("bad tag") << QStringList{u"PROCLAB-PLAN 1"_s, u"run Big"_s, root}
                             << u"run <tag>"_s;
    QTest::newRow("unknown line") << head + QStringList{root, u"fork 3"_s} << u"unknown line"_s;
    QTest::newRow("no process") << head << u"no process"_s;
    QTest::newRow("two roots") << head + QStringList{root, u"process 1 s -1 idle"_s}
                               << u"exactly one process must have parent -1, found 2"_s;
    QTest::newRow("own parent") << head + QStringList{u"process 0 r 0 idle"_s}
                                << u"does not come before it"_s;
    QTest::newRow("child first") << head + QStringList{root, u"process 1 a 2 idle"_s,
                                                       u"process 2 b 0 idle"_s}
                                 << u"does not come before it"_s;
    QTest::newRow("index gap") << head + QStringList{root, u"process 2 a 0 idle"_s}
                               << u"out of order"_s;
    QTest::newRow("behaviour") << head + QStringList{root, u"process 1 x 0 dance"_s}
                               << u"unknown behaviour 'dance'"_s;
    QTest::newRow("key") << head + QStringList{u"process 0 r -1 sleep secs=3"_s}
                         << u"unknown process key 'secs'"_s;
    QTest::newRow("number") << head + QStringList{u"process 0 r -1 sleep ms=3s"_s}
                            << u"not an integer"_s;
    QTest::newRow("negative") << head + QStringList{u"process 0 r -1 sleep ms=-1"_s}
                              << u"must not be negative"_s;
    QTest::newRow("id") << head + QStringList{u"process 0 r/1 -1 idle"_s}
                        << u"invalid process id"_s;
    QTest::newRow("duplicate") << head + QStringList{root, u"process 1 r 0 idle"_s}
                               << u"duplicate process id 'r'"_s;
    QTest::newRow("channel late") << head + QStringList{root, u"channel 0 c pipe"_s}
                                  << u"channels must come before processes"_s;
    QTest::newRow("channel kind") << head + QStringList{u"channel 0 c tube"_s, root}
                                  << u"unknown channel kind 'tube'"_s;
    QTest::newRow("no channel") << head + QStringList{u"process 0 r -1 produce count=3"_s}
                                << u"needs channel"_s;
    QTest::newRow("missing channel")
        << head + QStringList{u"process 0 r -1 consume channel=3"_s} << u"does not exist"_s;
    QTest::newRow("crash stop") << head + QStringList{u"process 0 r -1 crash signal=19"_s}
                                << u"crash needs a signal that ends the process"_s;
}

void TestAgent::malformedPlanIsAnError()
{
    QFETCH(QStringList, plan);
    QFETCH(QString, problem);
    AgentRun run;
    QVERIFY(run.start(plan));
    run.command(u"go"_s);
    QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
    QCOMPARE(run.process().exitCode(), 2);
    QCOMPARE(run.events().size(), 1);
    const auto error = run.event(u"error"_s);
    QVERIFY(error);
    QVERIFY2(error->value("message"_L1).toString().contains(problem), qPrintable(run.allOutput()));
    QVERIFY2(error->value("message"_L1).toString().startsWith(u"plan"_s),
             qPrintable(run.allOutput()));
    QCOMPARE(shmOfAgent(run.agentPid()), QStringList());
}

void TestAgent::statsPageNamesEveryProcess()
{
    using proclab::wire::StatsPage;
    AgentRun run;
    QVERIFY(run.start(planOf(
        u"stats"_s, {{u"root"_s, -1, u"idle"_s}, {u"a"_s, 0, u"idle"_s}, {u"b"_s, 0, u"idle"_s}})));
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

void TestAgent::controllerGoneBeforeStartForksNothing()
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

void TestAgent::stopEndsPausedAndBusyProcesses()
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

namespace {

// A /proc/PID/status signal mask field ("SigIgn", "SigCgt", "SigBlk") as bits, or -1.
qint64 statusMask(qint64 pid, const char *field)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().toLongLong(nullptr, 16);
    return -1;
}

} // namespace

void TestAgent::runProcessesStartWithDefaultSignals()
{
    // The agent ignores SIGPIPE and blocks SIGCHLD, SIGTERM, SIGINT and SIGHUP for itself, and
    // inherits through exec() whatever its starter ignored (here SIGUSR2, as nohup does with
    // SIGHUP). A process of the run starts like an ordinary one: nothing ignored, caught or
    // blocked, at every level of the tree, though it resets only what was changed.
    struct sigaction ignore
    {};
    ignore.sa_handler = SIG_IGN;
    struct sigaction before
    {};
    QCOMPARE(sigaction(SIGUSR2, &ignore, &before), 0);
    const auto restore = qScopeGuard([&before] { sigaction(SIGUSR2, &before, nullptr); });
    AgentRun run;
    QVERIFY(run.start(planOf(
        u"signals"_s,
        {{u"root"_s, -1, u"idle"_s}, {u"a"_s, 0, u"sleep ms=600000"_s}, {u"b"_s, 1, u"idle"_s}})));
    run.command(u"go"_s);
    QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), 3, kTimeoutMs);
    const qint64 usr2 = qint64(1) << (SIGUSR2 - 1);
    const qint64 pipe = qint64(1) << (SIGPIPE - 1);
    // The starting point the processes must not inherit.
    QCOMPARE(statusMask(run.agentPid(), "SigIgn") & (usr2 | pipe), usr2 | pipe);
    QVERIFY(statusMask(run.agentPid(), "SigBlk") > 0);
    for (const QString &node : {u"root"_s, u"a"_s, u"b"_s}) {
        const qint64 pid = run.pidOf(node);
        QVERIFY(pid > 0);
        // Set up in the first instructions after fork(): once "spawned" is out, it is done.
        for (const char *field : {"SigIgn", "SigCgt", "SigBlk"})
            QVERIFY2(statusMask(pid, field) == 0,
                     qPrintable(u"%1 (pid %2): %3 %4"_s.arg(node).arg(pid).arg(
                         QLatin1String(field), QString::number(statusMask(pid, field), 16))));
    }
    stopAndVerify(run);
}

void TestAgent::sigtermToTheAgentIsAStop_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestAgent::sigtermToTheAgentIsAStop()
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

void TestAgent::eofOnStdinEndsEverything()
{
    AgentRun run;
    QVERIFY(run.start(planOf(
        u"eof"_s,
        {{u"root"_s, -1, u"idle"_s}, {u"a"_s, 0, u"cpu ms=600000"_s}, {u"b"_s, 1, u"no-wait"_s}})));
    run.command(u"go"_s);
    QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), 3, kTimeoutMs);
    run.closeInput();
    QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
    QCOMPARE(run.process().exitCode(), 0);
    verifyNothingLeft(run);
}

void TestAgent::sigkilledAgentLeavesNoProcess_data()
{
    QTest::addColumn<QString>("pause");
    QTest::newRow("one paused") << u"paused"_s;
    QTest::newRow("all paused") << u"*"_s;
}

void TestAgent::sigkilledAgentLeavesNoProcess()
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
            QTRY_COMPARE_WITH_TIMEOUT(procInfo(pid).value_or(ProcInfo{}).state, 'T', kTimeoutMs);
    const QList<qint64> pids = run.spawnedPids();
    QCOMPARE(::kill(pid_t(run.agentPid()), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
    for (const qint64 pid : pids) {
        QTRY_VERIFY2_WITH_TIMEOUT((waitpid(pid_t(pid), nullptr, WNOHANG), !procInfo(pid)),
                                  qPrintable(u"process %1 outlived its agent"_s.arg(pid)),
                                  kTimeoutMs);
    }
    // A SIGKILLed agent cannot unlink its stats page; `proclab-agent sweep` removes it (or
    // any other agent starting meanwhile: each sweeps first).
    auto removeLeftovers = qScopeGuard([&run] {
        for (const QString &name : shmOfAgent(run.agentPid()))
            QFile::remove(u"/dev/shm/"_s + name);
    });
    QProcess sweep;
    sweep.start(qEnvironmentVariable("PROCLAB_AGENT"), {u"sweep"_s});
    QVERIFY(sweep.waitForFinished(kTimeoutMs));
    QCOMPARE(sweep.exitCode(), 0);
    QCOMPARE(shmOfAgent(run.agentPid()), QStringList());
}
