// SPDX-License-Identifier: GPL-3.0-or-later
// `proclab-cli lesson` as a student runs it: list, run every shipped lesson with --json and
// given answers (real runs), validate broken files, and the usage errors.

#include "core/lesson/lessonlibrary.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace proclab;
using namespace proclab::test;

class TestLessonCli : public QObject
{
    Q_OBJECT
private slots:
    void listJsonMatchesTheLibrary();
    void runEveryLessonJson_data();
    void runEveryLessonJson();
    void runTextInKorean();
    void validateNamesFilePathAndProblem();
    void usageErrors();
};

namespace {

// Like runCli, with room for a lesson that runs its scenario several times on a busy machine.
CliResult cli(const QStringList &args)
{
    QProcess p;
    p.start(cliPath(), args);
    CliResult r;
    if (!p.waitForStarted() || !p.waitForFinished(600000)) {
        p.kill();
        p.waitForFinished();
        r.err = "did not run or did not finish";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QList<Lesson> shipped()
{
    return LessonLibrary::lessons(sourcePath(QStringLiteral("resources/lessons")));
}

} // namespace

void TestLessonCli::listJsonMatchesTheLibrary()
{
    const CliResult r =
        cli({QStringLiteral("lesson"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    const QList<Lesson> lessons = shipped();
    QCOMPARE(list.size(), lessons.size());
    for (qsizetype i = 0; i < lessons.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), lessons.at(i).id);
        QCOMPARE(o.value(QStringLiteral("number")).toInt(), lessons.at(i).number);
        QCOMPARE(o.value(QStringLiteral("title"))[QStringLiteral("ko")].toString(),
                 lessons.at(i).title.ko);
    }
}

void TestLessonCli::runEveryLessonJson_data()
{
    QTest::addColumn<QString>("id");
    for (const Lesson &l : shipped())
        QTest::newRow(qPrintable(l.id)) << l.id;
}

void TestLessonCli::runEveryLessonJson()
{
    QFETCH(QString, id);
    const Lesson lesson = *LessonLibrary::find(id, sourcePath(QStringLiteral("resources/lessons")));
    // Answer "a" for every prediction: whether it holds must follow the measured choice.
    QStringList args{QStringLiteral("lesson"), QStringLiteral("run"), id, QStringLiteral("--json")};
    int predictions = 0;
    for (const LessonStep &s : lesson.steps)
        predictions += s.prediction.has_value();
    for (int i = 0; i < predictions; ++i)
        args << QStringLiteral("--answer") << QStringLiteral("a");
    const CliResult r = cli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError pe{};
    const QJsonObject o = QJsonDocument::fromJson(r.out, &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QCOMPARE(o.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(o.value(QStringLiteral("title"))[QStringLiteral("en")].toString(), lesson.title.en);
    QCOMPARE(o.value(QStringLiteral("topic"))[QStringLiteral("ko")].toString(), lesson.topic.ko);
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), lesson.steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps.at(i).toObject();
        const LessonStep &step = lesson.steps.at(i);
        QCOMPARE(s.value(QStringLiteral("prediction")).toBool(), step.prediction.has_value());
        for (const char *key : {"measured", "correct_choice", "answer_given", "holds"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        if (!step.prediction) {
            QVERIFY(s.value(QStringLiteral("correct_choice")).isNull());
            QVERIFY(s.value(QStringLiteral("holds")).isNull());
            continue;
        }
        QVERIFY2(!s.contains(QStringLiteral("error")),
                 qPrintable(s.value(QStringLiteral("error")).toString()));
        QVERIFY(!s.value(QStringLiteral("measured")).isNull());
        const QString correct = s.value(QStringLiteral("correct_choice")).toString();
        QVERIFY(!correct.isEmpty());
        QCOMPARE(s.value(QStringLiteral("answer_given")).toString(), QStringLiteral("a"));
        QCOMPARE(s.value(QStringLiteral("holds")).toBool(), correct == u"a");
        QCOMPARE(s.value(QStringLiteral("figure_name"))[QStringLiteral("en")].toString(),
                 step.prediction->figureName.en);
    }
}

void TestLessonCli::runTextInKorean()
{
    const Lesson first = shipped().constFirst();
    const CliResult r =
        cli({QStringLiteral("lesson"), QStringLiteral("run"), first.id, QStringLiteral("--lang"),
             QStringLiteral("ko"), QStringLiteral("--answer"), QStringLiteral("b")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(first.title.ko), r.out.constData());
    QVERIFY(text.contains(first.steps.constFirst().title.ko));
    QVERIFY(!text.contains(first.title.en));
}

void TestLessonCli::validateNamesFilePathAndProblem()
{
    const QString bad = sourcePath(QStringLiteral("tests/data/lessons/missing-en.json"));
    const CliResult r = cli({QStringLiteral("lesson"), QStringLiteral("validate"), bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QByteArray(bad.toUtf8() + ": $.steps[0].text: missing \"en\"")),
             r.err.constData());
    const CliResult run = cli({QStringLiteral("lesson"), QStringLiteral("run"), bad});
    QCOMPARE(run.exitCode, 2);
    const CliResult good =
        cli({QStringLiteral("lesson"), QStringLiteral("validate"),
             LessonLibrary::files(sourcePath(QStringLiteral("resources/lessons"))).constFirst()});
    QVERIFY2(good.exitCode == 0, good.err.constData());
}

void TestLessonCli::usageErrors()
{
    CliResult r =
        cli({QStringLiteral("lesson"), QStringLiteral("run"), QStringLiteral("no-such-lesson")});
    QCOMPARE(r.exitCode, 64);
    QVERIFY(r.err.contains("no-such-lesson"));
    r = cli({QStringLiteral("lesson"), QStringLiteral("run"), shipped().constFirst().id,
             QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(r.exitCode, 64);
    r = cli({QStringLiteral("lesson"), QStringLiteral("dance")});
    QCOMPARE(r.exitCode, 64);
    r = cli({QStringLiteral("lesson")});
    QCOMPARE(r.exitCode, 64);
}

QTEST_GUILESS_MAIN(TestLessonCli)
#include "tst_lessoncli.moc"
