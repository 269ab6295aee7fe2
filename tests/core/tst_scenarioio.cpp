// SPDX-License-Identifier: GPL-3.0-or-later
// Loading, validating and writing *.proclab.json: every example loads, every invalid file
// is refused with the right path and message, writing round-trips, nothing crashes.
#include "core/run/planwriter.h"
#include "core/scenario/examplecatalog.h"
#include "core/scenario/scenarioio.h"
#include "tst_scenarioio_cases.h"
#include "tst_scenarioio_fuzz.h"
#include "tst_scenarioio_sample.h"
#include "tst_scenarioio_suite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace proclab;

namespace scenarioiotest {

QString sourceDir()
{
    return qEnvironmentVariable("PROCLAB_SOURCE_DIR");
}

QString examplesDir()
{
    return sourceDir() + QStringLiteral("/resources/scenarios");
}

QString invalidDir()
{
    return sourceDir() + QStringLiteral("/tests/data/invalid");
}

QString describe(const QList<ScenarioError> &errors)
{
    QStringList lines;
    for (const ScenarioError &e : errors)
        lines.append(e.toString());
    return lines.join(u'\n');
}

} // namespace scenarioiotest

using namespace scenarioiotest;

void TestScenarioIo::initTestCase()
{
    QVERIFY2(QDir(examplesDir()).exists(), qPrintable(examplesDir()));
    QVERIFY2(QDir(invalidDir()).exists(), qPrintable(invalidDir()));
}

void TestScenarioIo::examples_data()
{
    QTest::addColumn<QString>("path");
    const QStringList required{QStringLiteral("fork-chain"),
                               QStringLiteral("fan"),
                               QStringLiteral("binary-tree"),
                               QStringLiteral("zombie"),
                               QStringLiteral("orphan"),
                               QStringLiteral("bounded-buffer"),
                               QStringLiteral("bounded-buffer-cap1"),
                               QStringLiteral("bounded-buffer-cap1024"),
                               QStringLiteral("counter-unsync"),
                               QStringLiteral("counter-sync"),
                               QStringLiteral("mailbox"),
                               QStringLiteral("pipe"),
                               QStringLiteral("message-sync"),
                               QStringLiteral("message-async")};
    const QStringList files =
        QDir(examplesDir()).entryList({QStringLiteral("*.proclab.json")}, QDir::Files);
    for (const QString &name : required) {
        QVERIFY2(files.contains(name + QStringLiteral(".proclab.json")), qPrintable(name));
    }
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << examplesDir() + u'/' + file;
}

void TestScenarioIo::examples()
{
    QFETCH(QString, path);
    const LoadResult result = loadScenarioFile(path);
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QVERIFY(result.scenario);
    const Scenario &s = *result.scenario;
    QVERIFY(!s.name.isEmpty());
    QVERIFY(!s.description.isEmpty());
    QVERIFY(!s.rootId().isEmpty());
    QCOMPARE(validateScenario(s, path).size(), 0);
    QVERIFY(!buildAgentPlan(s, QStringLiteral("test1")).isEmpty());
    // Shipped examples speak both languages: name, description, every label.
    QList<std::pair<QString, LocalizedText>> texts{{QStringLiteral("name"), s.name},
                                                   {QStringLiteral("description"), s.description}};
    for (const ProcessSpec &p : s.processes)
        texts.append({p.id, p.label});
    for (const ChannelSpec &c : s.channels)
        texts.append({c.id, c.label});
    for (const auto &[where, text] : texts) {
        QVERIFY2(text.isBilingual() && !text.ko().isEmpty() && !text.en().isEmpty(),
                 qPrintable(where + QStringLiteral(" is not {\"ko\", \"en\"}")));
    }
    static const QRegularExpression hangul(QStringLiteral("\\p{Hangul}"));
    QVERIFY2(s.name.ko().contains(hangul), qPrintable(s.name.ko()));
    QVERIFY2(s.description.ko().contains(hangul), qPrintable(s.description.ko()));
    // Each example is stored exactly as the writer writes it, so saving one from the
    // editor without changes leaves the file untouched.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(scenarioToJson(s)), QString::fromUtf8(file.readAll()));
}

void TestScenarioIo::invalidFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    for (const InvalidCase &c : invalidCases()) {
        QTest::newRow(c.file) << invalidDir() + u'/' + QLatin1String(c.file)
                              << QString::fromUtf8(c.path) << QString::fromUtf8(c.fragment);
    }
}

void TestScenarioIo::invalidFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    QVERIFY2(QFile::exists(file), qPrintable(file));
    const LoadResult result = loadScenarioFile(file);
    QVERIFY(!result.ok());
    QVERIFY(!result.scenario);
    bool found = false;
    for (const ScenarioError &e : result.errors) {
        QCOMPARE(e.file, file);
        QVERIFY(e.toString().startsWith(file + QStringLiteral(": ")));
        QVERIFY2(!e.message.isEmpty(), qPrintable(e.toString()));
        if (e.path == path && e.message.contains(fragment))
            found = true;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1: ...%2...\ngot:\n%3")
                                   .arg(path, fragment, describe(result.errors))));
}

void TestScenarioIo::everyInvalidFileHasARow()
{
    QStringList listed;
    for (const InvalidCase &c : invalidCases())
        listed.append(QLatin1String(c.file));
    const QStringList files = QDir(invalidDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() >= 20);
    for (const QString &f : files)
        QVERIFY2(listed.contains(f), qPrintable(f + QStringLiteral(" has no expectation")));
    QCOMPARE(listed.size(), files.size());
}

void TestScenarioIo::reportsEveryProblem()
{
    // Five independent mistakes in one file: all five must be reported, each at its place.
    const QByteArray json = R"({
        "format": "proclab-scenario", "version": 1, "name": "many",
        "processes": [
            {"id": "main", "parent": null, "behaviour": {"kind": "sleep", "ms": -1}},
            {"id": "bad id", "parent": "main", "behaviour": {"kind": "idle"}},
            {"id": "x", "parent": "nobody", "behaviour": {"kind": "exit", "code": 256}},
            {"id": "y", "parnet": "main", "behaviour": {"kind": "idle"}}
        ]
    })";
    const LoadResult r = parseScenario(json, QStringLiteral("many.json"));
    QStringList paths;
    for (const ScenarioError &e : r.errors)
        paths.append(e.path);
    const QStringList expected{
        QStringLiteral("$.processes[0].behaviour.ms"), QStringLiteral("$.processes[1].id"),
        QStringLiteral("$.processes[2].parent"), QStringLiteral("$.processes[2].behaviour.code"),
        QStringLiteral("$.processes[3].parnet")};
    for (const QString &p : expected)
        QVERIFY2(paths.contains(p), qPrintable(p + u'\n' + describe(r.errors)));
    // "y" lost its parent to the typo, so it is a second root: that is a real consequence.
    QVERIFY2(paths.contains(QStringLiteral("$.processes[3].parent")),
             qPrintable(describe(r.errors)));
    // No complaint is made twice about the same spot.
    QCOMPARE(QSet<QString>(paths.begin(), paths.end()).size(), paths.size());
}

void TestScenarioIo::roundTrip()
{
    const Scenario s = everythingScenario();
    QVERIFY2(validateScenario(s).isEmpty(), qPrintable(describe(validateScenario(s))));
    const QByteArray json = scenarioToJson(s);
    const LoadResult r = parseScenario(json, QStringLiteral("roundtrip.json"));
    QVERIFY2(r.ok(), qPrintable(describe(r.errors) + u'\n' + QString::fromUtf8(json)));
    QVERIFY(*r.scenario == s);
    // Writing is stable: the same model gives the same bytes.
    QCOMPARE(scenarioToJson(*r.scenario), json);
    // Key order is the documented one, not QJsonObject's alphabetical one.
    QVERIFY(json.indexOf("\"format\"") < json.indexOf("\"version\""));
    QVERIFY(json.indexOf("\"version\"") < json.indexOf("\"name\""));
    QVERIFY(json.indexOf("\"processes\"") < json.indexOf("\"channels\""));
    QVERIFY(json.contains("\"signal\": \"SIGABRT\""));
    QVERIFY(json.contains("\"parent\": null"));
    // A position that is not set is not written.
    QCOMPARE(json.count("\"position\""), 3);
}

void TestScenarioIo::everyExampleHasItsPlaceInTheSyllabus()
{
    QStringList stems;
    for (const QString &f :
         QDir(examplesDir()).entryList({QStringLiteral("*.proclab.json")}, QDir::Files))
        stems.append(f.chopped(int(qstrlen(".proclab.json"))));
    const QList<ExampleGroup> groups = ExampleCatalog::groups(stems);
    QStringList listed;
    for (const ExampleGroup &g : groups) {
        QVERIFY(!g.title.isEmpty());
        listed += g.stems;
    }
    stems.sort();
    QStringList sorted = listed;
    sorted.sort();
    QCOMPARE(sorted, stems); // every example once
    // Syllabus order: fork first, then zombies and orphans, shared memory, message passing.
    QCOMPARE(listed.first(), QStringLiteral("fork-chain"));
    QVERIFY(listed.indexOf(QStringLiteral("zombie")) <
            listed.indexOf(QStringLiteral("counter-unsync")));
    QVERIFY(listed.indexOf(QStringLiteral("counter-unsync")) <
            listed.indexOf(QStringLiteral("pipe")));
    // No shipped example falls into the catch-all group at the end.
    QCOMPARE(ExampleCatalog::groups({QStringLiteral("not-shipped")}).size(), 1);
    for (const ExampleGroup &g : groups)
        QVERIFY2(g.title != ExampleCatalog::groups({QStringLiteral("not-shipped")}).first().title,
                 qPrintable(g.stems.join(u' ')));
}

void TestScenarioIo::bilingualTexts()
{
    const QByteArray json = R"({"format": "proclab-scenario", "version": 1,
        "name": {"ko": "이름", "en": "name"}, "description": "only English",
        "processes": [
            {"id": "r", "label": {"ko": "부모", "en": "parent"}, "parent": null,
             "behaviour": {"kind": "sleep"}},
            {"id": "c", "label": "mine", "parent": "r", "behaviour": {"kind": "sleep"}}]})";
    const LoadResult r = parseScenario(json, QStringLiteral("b.json"));
    QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
    const Scenario &s = *r.scenario;
    QVERIFY(s.name.isBilingual());
    QCOMPARE(s.name.text(QStringLiteral("ko")), QStringLiteral("이름"));
    QCOMPARE(s.name.text(QStringLiteral("en")), QStringLiteral("name"));
    // A user's own text keeps its one language whatever the UI speaks.
    QVERIFY(!s.description.isBilingual());
    QCOMPARE(s.description.text(QStringLiteral("ko")), QStringLiteral("only English"));
    QCOMPARE(s.processes.at(1).label.text(QStringLiteral("ko")), QStringLiteral("mine"));
    // text() follows the language the UI set as QLocale's default.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Korean));
    QCOMPARE(s.processes.at(0).label.text(), QStringLiteral("부모"));
    QLocale::setDefault(QLocale(QLocale::English));
    QCOMPARE(s.processes.at(0).label.text(), QStringLiteral("parent"));
    QLocale::setDefault(before);
    // The writer keeps what was read: objects stay objects, strings stay strings.
    const QByteArray written = scenarioToJson(s);
    QVERIFY2(written.contains(R"("label": {"ko": "부모", "en": "parent"})"), written.constData());
    QVERIFY(written.contains(R"("label": "mine")"));
    QVERIFY(written.contains(R"("description": "only English")"));
    const LoadResult again = parseScenario(written, QStringLiteral("b2.json"));
    QVERIFY(again.ok());
    QVERIFY(*again.scenario == s);
}

void TestScenarioIo::saveIsAtomicAndReadable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("saved.proclab.json"));
    const Scenario s = everythingScenario();
    QString error;
    QVERIFY2(saveScenarioFile(s, path, &error), qPrintable(error));
    const LoadResult r = loadScenarioFile(path);
    QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
    QVERIFY(*r.scenario == s);
    // Only the file itself is left: QSaveFile's temporary is gone.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("saved.proclab.json")});
}

void TestScenarioIo::saveFailsCleanly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/x.proclab.json"));
    QString error;
    QVERIFY(!saveScenarioFile(everythingScenario(), path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestScenarioIo::signalNames()
{
    auto load = [](const QByteArray &signal) {
        const QByteArray json = R"({"format": "proclab-scenario", "version": 1, "name": "s",
            "processes": [{"id": "r", "parent": null, "behaviour": {"kind": "crash", "signal": )" +
                                signal + "}}]}";
        return parseScenario(json, QStringLiteral("s.json"));
    };
    const struct
    {
        QByteArray text;
        int number;
    } ok[] = {{"\"SIGSEGV\"", 11}, {"\"segv\"", 11}, {"\"SIGKILL\"", 9}, {"6", 6},
              {"\"SIGBUS\"", 7},   {"4", 4},         {"\"fpe\"", 8},     {"15", 15}};
    for (const auto &c : ok) {
        const LoadResult r = load(c.text);
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QCOMPARE(r.scenario->processes.first().behaviour.signal, c.number);
    }
    for (const QByteArray bad : {"5", "0", "-11", "11.5", "\"SIGHUP\"", "true", "1e300"}) {
        const LoadResult r = load(bad);
        QVERIFY2(!r.ok(), bad.constData());
        QCOMPARE(r.errors.first().path, QStringLiteral("$.processes[0].behaviour.signal"));
    }
}

void TestScenarioIo::defaultsForOmittedFields()
{
    const QByteArray json = R"({"format": "proclab-scenario", "version": 1, "name": "d",
        "processes": [
            {"id": "r", "parent": null, "behaviour": {"kind": "sleep"}},
            {"id": "p", "parent": "r", "behaviour": {"kind": "produce", "channel": "b", "count": 5}},
            {"id": "c", "parent": "r", "behaviour": {"kind": "consume", "channel": "b"}}],
        "channels": [{"id": "b", "kind": "shm-buffer"}]})";
    const LoadResult r = parseScenario(json, QStringLiteral("d.json"));
    QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
    const Scenario &s = *r.scenario;
    QCOMPARE(s.settings, RunSettings{});
    QCOMPARE(s.processes.at(0).behaviour.ms, 1000);
    QCOMPARE(s.processes.at(0).parent, QString());
    QCOMPARE(s.processes.at(1).behaviour.rate, 0);
    QCOMPARE(s.processes.at(2).behaviour.workUs, 0);
    QCOMPARE(s.channels.at(0).capacity, 8);
    QCOMPARE(s.channels.at(0).itemSize, 64);
    QCOMPARE(s.channels.at(0).sync, true);
    QVERIFY(!s.processes.at(0).position);
    QVERIFY(s.description.isEmpty());
}

void TestScenarioIo::fuzzBytes()
{
    const QStringList files =
        QDir(examplesDir()).entryList({QStringLiteral("*.proclab.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("fuzz seed %u", seed);
    const FuzzStats stats = fuzzScenarioBytes(examplesDir(), files, seed, 3000);
    QCOMPARE(stats.runs, 3000);
    QVERIFY2(stats.inconsistencies.isEmpty(), qPrintable(stats.inconsistencies.join(u'\n')));
    // The mutations reach both sides: some files still load, most are refused.
    QVERIFY(stats.refused > 0);
}

void TestScenarioIo::fuzzStructure()
{
    const QStringList files =
        QDir(examplesDir()).entryList({QStringLiteral("*.proclab.json")}, QDir::Files);
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("fuzz seed %u", seed);
    const FuzzStats stats = fuzzScenarioStructure(examplesDir(), files, seed, 3000);
    QCOMPARE(stats.runs, 3000);
    QVERIFY2(stats.inconsistencies.isEmpty(), qPrintable(stats.inconsistencies.join(u'\n')));
    QVERIFY(stats.refused > 0);
    QVERIFY(stats.accepted > 0);
}

QTEST_GUILESS_MAIN(TestScenarioIo)
