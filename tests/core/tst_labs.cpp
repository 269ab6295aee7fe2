// SPDX-License-Identifier: GPL-3.0-or-later
// The two labs with the real agent. Speed-up: the parts the workers send add up to the
// count a sieve in this test makes independently, and to the combiner's serial reference,
// for several numbers of workers, and a sweep gives a speed-up figure for every K (no
// threshold: the machine is shared). Cluster: a worker killed under load is replaced by a
// new process (seen in /proc), every request is served or failed, and afterwards nothing
// runs and nothing listens.

#include "core/bench/sweep.h"
#include "core/run/runcontroller.h"
#include "core/run/runsummary.h"
#include "core/scenario/scenarioio.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <unistd.h>
#include <vector>

using namespace proclab;
using namespace proclab::test;

namespace {

constexpr int kTimeoutMs = 120000; // generous: two CPUs shared by several builds

// Primes below n by the sieve of Eratosthenes: a different method from the agent's trial
// division, so a shared mistake cannot make both agree.
qint64 sievePrimesBelow(qint64 n)
{
    if (n < 3)
        return 0;
    std::vector<bool> composite(size_t(n), false);
    qint64 count = 0;
    for (qint64 i = 2; i < n; ++i) {
        if (composite[size_t(i)])
            continue;
        ++count;
        for (qint64 j = i * i; j < n; j += i)
            composite[size_t(j)] = true;
    }
    return count;
}

ProcessSpec *find(Scenario &s, const QString &id)
{
    for (ProcessSpec &p : s.processes)
        if (p.id == id)
            return &p;
    return nullptr;
}

// Ports in LISTEN state on 127.0.0.1 from /proc/net/tcp (hex "0100007F:PORT ... 0A").
QList<int> loopbackListeningPorts()
{
    QFile f(QStringLiteral("/proc/net/tcp"));
    QList<int> ports;
    if (!f.open(QIODevice::ReadOnly))
        return ports;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> cols = line.simplified().split(' ');
        if (cols.size() < 4 || cols[3] != "0A")
            continue;
        const QList<QByteArray> local = cols[1].split(':');
        if (local.size() == 2 && local[0] == "0100007F")
            ports.append(local[1].toInt(nullptr, 16));
    }
    return ports;
}

} // namespace

class TestLabs : public QObject
{
    Q_OBJECT
private slots:
    void combinedEqualsSerial_data();
    void combinedEqualsSerial();
    void sweepGivesSpeedUpForEveryK();
    void clusterWorkerKilledUnderLoad();
    void clusterWorkerKilledFromOutside();
    void labRulesCheckedBeforeForking();
    void cliReportsTheLab();
};

void TestLabs::combinedEqualsSerial_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<qint64>("n");
    QTest::newRow("K=1") << 1 << qint64(100000);
    QTest::newRow("K=2") << 2 << qint64(250000);
    QTest::newRow("K=3") << 3 << qint64(250007);
    QTest::newRow("K=7, n not a multiple of the chunk") << 7 << qint64(123457);
}

void TestLabs::combinedEqualsSerial()
{
    QFETCH(int, workers);
    QFETCH(qint64, n);
    Scenario base;
    QString error;
    QVERIFY2(loadExample(QStringLiteral("speedup"), &base, &error), qPrintable(error));
    find(base, QStringLiteral("main"))->behaviour.n = n;
    const auto s =
        Sweep::apply(base, Sweep::Parameter::Processes, QStringLiteral("worker"), workers, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->processes.size(), workers + 1);

    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(*s));
    QVERIFY(finished.wait(kTimeoutMs));
    const RunSummary summary = RunSummary::fromRun(run);
    QVERIFY(summary.completed);
    QVERIFY(summary.lab.speedUp);
    const LabSummary::SpeedUp &r = *summary.lab.speedUp;
    QCOMPARE(r.workers, workers);
    QCOMPARE(r.parts, workers);
    QCOMPARE(r.n, n);
    const qint64 expected = sievePrimesBelow(n);
    QCOMPARE(r.combined, expected);
    QCOMPARE(r.serial, expected);
    QVERIFY(r.parallelMs > 0);
    QVERIFY(r.serialMs > 0);
    // Every worker was forked by the combiner itself and ended cleanly.
    const int mainPid = rec.pidOf(QStringLiteral("main"));
    for (const RunSummary::Process &p : summary.processes) {
        QVERIFY2(p.exitCode && *p.exitCode == 0, qPrintable(p.id));
        if (p.id != QLatin1String("main"))
            QCOMPARE(p.ppid, mainPid);
    }
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
}

void TestLabs::sweepGivesSpeedUpForEveryK()
{
    Scenario base;
    QString error;
    QVERIFY2(loadExample(QStringLiteral("speedup"), &base, &error), qPrintable(error));
    find(base, QStringLiteral("main"))->behaviour.n = 200000;
    const int cpus = int(sysconf(_SC_NPROCESSORS_ONLN));
    QList<int> ks;
    for (int k = 1; k <= 2 * cpus; ++k)
        ks.append(k);
    Sweep sweep;
    QSignalSpy done(&sweep, &Sweep::finished);
    QVERIFY(sweep.start(base, Sweep::Parameter::Processes, QStringLiteral("worker"), ks));
    QVERIFY(done.wait(kTimeoutMs * 2));
    QCOMPARE(sweep.points().size(), ks.size());
    const qint64 expected = sievePrimesBelow(200000);
    for (const Sweep::Point &point : sweep.points()) {
        QVERIFY2(point.record.lab.speedUp, qPrintable(point.record.label));
        const LabSummary::SpeedUp &r = *point.record.lab.speedUp;
        QCOMPARE(r.workers, point.value);
        QCOMPARE(r.combined, expected);
        QVERIFY2(r.speedUp() > 0, qPrintable(point.record.label));
    }
}

void TestLabs::clusterWorkerKilledUnderLoad()
{
    Scenario s;
    QString error;
    QVERIFY2(loadExample(QStringLiteral("cluster"), &s, &error), qPrintable(error));
    Behaviour &load = find(s, QStringLiteral("load"))->behaviour;
    // Paced, so the run lasts about two seconds after the kill: time to see the
    // replacement in /proc while it serves.
    load.count = 1200;
    load.rate = 400;
    load.killAt = 200;

    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    const auto restarts = [&rec] {
        QList<RunEvent> out;
        for (const RunEvent &e : rec.of(RunEvent::Kind::Lab))
            if (e.data.value(QLatin1String("lab")).toString() == QLatin1String("restart"))
                out.append(e);
        return out;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!restarts().isEmpty() || !finished.isEmpty(), kTimeoutMs);
    QVERIFY2(!restarts().isEmpty(), "no replacement was forked");
    const RunEvent restart = restarts().first();
    const int newPid = restart.data.value(QLatin1String("pid")).toInt();
    const int oldPid = restart.data.value(QLatin1String("old_pid")).toInt();
    QVERIFY(newPid > 0);
    QVERIFY(newPid != oldPid);
    ProcFacts facts;
    if (finished.isEmpty() && procFacts(newPid, &facts)) {
        QCOMPARE(facts.ppid, rec.pidOf(QStringLiteral("master")));
        QCOMPARE(facts.pgid, run.agentPid());
    } else {
        QWARN("the run ended before the replacement could be seen in /proc");
    }
    QVERIFY(finished.wait(kTimeoutMs));

    const RunSummary summary = RunSummary::fromRun(run);
    QVERIFY(summary.completed);
    QVERIFY(summary.lab.cluster);
    const LabSummary::Cluster &c = *summary.lab.cluster;
    QCOMPARE(c.sent, load.count);
    QCOMPARE(c.sent, c.served + c.failed);
    QVERIFY(c.served > load.killAt); // the other workers kept serving
    // The worker was killed holding a connection it had accepted (its greeting named it)
    // and not answered: that request failed, as the load generator saw the connection end.
    QVERIFY2(c.failed >= 1, "the kill landed between requests: nothing was in flight");
    QCOMPARE(c.killed.size(), 1);
    QCOMPARE(c.killed.first().pid, oldPid);
    QCOMPARE(c.restarts.size(), 1);
    qint64 byWorkers = 0;
    bool replacementServed = false;
    for (const LabSummary::Share &sh : c.shares) {
        byWorkers += sh.served;
        replacementServed = replacementServed || sh.pid == newPid;
    }
    QCOMPARE(byWorkers, c.served);
    QVERIFY2(replacementServed, "the replacement never answered a request");
    // The replaced node shows a second "spawned" with the new pid, forked by the master.
    const QList<RunEvent> spawns = rec.of(RunEvent::Kind::Spawned, restart.node);
    QCOMPARE(spawns.size(), 2);
    QCOMPARE(spawns.last().pid, newPid);
    QCOMPARE(spawns.last().ppid, rec.pidOf(QStringLiteral("master")));
    // Only the killed worker died by a signal: the master's SIGTERM is a graceful shutdown.
    for (const RunEvent &e : rec.of(RunEvent::Kind::Exited)) {
        if (e.pid == oldPid)
            QCOMPARE(e.signal, std::optional<int>(SIGKILL));
        else
            QVERIFY2(!e.signal && e.code == 0, qPrintable(e.node));
    }

    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
    QVERIFY(!pidExists(newPid) || !procFacts(newPid, &facts) || facts.pgid != run.agentPid());
    QVERIFY2(c.port > 0, "the load generator reported no port");
    QVERIFY2(!loopbackListeningPorts().contains(c.port), "something still listens on the port");
}

void TestLabs::clusterWorkerKilledFromOutside()
{
    Scenario s;
    QString error;
    QVERIFY2(loadExample(QStringLiteral("cluster"), &s, &error), qPrintable(error));
    Behaviour &load = find(s, QStringLiteral("load"))->behaviour;
    load.count = 1600;
    load.rate = 400;
    load.killAt = 0; // the test kills, as a user does from the process table
    RunController run;
    RunRecorder rec(run);
    QSignalSpy finished(&run, &RunController::finished);
    QVERIFY(run.start(s));
    // Kill once the load has started (the load generator counts its answers as items).
    const auto answered = [&rec] {
        if (rec.snapshots.isEmpty())
            return quint64(0);
        for (const ProcessSample &p : rec.snapshots.last().processes)
            if (p.node == QLatin1String("load"))
                return p.items;
        return quint64(0);
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered() > 100 || !finished.isEmpty(), kTimeoutMs);
    QVERIFY(finished.isEmpty());
    const int victim = rec.pidOf(QStringLiteral("worker_2"));
    run.killProcess(QStringLiteral("worker_2"), SIGKILL);
    QVERIFY(finished.wait(kTimeoutMs));
    const RunSummary summary = RunSummary::fromRun(run);
    QVERIFY(summary.lab.cluster);
    const LabSummary::Cluster &c = *summary.lab.cluster;
    QCOMPARE(c.sent, c.served + c.failed);
    QCOMPARE(c.restarts.size(), 1);
    QCOMPARE(c.restarts.first().node, QStringLiteral("worker_2"));
    QCOMPARE(c.restarts.first().oldPid, victim);
    QVERIFY(c.restarts.first().pid != victim);
    QCOMPARE(runLeftovers(run.agentPid(), rec), QString());
    QVERIFY(!loopbackListeningPorts().contains(c.port));
}

void TestLabs::labRulesCheckedBeforeForking()
{
    Scenario s;
    QString error;
    QVERIFY2(loadExample(QStringLiteral("cluster"), &s, &error), qPrintable(error));
    find(s, QStringLiteral("master"))->behaviour.restarts = 1000;
    s.settings.maxProcesses = 100;
    QList<ScenarioError> errors = validateScenario(s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QStringLiteral("$.processes[0].behaviour.restarts"));
    QVERIFY2(errors.first().message.contains(QLatin1String("max_processes")),
             qPrintable(errors.first().message));
    RunController run;
    QSignalSpy failed(&run, &RunController::failed);
    QVERIFY(!run.start(s) || failed.wait(kTimeoutMs));

    Scenario p;
    QVERIFY2(loadExample(QStringLiteral("speedup"), &p, &error), qPrintable(error));
    find(p, QStringLiteral("worker_3"))->parent = QStringLiteral("worker");
    errors = validateScenario(p);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QStringLiteral("$.processes[3].parent"));
    QVERIFY2(errors.first().message.contains(QLatin1String("\"combine\"")),
             qPrintable(errors.first().message));
}

void TestLabs::cliReportsTheLab()
{
    Scenario s;
    QString error;
    QVERIFY2(loadExample(QStringLiteral("speedup"), &s, &error), qPrintable(error));
    find(s, QStringLiteral("main"))->behaviour.n = 150000;
    const QString file = QDir::temp().filePath(
        QStringLiteral("tst_labs_%1.proclab.json").arg(QCoreApplication::applicationPid()));
    QVERIFY(saveScenarioFile(s, file, &error));
    const CliResult r = runCli({QStringLiteral("run"), file, QStringLiteral("--json")});
    QFile::remove(file);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject lab =
        QJsonDocument::fromJson(r.out).object().value(QLatin1String("lab")).toObject();
    const QJsonObject su = lab.value(QLatin1String("speedup")).toObject();
    QCOMPARE(su.value(QLatin1String("combined")).toInteger(), sievePrimesBelow(150000));
    QCOMPARE(su.value(QLatin1String("serial_reference")).toInteger(), sievePrimesBelow(150000));
    QVERIFY(su.value(QLatin1String("speedup")).toDouble() > 0);
    QCOMPARE(su.value(QLatin1String("workers")).toInt(), 4);
}

QTEST_GUILESS_MAIN(TestLabs)
#include "tst_labs.moc"
