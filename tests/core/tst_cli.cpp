// SPDX-License-Identifier: GPL-3.0-or-later
// proclab-cli as a user runs it: a real binary tree whose reported ppids form the tree,
// validate's exit codes, --help and --version.

#include "core/scenario/scenarioio.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace proclab::test;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void runBinaryTreeJson();
    void runMailboxChannelsJson();
    void runHumanSummary();
    void runInvalidFileExits2();
    void durationMustBeFinite();
    void validateExitCodes();
    void benchPassesArgumentsThrough();
    void helpAndVersion();
    void unknownCommandIsAUsageError();
    void onlyDrawingLoadsTheGuiLibraries();
};

void TestCli::runBinaryTreeJson()
{
    const CliResult r =
        runCli({QStringLiteral("run"), exampleScenarioPath(QStringLiteral("binary-tree")),
                QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    const QJsonObject o = doc.object();
    QVERIFY(o.value(QLatin1String("completed")).toBool());
    QVERIFY(o.value(QLatin1String("scenario")).toString().startsWith(QLatin1String("Binary tree")));
    QVERIFY(o.value(QLatin1String("duration_s")).toDouble() > 0);

    int agent = 0;
    for (const QJsonValue &e : o.value(QLatin1String("events")).toArray())
        if (e[QLatin1String("ev")].toString() == QLatin1String("ready"))
            agent = e[QLatin1String("pid")].toInt();
    QVERIFY(agent > 0);

    const QJsonArray procs = o.value(QLatin1String("processes")).toArray();
    QCOMPARE(procs.size(), 8);
    QHash<QString, int> pidOf;
    for (const QJsonValue &p : procs)
        pidOf.insert(p[QLatin1String("id")].toString(), p[QLatin1String("pid")].toInt());
    QCOMPARE(pidOf.size(), 8);
    QSet<int> pids;
    int roots = 0;
    for (const QJsonValue &p : procs) {
        const QString id = p[QLatin1String("id")].toString();
        const int pid = p[QLatin1String("pid")].toInt();
        QVERIFY2(pid > 0, qPrintable(id));
        pids.insert(pid);
        const QJsonValue parent = p[QLatin1String("parent")];
        // The real parent pid is the pid of the scenario parent (the agent for the root).
        if (parent.isNull()) {
            ++roots;
            QCOMPARE(p[QLatin1String("ppid")].toInt(), agent);
        } else {
            QVERIFY2(pidOf.contains(parent.toString()), qPrintable(id));
            QCOMPARE(p[QLatin1String("ppid")].toInt(), pidOf.value(parent.toString()));
        }
        QCOMPARE(p[QLatin1String("exit")][QLatin1String("code")].toInt(-1), 0);
        QVERIFY(!p.toObject().contains(QLatin1String("final_ppid")));
        QCOMPARE(p[QLatin1String("fork_ppid")], p[QLatin1String("ppid")]);
        QCOMPARE(p[QLatin1String("reparented")].toBool(true), false);
        QVERIFY(p[QLatin1String("zombie_ms")].toDouble(-1) >= 0);
        QVERIFY(p[QLatin1String("ended_at_ms")].toDouble() <=
                p[QLatin1String("reaped_at_ms")].toDouble());
        for (const char *key : {"utime_ms", "stime_ms", "voluntary_ctxt_switches",
                                "nonvoluntary_ctxt_switches", "max_rss_kb"})
            QVERIFY2(p[QLatin1String(key)].isDouble(), key);
    }
    QCOMPARE(roots, 1);
    QCOMPARE(pids.size(), 8); // 8 distinct real processes
    // Binary tree of 3 fork rounds: the root forked 3, and 1 + 2 + 1 + 1 + 3 = 7 children.
    QHash<QString, int> children;
    for (const QJsonValue &p : procs)
        if (!p[QLatin1String("parent")].isNull())
            ++children[p[QLatin1String("parent")].toString()];
    QList<int> counts = children.values();
    std::sort(counts.begin(), counts.end());
    QCOMPARE(counts, (QList<int>{1, 1, 2, 3}));
    // Nothing left of the run.
    QCOMPARE(processGroupPids(agent), QList<int>());
    QCOMPARE(agentShmObjects(agent), QStringList());
}

void TestCli::runMailboxChannelsJson()
{
    const CliResult r =
        runCli({QStringLiteral("run"), exampleScenarioPath(QStringLiteral("mailbox")),
                QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const double duration = o.value(QLatin1String("duration_s")).toDouble();
    QVERIFY(duration > 0);
    const QJsonArray chans = o.value(QLatin1String("channels")).toArray();
    QCOMPARE(chans.size(), 1);
    const QJsonObject c = chans.first().toObject();
    QCOMPARE(c.value(QLatin1String("kind")).toString(), QStringLiteral("mailbox"));
    QCOMPARE(c.value(QLatin1String("produced")).toInteger(), 900); // 3 senders x 300
    QCOMPARE(c.value(QLatin1String("consumed")).toInteger(), 900);
    for (const char *key : {"lost", "duplicated", "corrupted"})
        QVERIFY2(c.value(QLatin1String(key)).toInteger(-1) == 0, key);
    // Rates are the whole run's averages, not the last (idle) sampling interval's.
    const double ips = c.value(QLatin1String("items_per_s")).toDouble();
    QVERIFY2(qAbs(ips - 900 / duration) < 1e-6 * ips + 1e-9,
             qPrintable(QStringLiteral("%1 vs %2").arg(ips).arg(900 / duration)));
    QVERIFY(c.value(QLatin1String("bytes_per_s")).toDouble() >= ips);
    for (const char *key : {"p50", "p99"})
        QVERIFY2(
            c.value(QLatin1String("latency_us")).toObject().value(QLatin1String(key)).isDouble(),
            key);
    QVERIFY(c.value(QLatin1String("waits_full")).isDouble());
    QVERIFY(c.value(QLatin1String("waits_empty")).isDouble());
    // How the mailbox split its messages: per sender and per receiver, adding up.
    const QJsonObject senders = c.value(QLatin1String("senders")).toObject();
    const QJsonObject receivers = c.value(QLatin1String("receivers")).toObject();
    QCOMPARE(senders.size(), 3);
    qint64 sent = 0, received = 0;
    for (const QJsonValue &v : senders) {
        QCOMPARE(v.toInteger(), 300);
        sent += v.toInteger();
    }
    for (const QJsonValue &v : receivers)
        received += v.toInteger();
    QVERIFY(receivers.size() >= 1);
    QCOMPARE(sent, 900);
    QCOMPARE(received, 900);
    for (const QJsonValue &p : o.value(QLatin1String("processes")).toArray()) {
        const QString id = p[QLatin1String("id")].toString();
        if (senders.contains(id))
            QCOMPARE(p[QLatin1String("sent")].toInteger(), senders.value(id).toInteger());
        if (receivers.contains(id))
            QCOMPARE(p[QLatin1String("received")].toInteger(), receivers.value(id).toInteger());
    }
}

void TestCli::runHumanSummary()
{
    const CliResult r =
        runCli({QStringLiteral("run"), exampleScenarioPath(QStringLiteral("fork-chain"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("PID"));
    QVERIFY(r.out.contains("completed"));
}

void TestCli::runInvalidFileExits2()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.proclab.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "proclab-scenario", "version": 1, "name": "x",
               "processes": [{"id": "a", "parent": "nobody", "behaviour": {"kind": "idle"}}]})");
    f.close();
    const CliResult r = runCli({QStringLiteral("run"), file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty()); // nothing ran, nothing to report
    QVERIFY2(r.err.contains(file.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("$.processes[0].parent"), r.err.constData());
}

void TestCli::durationMustBeFinite()
{
    // nan compares false with everything, so a range check alone let it through as 1 s.
    for (const char *bad : {"nan", "NaN", "inf", "-inf", "0", "-1", "86401", "x"}) {
        const CliResult r =
            runCli({QStringLiteral("run"), exampleScenarioPath(QStringLiteral("binary-tree")),
                    QStringLiteral("--duration"), QString::fromLatin1(bad)});
        QVERIFY2(r.exitCode == 64, bad);
        QVERIFY2(r.err.contains("--duration"), r.err.constData());
        QVERIFY(r.out.isEmpty()); // nothing ran
    }
}

void TestCli::validateExitCodes()
{
    CliResult r =
        runCli({QStringLiteral("validate"), exampleScenarioPath(QStringLiteral("binary-tree"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.proclab.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ \"format\": \"proclab-scenario\", ");
    f.close();
    r = runCli({QStringLiteral("validate"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QByteArray(file.toUtf8() + ": ")), r.err.constData());

    r = runCli({QStringLiteral("validate"), dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(r.exitCode, 2);

    r = runCli({QStringLiteral("validate")});
    QCOMPARE(r.exitCode, 64);
}

void TestCli::benchPassesArgumentsThrough()
{
    // --rounds goes to the agent unchanged; a small count keeps this quick.
    CliResult r =
        runCli({QStringLiteral("bench"), QStringLiteral("ctxswitch"), QStringLiteral("--rounds"),
                QStringLiteral("300"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("rounds")).toInt(), 300);
    QVERIFY(o.value(QLatin1String("same_cpu")).isObject());

    r = runCli({QStringLiteral("bench"), QStringLiteral("ctxswitch"), QStringLiteral("--rounds"),
                QStringLiteral("300")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("rounds: 300"));
    QVERIFY(r.out.contains("same_cpu:"));

    r = runCli({QStringLiteral("bench"), QStringLiteral("ctxswitch"), QStringLiteral("--bogus")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("--bogus"), r.err.constData()); // the agent's own complaint

    QCOMPARE(runCli({QStringLiteral("bench"), QStringLiteral("nonsense")}).exitCode, 64);
}

void TestCli::helpAndVersion()
{
    CliResult r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"run", "validate", "bench", "--json", "--duration"})
        QVERIFY2(r.out.contains(word), word);
    r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("proclab-cli "));
    QVERIFY(QRegularExpression(QStringLiteral("^proclab-cli \\d+\\.\\d+\\.\\d+\\n$"))
                .match(QString::fromUtf8(r.out))
                .hasMatch());
    r = runCli({QStringLiteral("run"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--duration"));
}

void TestCli::unknownCommandIsAUsageError()
{
    const CliResult r = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 64);
    QVERIFY(r.err.contains("frobnicate"));
    QCOMPARE(runCli({}).exitCode, 64);
}

namespace {

QByteArray mapsOf(qint64 pid)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
}

} // namespace

// Seen from outside in /proc while the run goes on: a run that draws nothing has no GUI
// library mapped; --chart hands the same process (exec) to proclab-cli-charts, which has.
void TestCli::onlyDrawingLoadsTheGuiLibraries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("idle.proclab.json"));
    const proclab::Scenario idle =
        scenarioOf(QStringLiteral("idle"),
                   {process(QStringLiteral("root"), {}, proclab::BehaviourKind::Idle)});
    QString error;
    QVERIFY2(proclab::saveScenarioFile(idle, file, &error), qPrintable(error));
    const QString png = dir.filePath(QStringLiteral("out.png"));
    for (const bool chart : {false, true}) {
        QStringList args{QStringLiteral("run"), file, QStringLiteral("--duration"),
                         QStringLiteral("2"), QStringLiteral("--json")};
        if (chart)
            args << QStringLiteral("--chart") << png;
        QProcess cli;
        cli.start(cliPath(), args);
        QVERIFY(cli.waitForStarted());
        // Once its agent is running, the process has everything it needs mapped.
        QTRY_VERIFY_WITH_TIMEOUT(!childPids(int(cli.processId())).isEmpty(), 60000);
        const QByteArray maps = mapsOf(cli.processId());
        const QString exe =
            QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(cli.processId()));
        QVERIFY(maps.contains("libQt6Core"));
        QCOMPARE(maps.contains("libQt6Widgets"), chart);
        QCOMPARE(maps.contains("libQt6Gui"), chart);
        QCOMPARE(exe.endsWith(QLatin1String("/proclab-cli-charts")), chart);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QJsonDocument::fromJson(cli.readAllStandardOutput()).isObject());
    }
    QVERIFY(QFileInfo(png).size() > 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
