// SPDX-License-Identifier: GPL-3.0-or-later
// Zombies, orphans, crashes, exit order, kill and pause, as the kernel shows them; and the
// plans core writes for the shipped examples.
#include "tst_agent_suite.h"

#include <QTest>

#include "core/run/planwriter.h"
#include "core/scenario/scenarioio.h"

#include <QDir>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

void TestAgent::noWaitParentLeavesAZombie()
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
    QCOMPARE(run.event(u"exited"_s, u"nw"_s)->value("reaper"_L1).toInteger(), run.pidOf(u"root"_s));
    stopAndVerify(run);
}

void TestAgent::exitEarlyOrphanIsReparented()
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

void TestAgent::killOneNodeOthersCarryOn()
{
    AgentRun run;
    QVERIFY(run.start(planOf(
        u"killone"_s,
        {{u"root"_s, -1, u"idle"_s}, {u"a"_s, 0, u"idle"_s}, {u"b"_s, 0, u"cpu ms=600000"_s}})));
    run.command(u"go"_s);
    QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), 3, kTimeoutMs);
    run.command(u"kill a 9"_s);
    QTRY_VERIFY_WITH_TIMEOUT(run.event(u"exited"_s, u"a"_s).has_value(), kTimeoutMs);
    QCOMPARE(run.event(u"killed"_s, u"a"_s)->value("signal"_L1).toInt(), 9);
    QCOMPARE(run.event(u"exited"_s, u"a"_s)->value("signal"_L1).toInt(), 9);
    QCOMPARE(run.event(u"exited"_s, u"a"_s)->value("reaper"_L1).toInteger(), run.pidOf(u"root"_s));
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

void TestAgent::pauseAndResume()
{
    AgentRun run;
    QVERIFY(run.start(planOf(
        u"pause"_s,
        {{u"root"_s, -1, u"idle"_s}, {u"a"_s, 0, u"idle"_s}, {u"b"_s, 0, u"cpu ms=600000"_s}})));
    run.command(u"go"_s);
    QTRY_COMPARE_WITH_TIMEOUT(run.count(u"spawned"_s), 3, kTimeoutMs);
    const auto state = [&](const QString &node) {
        return procInfo(run.pidOf(node)).value_or(ProcInfo{}).state;
    };
    run.command(u"pause a"_s);
    QTRY_COMPARE_WITH_TIMEOUT(state(u"a"_s), 'T', kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(run.event(u"paused"_s, u"a"_s).has_value(), kTimeoutMs);
    QVERIFY(state(u"b"_s) != 'T');
    run.command(u"resume a"_s);
    QTRY_VERIFY_WITH_TIMEOUT(state(u"a"_s) != 'T', kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(run.event(u"resumed"_s, u"a"_s).has_value(), kTimeoutMs);
    run.command(u"pause *"_s);
    for (const QString &node : {u"root"_s, u"a"_s, u"b"_s})
        QTRY_COMPARE_WITH_TIMEOUT(state(node), 'T', kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(run.event(u"paused"_s, u"*"_s).has_value(), kTimeoutMs);
    run.command(u"resume *"_s);
    for (const QString &node : {u"root"_s, u"a"_s, u"b"_s})
        QTRY_VERIFY_WITH_TIMEOUT(state(node) != 'T', kTimeoutMs);
    stopAndVerify(run);
}

void TestAgent::pausedOrphanStaysPaused()
{
    AgentRun run;
    QVERIFY(run.start(
        planOf(u"porphan"_s,
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

void TestAgent::crashOrphansItsChildren()
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

void TestAgent::exitWaitsForItsChildren()
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

// The plans core writes for the shipped examples: accepted, and the ones without
// channels run to their natural end, all at once, leaving nothing.
void TestAgent::shippedExamplesRun()
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
        // With channels, the plan and the channels' creation are checked here (the IPC side's
        // own tests run them): "ready", then EOF before "go" removes everything again.
        QTRY_VERIFY_WITH_TIMEOUT(!run->events().isEmpty(), kTimeoutMs);
        QVERIFY2(run->events().first().value("ev"_L1).toString() == u"ready"_s,
                 qPrintable(file + u": "_s + run->allOutput()));
        run->closeInput();
        QTRY_VERIFY_WITH_TIMEOUT(run->finished(), kTimeoutMs);
        QCOMPARE(run->process().exitCode(), 0);
        QCOMPARE(run->count(u"spawned"_s), 0);
        QCOMPARE(shmOfAgent(run->agentPid()), QStringList());
    }
    QVERIFY(runs.size() >= 4);
    for (size_t i = 0; i < runs.size(); ++i) {
        AgentRun &run = *runs[i];
        // Every example at once, fan-64's 16 CPU-seconds among them: on a loaded 2-core
        // machine this took over 60 s, so the limit only catches a hang.
        QTRY_VERIFY2_WITH_TIMEOUT(run.finished(), qPrintable(names[i]), 300000);
        QCOMPARE(run.process().exitCode(), 0);
        QVERIFY2(run.count(u"error"_s) == 0, qPrintable(names[i] + run.allOutput()));
        QCOMPARE(run.count(u"finished"_s), 1);
        QCOMPARE(run.count(u"exited"_s), run.count(u"spawned"_s));
        verifyNothingLeft(run);
        if (names[i].startsWith(u"orphan"_s))
            QVERIFY(run.event(u"reparented"_s, u"child"_s));
        if (names[i].startsWith(u"fork-exec"_s))
            QCOMPARE(run.event(u"exec"_s, u"child"_s)->value("program"_L1).toString(),
                     u"sleeper"_s);
        if (names[i].startsWith(u"zombie"_s))
            QCOMPARE(run.event(u"exited"_s, u"child"_s)->value("reaper"_L1).toInteger(),
                     run.agentPid());
    }
}
