// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson expression language against a hand-written run summary: paths, filters, sets,
// functions, arithmetic, rules, and the errors an author gets for bad text. (The lessons'
// real runs are tst_lessonrun's; this suite pins down what each construct means.)

#include "core/lesson/lessonexpression.h"
#include "core/lesson/lessonoutcome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace proclab;

class TestLessonExpression : public QObject
{
    Q_OBJECT
private slots:
    void evaluates_data();
    void evaluates();
    void badTextIsRefusedWithAPlace_data();
    void badTextIsRefusedWithAPlace();
    void evaluationErrors();
    void ruleDecidesFromTheMeasuredValue();
    void notesAndFiguresFollowTheRun();
    void selectedIds();
    void measuredFiguresForReadersAndPrograms();

private:
    static QJsonObject run(int actual, int cpus0 = 0);
    static QJsonObject context();
};

QJsonObject TestLessonExpression::run(int actual, int cpu0)
{
    const char *text = R"({
      "duration_s": 1.5, "completed": true,
      "processes": [
        {"id": "p", "pid": 100, "ppid": 1, "parent": null, "cpu": 0,
         "voluntary_ctxt_switches": 3, "utime_ms": 10},
        {"id": "p.0", "pid": 101, "ppid": 100, "parent": "p", "cpu": 1,
         "voluntary_ctxt_switches": 5, "utime_ms": 20},
        {"id": "p.1", "pid": 102, "ppid": 100, "parent": "p", "cpu": 1,
         "voluntary_ctxt_switches": 7, "utime_ms": 30},
        {"id": "p.0.1", "pid": 103, "ppid": 101, "parent": "p.0", "final_ppid": 9}
      ],
      "channels": [{"id": "counter", "kind": "shm-counter", "expected": 400000, "actual": 0}]
    })";
    QJsonObject o = QJsonDocument::fromJson(text).object();
    QJsonArray channels = o.value(QStringLiteral("channels")).toArray();
    QJsonObject c = channels.at(0).toObject();
    c.insert(QStringLiteral("actual"), actual);
    // Above 1000 and differing only in the fractions: read as text they round alike.
    c.insert(QStringLiteral("wait_ms"), 1000 + actual / 1e6);
    channels.replace(0, c);
    o.insert(QStringLiteral("channels"), channels);
    QJsonArray processes = o.value(QStringLiteral("processes")).toArray();
    QJsonObject p = processes.at(0).toObject();
    p.insert(QStringLiteral("cpu"), cpu0);
    processes.replace(0, p);
    o.insert(QStringLiteral("processes"), processes);
    return o;
}

QJsonObject TestLessonExpression::context()
{
    return lessonContext({run(399000), run(398500), run(399000)});
}

void TestLessonExpression::evaluates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("count of an array") << "count(processes)" << QJsonValue(4);
    QTest::newRow("count of a filter") << "count(processes[parent=p])" << QJsonValue(2);
    QTest::newRow("count of no match") << "count(processes[parent=nobody])" << QJsonValue(0);
    QTest::newRow("filter then field") << "processes[id=p.0.1].ppid" << QJsonValue(101);
    QTest::newRow("two filters narrow")
        << "processes[parent=p][cpu=1].id"
        << QJsonValue(QJsonArray{QStringLiteral("p.0"), QStringLiteral("p.1")});
    QTest::newRow("two filters to one")
        << "processes[parent=p][pid=102].id" << QJsonValue(QStringLiteral("p.1"));
    QTest::newRow("two filters to none") << "count(processes[parent=p][pid=100])" << QJsonValue(0);
    QTest::newRow("dotted id") << "processes[id=p.0].pid" << QJsonValue(101);
    QTest::newRow("index") << "processes[2].id" << QJsonValue(QStringLiteral("p.1"));
    QTest::newRow("the first run at the top")
        << "channels[id=counter].actual" << QJsonValue(399000);
    QTest::newRow("distinct over runs")
        << "distinct(runs[*].channels[id=counter].actual)" << QJsonValue(2);
    QTest::newRow("distinct tells fractions apart")
        << "distinct(runs[*].channels[id=counter].wait_ms)" << QJsonValue(2);
    QTest::newRow("min over runs")
        << "min(runs[*].channels[id=counter].actual)" << QJsonValue(398500);
    QTest::newRow("max") << "max(processes[*].voluntary_ctxt_switches)" << QJsonValue(7);
    QTest::newRow("sum") << "sum(processes[*].utime_ms)" << QJsonValue(60);
    QTest::newRow("avg") << "avg(processes[*].utime_ms)" << QJsonValue(20);
    QTest::newRow("missing fields are skipped") << "count(processes[*].cpu)" << QJsonValue(3);
    QTest::newRow("distinct cpus") << "distinct(processes[*].cpu)" << QJsonValue(2);
    QTest::newRow("arithmetic") << "400000 - channels[id=counter].actual * 2 / 2"
                                << QJsonValue(1000);
    QTest::newRow("precedence and parentheses") << "(1 + 2) * 3 - -1" << QJsonValue(10);
    QTest::newRow("comparison") << "processes[id=p.0.1].ppid == processes[id=p.0].pid"
                                << QJsonValue(true);
    QTest::newRow("and/or/not") << "not (1 > 2) and (false or count(runs) == 3)"
                                << QJsonValue(true);
    QTest::newRow("string equality") << "processes[0].id == 'p'" << QJsonValue(true);
    QTest::newRow("null parent") << "processes[0].parent == null" << QJsonValue(true);
    QTest::newRow("machine") << "machine.cpus >= 1" << QJsonValue(true);
    QTest::newRow("a set stays a set")
        << "runs[*].channels[id=counter].actual" << QJsonValue(QJsonArray{399000, 398500, 399000});
    QTest::newRow("nothing found is null")
        << "processes[id=ghost].pid" << QJsonValue(QJsonValue::Null);
    QTest::newRow("abs") << "abs(1 - 3)" << QJsonValue(2);
    // The boundaries, where a rule decides "less than 400,000" from "exactly 400,000".
    QTest::newRow("< at equality") << "400000 < 400000" << QJsonValue(false);
    QTest::newRow("<= at equality") << "400000 <= 400000" << QJsonValue(true);
    QTest::newRow("> at equality") << "7 > 7" << QJsonValue(false);
    QTest::newRow(">= at equality") << "7 >= 7" << QJsonValue(true);
    QTest::newRow("!= at equality") << "7 != 7" << QJsonValue(false);
    QTest::newRow("< below") << "399999 < 400000" << QJsonValue(true);
}

void TestLessonExpression::evaluates()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QString error;
    const auto e = LessonExpression::parse(text, &error);
    QVERIFY2(e, qPrintable(error));
    const QJsonValue v = e->evaluate(context(), QJsonValue(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(v, expected);
}

void TestLessonExpression::badTextIsRefusedWithAPlace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << "  "
                           << "empty";
    QTest::newRow("unclosed bracket") << "processes[id=x"
                                      << "\"]\" is missing";
    QTest::newRow("unknown function") << "median(processes)"
                                      << "unknown function \"median\"";
    QTest::newRow("two arguments") << "max(1, 2)"
                                   << "takes one argument";
    QTest::newRow("dangling operator") << "1 +"
                                       << "ends too early";
    QTest::newRow("trailing garbage") << "count(processes) )"
                                      << "unexpected";
    QTest::newRow("bad selector") << "processes[?]"
                                  << "inside [ ]";
    QTest::newRow("unclosed quote") << "processes[0].id == 'p"
                                    << "not closed";
    QTest::newRow("too long") << QString(LessonExpression::kMaxLength + 1, u'1') << "more than";
    QTest::newRow("too deep") << QString(100, u'(') + u'1' + QString(100, u')') << "nested";
    QTest::newRow("too deep unary") << QString(300, u'-') + u'1' << "nested";
}

void TestLessonExpression::badTextIsRefusedWithAPlace()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!LessonExpression::parse(text, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestLessonExpression::evaluationErrors()
{
    const QList<std::pair<QString, QString>> cases{
        {QStringLiteral("processes[*].pid + 1"), QStringLiteral("4 values where one")},
        {QStringLiteral("1 / (count(runs) - 3)"), QStringLiteral("division by zero")},
        {QStringLiteral("processes[id=ghost].pid + 1"), QStringLiteral("no such figure")},
        {QStringLiteral("processes[0].id * 2"), QStringLiteral("needs a number")},
        {QStringLiteral("max(processes[id=ghost].pid)"), QStringLiteral("of nothing")},
        {QStringLiteral("1 and true"), QStringLiteral("needs true or false")},
    };
    for (const auto &[text, fragment] : cases) {
        QString error;
        const auto e = LessonExpression::parse(text, &error);
        QVERIFY2(e, qPrintable(text + u": " + error));
        const QJsonValue v = e->evaluate(context(), QJsonValue(), &error);
        QVERIFY2(error.contains(fragment), qPrintable(text + u": " + error));
        QVERIFY(v.isNull());
    }
}

void TestLessonExpression::ruleDecidesFromTheMeasuredValue()
{
    LessonPrediction p;
    p.choices = {{QStringLiteral("a"), {}}, {QStringLiteral("b"), {}}, {QStringLiteral("c"), {}}};
    p.measure = QStringLiteral("channels[id=counter].actual");
    // In the file's order c comes first; the choices' order decides which of two true
    // conditions wins.
    p.rule = {{QStringLiteral("c"), QStringLiteral("value > 400000")},
              {QStringLiteral("b"), QStringLiteral("value <= 400000")},
              {QStringLiteral("a"), QStringLiteral("value == 400000")}};
    PredictionOutcome lost = evaluatePrediction(p, lessonContext({run(312345)}));
    QVERIFY2(lost.ok(), qPrintable(lost.error));
    QCOMPARE(lost.measured, QJsonValue(312345));
    QCOMPARE(lost.correctKey, QStringLiteral("b"));
    QVERIFY(lost.holds(QStringLiteral("b")));
    QVERIFY(!lost.holds(QStringLiteral("a")));

    const PredictionOutcome exact = evaluatePrediction(p, lessonContext({run(400000)}));
    QCOMPARE(exact.correctKey, QStringLiteral("a"));

    p.rule = {{QStringLiteral("c"), QStringLiteral("value > 400000")}};
    const PredictionOutcome none = evaluatePrediction(p, lessonContext({run(5)}));
    QVERIFY(none.ok());
    QVERIFY(none.correctKey.isEmpty());
    QVERIFY(!none.holds(QString()));

    p.measure = QStringLiteral("channels[id=nothing].actual");
    const PredictionOutcome missing = evaluatePrediction(p, lessonContext({run(5)}));
    QVERIFY(!missing.ok());
    QVERIFY(missing.correctKey.isEmpty());
}

void TestLessonExpression::notesAndFiguresFollowTheRun()
{
    LessonPrediction p;
    p.choices = {{QStringLiteral("a"), {}}, {QStringLiteral("b"), {}}};
    p.measure = QStringLiteral("distinct(runs[*].channels[id=counter].actual)");
    p.rule = {{QStringLiteral("a"), QStringLiteral("value == 1")},
              {QStringLiteral("b"), QStringLiteral("value > 1")}};
    p.notes = {{QStringLiteral("value == 1"), {QStringLiteral("같음"), QStringLiteral("same")}}};
    p.figures = {{{QStringLiteral("합"), QStringLiteral("sum")},
                  QStringLiteral("sum(runs[*].channels[id=counter].actual)")}};
    const PredictionOutcome same = evaluatePrediction(p, lessonContext({run(7), run(7)}));
    QCOMPARE(same.correctKey, QStringLiteral("a"));
    QCOMPARE(same.notes.size(), 1);
    QCOMPARE(same.figures.size(), 1);
    QCOMPARE(same.figures.constFirst().second, QJsonValue(14));
    const PredictionOutcome differ = evaluatePrediction(p, lessonContext({run(7), run(8)}));
    QCOMPARE(differ.correctKey, QStringLiteral("b"));
    QVERIFY(differ.notes.isEmpty());
}

void TestLessonExpression::selectedIds()
{
    QString error;
    const auto e = LessonExpression::parse(
        QStringLiteral("processes[id=a].pid == count(runs[*].channels[id=buf].lost)"), &error);
    QVERIFY(e);
    const QList<std::pair<QString, QString>> expected{
        {QStringLiteral("processes"), QStringLiteral("a")},
        {QStringLiteral("channels"), QStringLiteral("buf")}};
    QCOMPARE(e->selectedIds(), expected);
}

using namespace Qt::StringLiterals;

void TestLessonExpression::measuredFiguresForReadersAndPrograms()
{
    // Programs (the CLI's report, error messages) get plain digits; the lesson panel groups
    // them as the result strip does, so "118,183" reads the same in both places.
    QCOMPARE(formatMeasured(QJsonValue(118183)), u"118183"_s);
    QCOMPARE(formatMeasured(QJsonValue(2.5)), u"2.5"_s);
    QCOMPARE(formatMeasured(QJsonArray{1200000, 3}), u"1200000, 3"_s);
    const QLocale en(QLocale::English), ko(QLocale::Korean);
    QCOMPARE(formatMeasured(QJsonValue(118183), en), u"118,183"_s);
    QCOMPARE(formatMeasured(QJsonValue(118183), ko), u"118,183"_s);
    QCOMPARE(formatMeasured(QJsonValue(1234.5678), en), u"1,235"_s);
    QCOMPARE(formatMeasured(QJsonValue(2097.152)), u"2097"_s); // a latency bucket's floor
    QCOMPARE(formatMeasured(QJsonValue(59.63)), u"59.6"_s);
    QCOMPARE(formatMeasured(QJsonValue(0.02334)), u"0.0233"_s);
    QCOMPARE(formatMeasured(QJsonArray{1200000, 3}, en), u"1,200,000, 3"_s);
    QCOMPARE(formatMeasured(QJsonValue(0.125), ko), u"0.125"_s);
}

QTEST_GUILESS_MAIN(TestLessonExpression)
#include "tst_lessonexpression.moc"
