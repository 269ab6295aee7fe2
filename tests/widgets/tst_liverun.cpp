// SPDX-License-Identifier: GPL-3.0-or-later
// The run view with real runs: the process tree model under QAbstractItemModelTester
// while a run updates it, live pids on the diagram, the live process menu, and Stop
// leaving nothing behind (checked in /proc and /dev/shm).

#include "core/document/scenariodocument.h"
#include "core/run/runcontroller.h"
#include "core/scenario/autolayout.h"
#include "widgets/charts/chartspanel.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/processitem.h"
#include "widgets/runview/eventlogwidget.h"
#include "widgets/runview/liveprocessmenu.h"
#include "widgets/runview/processtreemodel.h"
#include "widgets/runview/runpresenter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <unistd.h>

#include "testsupport.h"

using namespace proclab;

namespace {

constexpr int kTimeoutMs = 30000;

Scenario threeProcesses()
{
    Scenario s;
    s.name = u"three"_qs;
    for (const auto &[id, parent] :
         {std::pair{u"root"_qs, QString()}, {u"a"_qs, u"root"_qs}, {u"b"_qs, u"root"_qs}}) {
        ProcessSpec p;
        p.id = id;
        p.label = id;
        p.parent = parent;
        p.behaviour.kind = BehaviourKind::Idle; // lives until stopped
        s.processes.append(p);
    }
    AutoLayout::layout(s, AutoLayout::Mode::All);
    return s;
}

bool processExists(int pid)
{
    return pid > 0 && QFile::exists(u"/proc/"_qs + QString::number(pid));
}

// The state letter and ppid of a live process, from /proc/PID/stat.
QPair<QChar, int> procStat(int pid)
{
    QFile f(u"/proc/"_qs + QString::number(pid) + u"/stat"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return {QChar(), 0};
    const QString text = QString::fromLatin1(f.readAll());
    const QStringList rest = text.mid(text.lastIndexOf(u')') + 2).split(u' ');
    return {rest.value(0).at(0), rest.value(1).toInt()};
}

// Field `n` (1-based, as in proc(5)) of /proc/PID/stat; 0 if the process is gone.
int statField(int pid, int n)
{
    QFile f(u"/proc/"_qs + QString::number(pid) + u"/stat"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QString text = QString::fromLatin1(f.readAll());
    // Fields after "pid (comm) " start with the state, field 3.
    return text.mid(text.lastIndexOf(u')') + 2).split(u' ').value(n - 3).toInt();
}

int sessionOf(int pid)
{
    return statField(pid, 6);
}

bool autogroupsEnabled()
{
    QFile f(u"/proc/sys/kernel/sched_autogroup_enabled"_qs);
    return f.open(QIODevice::ReadOnly) && f.readAll().trimmed() == "1";
}

// "/autogroup-12 nice 0" -> "/autogroup-12"; empty if unknown.
QByteArray autogroupOf(int pid)
{
    QFile f(u"/proc/"_qs + QString::number(pid) + u"/autogroup"_qs);
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0) : QByteArray();
}

QStringList shmOf(int agentPid)
{
    return QDir(u"/dev/shm"_qs)
        .entryList({u"proclab-"_qs + QString::number(agentPid) + u"-*"_qs}, QDir::Files);
}

} // namespace

class TestLiveRun : public QObject
{
    Q_OBJECT

private slots:
    void processTreeModelFollowsARealRun()
    {
        ProcessTreeModel model;
        // Attached before anything happens, so every change is checked.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunController run;
        model.attach(&run);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy snapshots(&run, &RunController::snapshotReady);
        QVERIFY(run.start(threeProcesses()));
        auto pidOf = [&](const QString &node) {
            return model.data(model.indexOf(node, ProcessTreeModel::PidColumn)).toInt();
        };
        QTRY_VERIFY_WITH_TIMEOUT(pidOf(u"root"_qs) > 0 && pidOf(u"a"_qs) > 0 && pidOf(u"b"_qs) > 0,
                                 kTimeoutMs);
        // The agent heads the table: it forked the root (and would adopt any orphan).
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex agentRow = model.index(0, 0);
        QCOMPARE(model.data(model.index(0, ProcessTreeModel::PidColumn)).toInt(), run.agentPid());
        QCOMPARE(model.rowCount(agentRow), 1);
        const QModelIndex root = model.index(0, 0, agentRow);
        QCOMPARE(model.data(root).toString(), u"root"_qs);
        QCOMPARE(model.data(model.indexOf(u"root"_qs, ProcessTreeModel::PpidColumn)).toInt(),
                 run.agentPid());
        QCOMPARE(model.rowCount(root), 2);
        // The table shows what /proc shows.
        for (const QString &node : {u"a"_qs, u"b"_qs}) {
            QVERIFY(processExists(pidOf(node)));
            QCOMPARE(procStat(pidOf(node)).second, pidOf(u"root"_qs));
            QCOMPARE(model.data(model.indexOf(node, ProcessTreeModel::PpidColumn)).toInt(),
                     pidOf(u"root"_qs));
        }
        // From now on rows are updated in place: more snapshots, no reset.
        const int resetsSoFar = int(resets.size());
        const int snapshotsSoFar = int(snapshots.size());
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= snapshotsSoFar + 3, kTimeoutMs);
        QCOMPARE(int(resets.size()), resetsSoFar);
        // A state change (SIGSTOP) reaches the row through dataChanged, not a reset.
        changed.clear();
        run.pauseProcess(u"a"_qs);
        const QModelIndex aState = model.indexOf(u"a"_qs, ProcessTreeModel::StateColumn);
        QTRY_VERIFY_WITH_TIMEOUT(procStat(pidOf(u"a"_qs)).first == u'T', kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(model.data(aState).toString().contains(u"stopped"_qs), kTimeoutMs);
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
            return args.at(0).toModelIndex().row() == aState.row() &&
                   args.at(0).toModelIndex().parent() == aState.parent();
        }));
        QCOMPARE(int(resets.size()), resetsSoFar);
        run.resumeProcess(u"a"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!model.data(aState).toString().contains(u"stopped"_qs),
                                 kTimeoutMs);

        const int agent = run.agentPid();
        const QList<int> pids = {pidOf(u"root"_qs), pidOf(u"a"_qs), pidOf(u"b"_qs)};
        run.stop();
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunController::State::Finished, kTimeoutMs);
        // The rows stay (the run's end is part of the lesson) and show the ends: a and b under
        // root, or under the agent if root ended first and the agent adopted them.
        QCOMPARE(model.rowCount(model.indexOf(u"root"_qs)) + model.rowCount(model.index(0, 0)) - 1,
                 2);
        for (int pid : pids)
            QVERIFY2(!processExists(pid), qPrintable(QString::number(pid)));
        QVERIFY(shmOf(agent).isEmpty());
    }

    void editorShowsLivePidsAndStopLeavesNothing()
    {
        ScenarioDocument document;
        DiagramScene scene(&document);
        DiagramView view(&scene);
        view.show();
        RunController run;
        RunPresenter presenter(&run, &document, &scene);
        const Scenario scenario = threeProcesses();
        document.reset(scenario);

        QVERIFY(run.start(scene.scenario()));
        QVERIFY(scene.isLocked());
        auto pid = [&](const QString &id) { return scene.processItem(id)->livePid(); };
        QTRY_VERIFY_WITH_TIMEOUT(pid(u"root"_qs) > 0 && pid(u"a"_qs) > 0 && pid(u"b"_qs) > 0,
                                 kTimeoutMs);
        QList<int> pids;
        for (const QString &id : {u"root"_qs, u"a"_qs, u"b"_qs}) {
            QVERIFY(processExists(pid(id)));
            pids.append(pid(id));
            QVERIFY(scene.processItem(id)->toolTip().contains(QString::number(pid(id))));
        }
        QCOMPARE(procStat(pid(u"a"_qs)).second, pid(u"root"_qs));
        QCOMPARE(procStat(pid(u"b"_qs)).second, pid(u"root"_qs));
        // Locked: no edit goes through, and running changed nothing in the diagram.
        QVERIFY(scene.addNode(NodeKind::Process, QPointF(500, 500)).isEmpty());
        QCOMPARE(scene.scenario(), scenario);

        const int agent = run.agentPid();
        run.stop();
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunController::State::Finished, kTimeoutMs);
        QVERIFY(!scene.isLocked());
        for (int p : pids)
            QVERIFY2(!processExists(p), qPrintable(QString::number(p)));
        QVERIFY(!processExists(agent) || procStat(agent).first == u'Z');
        QVERIFY(shmOf(agent).isEmpty());
        QCOMPARE(scene.scenario(), scenario);
        // The final states stay visible until the next edit, which clears them.
        scene.addNode(NodeKind::Process, QPointF(600, 0));
        QCOMPARE(scene.processItem(u"root"_qs)->livePid(), 0);
    }

    void liveMenuKillsOneProcessOnly()
    {
        RunController run;
        EventLogWidget log;
        log.attach(&run);
        QVERIFY(run.start(threeProcesses()));
        auto sampleOf = [&](const QString &node) {
            for (const ProcessSample &s : run.lastSnapshot().processes) {
                if (s.node == node)
                    return s;
            }
            return ProcessSample{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(sampleOf(u"a"_qs).pid > 0 && sampleOf(u"b"_qs).pid > 0,
                                 kTimeoutMs);
        const int a = sampleOf(u"a"_qs).pid, b = sampleOf(u"b"_qs).pid;
        {
            LiveProcessMenu menu(&run, u"b"_qs);
            QVERIFY(menu.killAction()->isEnabled());
            QVERIFY(!menu.resumeAction()->isEnabled());
            menu.killAction()->trigger();
        }
        // b is gone (reaped by root, which idles and reaps); a carries on.
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(b), kTimeoutMs);
        QVERIFY(processExists(a));
        QCOMPARE(procStat(a).second, sampleOf(u"root"_qs).pid);
        QTRY_VERIFY_WITH_TIMEOUT(sampleOf(u"b"_qs).exitSignal.value_or(0) == 9, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < log.entryCount(); ++i) {
                    if (log.entryText(i).contains(u"killed by signal"_qs) &&
                        log.entryText(i).contains(u" b "_qs))
                        return true;
                }
                return false;
            }(),
            kTimeoutMs);
        {
            LiveProcessMenu menu(&run, u"b"_qs); // a dead process offers nothing
            QVERIFY(!menu.killAction()->isEnabled());
        }
        run.stop();
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunController::State::Finished, kTimeoutMs);
        QVERIFY(!processExists(a));
    }

    // 64 CPU-bound workers at 10 Hz through the whole GUI stack (diagram, table, charts).
    // Checked: every worker shown with its real pid and real parent, in the run's own session
    // (and scheduler autogroup), every one ends, nothing left. Measured, not asserted (the machine
    // may be loaded): the longest the event loop went without turning, printed for the record.
    void sixtyFourWorkersThroughTheWholeView()
    {
        Scenario scenario;
        QString error;
        QVERIFY2(proclab::test::loadExample(u"fan-64"_qs, &scenario, &error), qPrintable(error));
        QCOMPARE(scenario.processes.size(), 65);
        QCOMPARE(scenario.settings.sampleHz, 10);
        AutoLayout::layout(scenario, AutoLayout::Mode::All);
        ScenarioDocument document;
        DiagramScene scene(&document);
        DiagramView view(&scene);
        view.resize(1000, 700);
        view.show();
        document.reset(scenario);
        RunController run;
        RunPresenter presenter(&run, &document, &scene);
        ProcessTreeModel model;
        model.attach(&run);
        ChartsPanel charts(&run);
        charts.resize(1000, 500);
        charts.show();

        QElapsedTimer clock;
        qint64 lastTick = 0, longestGapMs = 0, ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            longestGapMs = std::max(longestGapMs, now - lastTick);
            lastTick = now;
            ++ticks;
        });
        QVERIFY(run.start(scene.scenario()));
        clock.start();
        heartbeat.start();

        auto pidOf = [&](const QString &node) {
            return model.data(model.indexOf(node, ProcessTreeModel::PidColumn)).toInt();
        };
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(scenario.processes.cbegin(), scenario.processes.cend(),
                                             [&](const ProcessSpec &p) { return pidOf(p.id) > 0; }),
                                 60000);
        const int mainPid = pidOf(u"main"_qs);
        int checkedAlive = 0;
        for (const ProcessSpec &p : std::as_const(scenario.processes)) {
            if (p.id == u"main"_qs)
                continue;
            QCOMPARE(scene.processItem(p.id)->livePid(), pidOf(p.id));
            QCOMPARE(model.data(model.indexOf(p.id, ProcessTreeModel::PpidColumn)).toInt(),
                     mainPid);
            const auto [state, ppid] = procStat(pidOf(p.id));
            if (!state.isNull() && state != u'Z') {
                QCOMPARE(ppid, mainPid);
                // The run is a session of its own (the agent's), so where the kernel groups
                // sessions for scheduling the 64 workers weigh like one program.
                QCOMPARE(sessionOf(pidOf(p.id)), run.agentPid());
                if (autogroupsEnabled())
                    QVERIFY(autogroupOf(pidOf(p.id)) != autogroupOf(getpid()));
                ++checkedAlive;
            }
        }
        // 64 CPU-bound workers share this machine's CPUs: when the last has been forked most
        // still run. None alive would mean the checks above checked nothing.
        QVERIFY2(checkedAlive > 0, "no worker was alive in /proc to check");
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunController::State::Finished, 180000);
        heartbeat.stop();
        QCOMPARE(run.failureReason(), QString());
        int exitedZero = 0;
        for (const RunEvent &e : run.events())
            if (e.kind == RunEvent::Kind::Exited && e.code && *e.code == 0)
                ++exitedZero;
        QCOMPARE(exitedZero, 65);
        for (const ProcessSpec &p : std::as_const(scenario.processes))
            QVERIFY2(!processExists(scene.processItem(p.id)->livePid()) ||
                         procStat(scene.processItem(p.id)->livePid()).first == QChar(),
                     qPrintable(p.id));
        QVERIFY(shmOf(run.agentPid()).isEmpty());
        qInfo("64 workers at 10 Hz: run %.1f s, %d checked alive in /proc, event loop turned "
              "%lld times, longest gap %lld ms",
              double(clock.elapsed()) / 1000, checkedAlive, ticks, longestGapMs);
    }
};

QTEST_MAIN(TestLiveRun)
#include "tst_liverun.moc"
