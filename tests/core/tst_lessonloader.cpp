// SPDX-License-Identifier: GPL-3.0-or-later
// Lesson files: every shipped lesson validates, in both languages, from the source tree and
// embedded in core alike; broken lesson files (tests/data/lessons) are refused with the
// file, the JSON path and the problem; hostile sizes are bounded.

#include "core/lesson/lessonio.h"
#include "core/lesson/lessonlibrary.h"
#include "core/lesson/lessonparser.h"
#include "core/lesson/lessonsteprunner.h"
#include "fuzz/lessonfuzzcheck.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace proclab;
using namespace proclab::test;

class TestLessonLoader : public QObject
{
    Q_OBJECT
private slots:
    void shippedLessonsValidate();
    void embeddedLessonsAreTheSourceFiles();
    void everyTextInBothLanguages();
    void everyStepScenarioPrepares();
    void brokenFilesNameFilePathAndProblem_data();
    void brokenFilesNameFilePathAndProblem();
    void hostileSizesAreBounded();
    void garbageNeverCrashes();
    void fuzzRegressions_data();
    void fuzzRegressions();

private:
    static QString sourceLessons() { return sourcePath(QStringLiteral("resources/lessons")); }
};

void TestLessonLoader::shippedLessonsValidate()
{
    const QStringList files = LessonLibrary::files(sourceLessons());
    QVERIFY2(files.size() >= 4, "the shipped lessons are missing");
    QSet<QString> ids;
    QSet<int> numbers;
    for (const QString &file : files) {
        const LessonLoadResult r = loadLessonFile(file);
        QStringList problems;
        for (const ScenarioError &e : r.errors)
            problems.append(e.toString());
        QVERIFY2(r.ok(), qPrintable(problems.join(u'\n')));
        QVERIFY2(!ids.contains(r.lesson->id), qPrintable(r.lesson->id));
        QVERIFY(!numbers.contains(r.lesson->number));
        ids.insert(r.lesson->id);
        numbers.insert(r.lesson->number);
        // NN-slug: the file name starts with the lesson's number, so files sort in order.
        QVERIFY2(QFileInfo(file).fileName().startsWith(
                     QStringLiteral("%1-").arg(r.lesson->number, 2, 10, QLatin1Char('0'))),
                 qPrintable(file));
    }
}

void TestLessonLoader::embeddedLessonsAreTheSourceFiles()
{
    QStringList source, embedded;
    for (const QString &f : LessonLibrary::files(sourceLessons()))
        source.append(QFileInfo(f).fileName());
    for (const QString &f : LessonLibrary::files(QStringLiteral(":/lessons")))
        embedded.append(QFileInfo(f).fileName());
    QCOMPARE(embedded, source);
    for (const QString &name : source) {
        QFile a(sourceLessons() + u'/' + name), b(QStringLiteral(":/lessons/") + name);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }
    // The default directory is the embedded one, and it loads the same lessons.
    qunsetenv("PROCLAB_LESSONS_DIR");
    QCOMPARE(LessonLibrary::lessons().size(), LessonLibrary::lessons(sourceLessons()).size());
}

void TestLessonLoader::everyTextInBothLanguages()
{
    // The loader refuses a missing language; this checks it from the raw JSON as well,
    // so a loader that forgot the check would still be caught here.
    for (const QString &file : LessonLibrary::files(sourceLessons())) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject top = QJsonDocument::fromJson(f.readAll()).object();
        int texts = 0;
        std::function<void(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &v,
                                                                            const QString &path) {
            if (v.isArray()) {
                const QJsonArray a = v.toArray();
                for (qsizetype i = 0; i < a.size(); ++i)
                    walk(a.at(i), path + QStringLiteral("[%1]").arg(i));
                return;
            }
            if (!v.isObject())
                return;
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("ko")) || o.contains(QStringLiteral("en"))) {
                ++texts;
                QVERIFY2(!o.value(QStringLiteral("ko")).toString().trimmed().isEmpty() &&
                             !o.value(QStringLiteral("en")).toString().trimmed().isEmpty(),
                         qPrintable(file + u": " + path));
                // Korean text is Korean: at least one Hangul syllable.
                const QString ko = o.value(QStringLiteral("ko")).toString();
                QVERIFY2(std::any_of(ko.begin(), ko.end(),
                                     [](QChar c) {
                                         return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
                                     }) ||
                             ko == o.value(QStringLiteral("en")).toString(),
                         qPrintable(file + u": " + path + u": " + ko));
                return;
            }
            for (auto it = o.begin(); it != o.end(); ++it)
                walk(it.value(), path + u'.' + it.key());
        };
        walk(top, QStringLiteral("$"));
        QVERIFY2(texts >= 8, qPrintable(file));
    }
}

void TestLessonLoader::everyStepScenarioPrepares()
{
    for (const Lesson &lesson : LessonLibrary::lessons(sourceLessons())) {
        for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
            const LessonStep &step = lesson.steps.at(i);
            if (step.scenario.isEmpty())
                continue;
            QString error;
            const QList<LessonRun> runs = LessonStepRunner::prepare(step, lesson.fileName, &error);
            QVERIFY2(!runs.isEmpty(), qPrintable(lesson.id + u": " + error));
            for (const LessonRun &run : runs)
                QVERIFY2(validateScenario(run.scenario).isEmpty(), qPrintable(lesson.id));
        }
    }
}

void TestLessonLoader::brokenFilesNameFilePathAndProblem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing en") << "missing-en"
                                << "$.steps[0].text"
                                << "missing \"en\"";
    // A figure's comments are read like its text: one language alone is not a lesson.
    QTest::newRow("figure without en") << "figure-missing-en"
                                       << "$.steps[1].figure"
                                       << "missing \"en\"";
    QTest::newRow("figure as one string") << "figure-one-string"
                                          << "$.steps[1].figure"
                                          << "object";
    QTest::newRow("blank ko") << "empty-korean-choice"
                              << "$.steps[0].prediction.choices[1].text"
                              << "missing \"ko\"";
    QTest::newRow("no such scenario") << "unknown-scenario"
                                      << "$.steps[0].scenario"
                                      << "no scenario \"nope.proclab.json\"";
    QTest::newRow("scenario path") << "scenario-path"
                                   << "$.steps[0].scenario"
                                   << "file name only";
    QTest::newRow("measure syntax") << "bad-measure"
                                    << "$.steps[0].prediction.measure"
                                    << "\")\" is missing";
    QTest::newRow("rule not a condition") << "rule-not-condition"
                                          << "$.steps[0].prediction.correct.a"
                                          << "condition";
    QTest::newRow("rule of no choice") << "rule-unknown-choice"
                                       << "$.steps[0].prediction.correct.z"
                                       << "unknown field";
    QTest::newRow("measure names a ghost") << "measure-unknown-process"
                                           << "$.steps[0].prediction.measure"
                                           << "no process \"ghost\"";
    QTest::newRow("kill names a ghost") << "kill-unknown-process"
                                        << "$.steps[0].action.process"
                                        << "no process \"ghost\"";
    QTest::newRow("set breaks scenario") << "set-makes-invalid"
                                         << "$.steps[0].action"
                                         << "invalid";
    QTest::newRow("chart of no name") << "unknown-chart"
                                      << "$.steps[0].prediction.highlight"
                                      << "no chart is called \"ctx-switches\"";
    QTest::newRow("not a lesson") << "wrong-format"
                                  << "$.format"
                                  << "proclab-lesson";
    QTest::newRow("unknown action") << "unknown-action"
                                    << "$.steps[0].action.kind"
                                    << "unknown action \"explode\"";
    QTest::newRow("bench size") << "bench-size-zero"
                                << "$.steps[0].action.sizes"
                                << "whole number of bytes";
    QTest::newRow("times") << "times-too-many"
                           << "$.steps[0].action.times"
                           << "1000";
    QTest::newRow("duplicate key") << "duplicate-choice-key"
                                   << "$.steps[0].prediction.choices[1].key"
                                   << "two choices";
    QTest::newRow("typo") << "typo-field"
                          << "$.steps[0].scenaro"
                          << "did you mean \"scenario\"";
    QTest::newRow("syntax") << "syntax-error"
                            << ""
                            << "JSON syntax error at line 2";
}

void TestLessonLoader::brokenFilesNameFilePathAndProblem()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const QString full = sourcePath(QStringLiteral("tests/data/lessons/%1.json").arg(file));
    const LessonLoadResult r = loadLessonFile(full);
    QVERIFY(!r.ok());
    QVERIFY(!r.lesson);
    QStringList all;
    bool found = false;
    for (const ScenarioError &e : r.errors) {
        all.append(e.toString());
        QCOMPARE(e.file, full);
        found = found || (e.path == path && e.message.contains(fragment));
    }
    QVERIFY2(found, qPrintable(all.join(u'\n')));
}

void TestLessonLoader::hostileSizesAreBounded()
{
    const auto errorsOf = [](const QByteArray &json) {
        QStringList out;
        for (const ScenarioError &e : parseLesson(json, QStringLiteral("hostile.json"), {}).errors)
            out.append(e.path + u": " + e.message);
        return out.join(u'\n');
    };
    QByteArray huge(kMaxLessonFileBytes + 10, ' ');
    huge[0] = '{';
    huge[huge.size() - 1] = '}';
    QVERIFY(errorsOf(huge).contains(QStringLiteral("larger than")));

    const QByteArray step = R"({"title":{"ko":"가","en":"a"},"text":{"ko":"가","en":"a"}})";
    QByteArray many = R"({"format":"proclab-lesson","version":1,"id":"x","number":1,
        "topic":{"ko":"가","en":"a"},"title":{"ko":"가","en":"a"},"summary":{"ko":"가","en":"a"},
        "steps":[)";
    for (int i = 0; i < 5000; ++i)
        many += (i ? "," : "") + step;
    many += "]}";
    QVERIFY(errorsOf(many).contains(QStringLiteral("$.steps: 5000 steps are more than")));

    QByteArray longText = many;
    longText.replace(step, QByteArray());
    const QByteArray big = QByteArray(kMaxLessonTextChars + 1, 'x');
    const QByteArray one = R"({"format":"proclab-lesson","version":1,"id":"x","number":1,
        "topic":{"ko":"가","en":"a"},"title":{"ko":"가","en":")" +
                           big + R"("},
        "summary":{"ko":"가","en":"a"},"steps":[{"title":{"ko":"가","en":"a"},"text":{"ko":"가","en":"a"}}]})";
    QVERIFY2(errorsOf(one).contains(QStringLiteral("$.title.en:")), qPrintable(errorsOf(one)));

    QByteArray deep = "{\"format\":\"proclab-lesson\",\"steps\":";
    deep += QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    QVERIFY(!errorsOf(deep).isEmpty()); // refused (syntax/depth), not a crash
}

void TestLessonLoader::garbageNeverCrashes()
{
    // Every prefix of a real lesson: a truncated download must give errors, not a crash.
    QFile f(LessonLibrary::files(sourceLessons()).constFirst());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    for (qsizetype n = 0; n < json.size(); n += 97)
        QVERIFY(!parseLesson(json.left(n), QStringLiteral("cut.json"), sourceLessons()).ok());
}

void TestLessonLoader::fuzzRegressions_data()
{
    // Every input fuzz_lesson (or a person) found crashing, hanging or misleading stays here,
    // read the way the fuzz target reads it: as a lesson beside the shipped ones.
    QTest::addColumn<QString>("file");
    const QDir dir(sourcePath(QStringLiteral("tests/fuzz/regressions/lesson")));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestLessonLoader::fuzzRegressions()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString fileName = QStringLiteral("fuzz.proclab-lesson.json");
    const LessonLoadResult r = parseLesson(f.readAll(), fileName, sourceLessons());
    const QString why = fuzzcheck::lessonMisleads(r, fileName);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestLessonLoader)
#include "tst_lessonloader.moc"
