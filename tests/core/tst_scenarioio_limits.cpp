// SPDX-License-Identifier: GPL-3.0-or-later
// Files over the limits the format documents, missing files and hostile sizes: each is
// refused with the file, the place and the problem, before anything costly.
#include "core/run/planwriter.h"
#include "core/scenario/scenarioio.h"
#include "tst_scenarioio_sample.h"
#include "tst_scenarioio_suite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace proclab;
using namespace scenarioiotest;

void TestScenarioIo::processLimit()
{
    Scenario s;
    s.name = QStringLiteral("big");
    for (int i = 0; i < 600; ++i) {
        ProcessSpec p;
        p.id = QStringLiteral("p%1").arg(i);
        p.parent = i == 0 ? QString() : QStringLiteral("p0");
        s.processes.append(p);
    }
    const LoadResult r = parseScenario(scenarioToJson(s), QStringLiteral("big.json"));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().path, QStringLiteral("$.processes"));
    QVERIFY2(r.errors.first().message.contains(QStringLiteral("600 processes")),
             qPrintable(r.errors.first().message));
    QVERIFY(r.errors.first().message.contains(QStringLiteral("limit of 512")));
    QVERIFY(buildAgentPlan(s, QStringLiteral("abc")).isEmpty());

    s.settings.maxProcesses = 600;
    QVERIFY(validateScenario(s).isEmpty());
    QVERIFY(!buildAgentPlan(s, QStringLiteral("abc")).isEmpty());
    s.settings.maxProcesses = 4097;
    const QList<ScenarioError> errors = validateScenario(s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QStringLiteral("$.settings.max_processes"));
}

void TestScenarioIo::channelLimit()
{
    Scenario s;
    ProcessSpec root;
    root.id = QStringLiteral("root");
    s.processes.append(root);
    for (int i = 0; i < 33; ++i) {
        ChannelSpec c;
        c.id = QStringLiteral("c%1").arg(i);
        c.kind = ChannelKind::ShmCounter;
        s.channels.append(c);
        ProcessSpec p;
        p.id = QStringLiteral("inc%1").arg(i);
        p.parent = root.id;
        p.behaviour.kind = BehaviourKind::Increment;
        p.behaviour.channel = c.id;
        p.behaviour.count = 1;
        s.processes.append(p);
    }
    const QList<ScenarioError> errors = validateScenario(s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QStringLiteral("$.channels"));
    QVERIFY(errors.first().message.contains(QStringLiteral("33 channels")));
}

void TestScenarioIo::oversizedFile()
{
    // A valid scenario padded past 4 MiB with a long description.
    Scenario s = everythingScenario();
    s.description = QString(4 * 1024 * 1024, u'x');
    const QByteArray json = scenarioToJson(s);
    QVERIFY(json.size() > 4 * 1024 * 1024);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.proclab.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(json), json.size());
    file.close();
    for (const LoadResult &r : {loadScenarioFile(path), parseScenario(json, path)}) {
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().file, path);
        QVERIFY2(r.errors.first().message.contains(QStringLiteral("4 MiB")),
                 qPrintable(r.errors.first().message));
    }
    // Just under the size limit, the description is judged by its own limit.
    s.description = QString(4 * 1024 * 1024 - 8192, u'x');
    const LoadResult under = parseScenario(scenarioToJson(s), path);
    QCOMPARE(under.errors.size(), 1);
    QCOMPARE(under.errors.first().path, QStringLiteral("$.description"));
    QVERIFY2(under.errors.first().message.contains(QStringLiteral("characters long")),
             qPrintable(under.errors.first().message));
}

void TestScenarioIo::missingFile()
{
    const QString path = QStringLiteral("/nonexistent/dir/x.proclab.json");
    const LoadResult r = loadScenarioFile(path);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().toString().startsWith(path + QStringLiteral(": ")));
    const LoadResult dirResult = loadScenarioFile(QDir::tempPath());
    QCOMPARE(dirResult.errors.size(), 1);
    QVERIFY(dirResult.errors.first().message.contains(QStringLiteral("folder")));
}

void TestScenarioIo::hostileSizes()
{
    // A 4 MiB file of empty process objects: refused with the count, not with a million
    // messages (and not after minutes of work).
    const QByteArray head = R"({"format": "proclab-scenario", "version": 1, "name": "x",
                                "processes": [)";
    const qsizetype count = (4 * 1024 * 1024 - head.size() - 2) / 3;
    QByteArray json = head;
    json.reserve(4 * 1024 * 1024);
    for (qsizetype i = 0; i < count; ++i)
        json += i ? ",{}" : "{} ";
    json += "]}";
    QVERIFY(json.size() <= 4 * 1024 * 1024);
    LoadResult r = parseScenario(json, QStringLiteral("flood.json"));
    QCOMPARE(r.errors.first().path, QStringLiteral("$.processes"));
    QVERIFY2(
        r.errors.first().message.contains(QString::number(count) + QStringLiteral(" processes")),
        qPrintable(r.errors.first().message));
    QCOMPARE(r.errors.size(), 501); // 500 listed, then "... and N more problems"
    QVERIFY(r.errors.last().message.contains(QStringLiteral("more problems")));

    // 4096 processes whose parents all do not exist: every one is reported (up to the
    // cap), suggestions or not, in bounded time.
    Scenario s;
    s.settings.maxProcesses = 4096;
    for (int i = 0; i < 4096; ++i) {
        ProcessSpec p;
        p.id = QStringLiteral("p%1").arg(i);
        p.parent = i == 0 ? QString() : QStringLiteral("q%1").arg(i);
        s.processes.append(p);
    }
    QCOMPARE(validateScenario(s).size(), 4095);
    r = parseScenario(scenarioToJson(s), QStringLiteral("orphans.json"));
    QCOMPARE(r.errors.size(), 501);
    QCOMPARE(r.errors.first().path, QStringLiteral("$.processes[1].parent"));
}
