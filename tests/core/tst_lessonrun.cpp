// SPDX-License-Identifier: GPL-3.0-or-later
// Every step of every shipped lesson, run for real with LessonStepRunner: the runs complete,
// each prediction's figure is measured from them and decides one of its choices, the
// reveal has a name for the figure, and nothing of a run is left behind.

#include "core/lesson/lessonexpression.h"
#include "core/lesson/lessonlibrary.h"
#include "core/lesson/lessonoutcome.h"
#include "core/lesson/lessonsteprunner.h"
#include "core/run/runcontroller.h"
#include "testsupport.h"

#include "core/scenario/scenarioio.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace proclab;
using namespace proclab::test;

class TestLessonRun : public QObject
{
    Q_OBJECT
private slots:
    void everyStepRunsAndDecides_data();
    void everyStepRunsAndDecides();
    void killActionKillsTheNamedProcess();
    void pauseActionStopsAndContinuesTheProcess();
    void stopEndsTheStep();
};

namespace {

constexpr int kStepTimeoutMs = 300'000;

int agentPidOf(const QJsonObject &run)
{
    for (const QJsonValue &e : run.value(QStringLiteral("events")).toArray()) {
        if (e[QStringLiteral("ev")].toString() == u"ready")
            return e[QStringLiteral("pid")].toInt();
    }
    return 0;
}

} // namespace

void TestLessonRun::everyStepRunsAndDecides_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("step");
    for (const Lesson &l :
         LessonLibrary::lessons(sourcePath(QStringLiteral("resources/lessons")))) {
        for (int i = 0; i < l.steps.size(); ++i) {
            if (!l.steps.at(i).scenario.isEmpty())
                QTest::addRow("%s step %d", qPrintable(l.id), i + 1) << l.id << i;
        }
    }
}

void TestLessonRun::everyStepRunsAndDecides()
{
    QFETCH(QString, id);
    QFETCH(int, step);
    const auto found = LessonLibrary::find(id, sourcePath(QStringLiteral("resources/lessons")));
    QVERIFY(found);
    const Lesson &lesson = *found;
    const LessonStep &s = lesson.steps.at(step);
    QString error;
    const int expectedRuns = int(LessonStepRunner::prepare(s, lesson.fileName, &error).size());
    QVERIFY2(expectedRuns > 0, qPrintable(error));

    LessonStepRunner runner;
    QSignalSpy done(&runner, &LessonStepRunner::finished);
    QSignalSpy failed(&runner, &LessonStepRunner::failed);
    QSignalSpy ran(&runner, &LessonStepRunner::runFinished);
    QVERIFY(runner.start(s, lesson.fileName));
    QVERIFY(runner.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), kStepTimeoutMs);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(!runner.isRunning());
    const QList<QJsonObject> runs = runner.summaries();
    QCOMPARE(runs.size(), expectedRuns);
    // A bench action measures (proclab-agent bench) instead of running the scenario.
    const bool bench = s.effectiveAction().kind == LessonAction::Kind::Bench;
    QCOMPARE(ran.size(), bench ? 0 : expectedRuns);

    for (const QJsonObject &run : runs) {
        QVERIFY(run.value(QStringLiteral("completed")).toBool());
        if (bench) {
            // Every mechanism at every size, measured: nothing made up, nothing missing.
            const QJsonArray results =
                run.value(QStringLiteral("bench"))[QStringLiteral("results")].toArray();
            QCOMPARE(results.size(),
                     lessonBenchMechanisms().size() * s.effectiveAction().values.size());
            for (const QJsonValue &r : results) {
                QVERIFY(
                    lessonBenchMechanisms().contains(r[QStringLiteral("mechanism")].toString()));
                QVERIFY(r[QStringLiteral("msgs_s")].toDouble() > 0);
                QVERIFY(r[QStringLiteral("switches_per_msg")].toDouble(-1) >= 0);
            }
            continue;
        }
        // The summary's processes agree with the agent's own spawn events. A cluster's
        // replacement worker is spawned again under the id of the one it replaces.
        QSet<QString> spawnedIds;
        for (const QJsonValue &e : run.value(QStringLiteral("events")).toArray())
            if (e[QStringLiteral("ev")].toString() == u"spawned")
                spawnedIds.insert(e[QStringLiteral("node")].toString());
        const int spawned = int(spawnedIds.size());
        int withPid = 0;
        for (const QJsonValue &p : run.value(QStringLiteral("processes")).toArray())
            withPid += p[QStringLiteral("pid")].toInt() > 0;
        QCOMPARE(withPid, spawned);
        // Nothing of the run remains: no agent, no process, no shared memory object.
        const int agent = agentPidOf(run);
        QVERIFY(agent > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!pidExists(agent), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(agentShmObjects(agent), QStringList(), 30000);
        for (const QJsonValue &p : run.value(QStringLiteral("processes")).toArray()) {
            const int pid = p[QStringLiteral("pid")].toInt();
            ProcFacts facts;
            // A pid may be reused by an unrelated process; ours would still be in the
            // agent's process group, which is gone.
            QVERIFY(!procFacts(pid, &facts) || facts.pgid != agent);
        }
    }

    const QJsonObject context = lessonContext(runs);
    if (s.prediction) {
        const PredictionOutcome o = evaluatePrediction(*s.prediction, context);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QVERIFY(!o.measured.isNull());
        QVERIFY2(!o.correctKey.isEmpty(),
                 qPrintable(u"no choice fits the measured " + formatMeasured(o.measured)));
        QStringList keys;
        for (const LessonChoice &c : s.prediction->choices)
            keys.append(c.key);
        QVERIFY(keys.contains(o.correctKey));
        QVERIFY(o.holds(o.correctKey));
        for (const QString &k : keys)
            QCOMPARE(o.holds(k), k == o.correctKey);
        // The reveal names the figure in both languages and can show its value.
        QVERIFY(!s.prediction->figureName.ko.isEmpty() && !s.prediction->figureName.en.isEmpty());
        QVERIFY(!formatMeasured(o.measured).isEmpty());
        for (const auto &[name, value] : o.figures)
            QVERIFY2(!value.isNull(), qPrintable(name.en));
        qInfo("%s step %d: %s = %s -> %s", qPrintable(lesson.id), step + 1,
              qPrintable(s.prediction->figureName.en), qPrintable(formatMeasured(o.measured)),
              qPrintable(o.correctKey));
    }
    if (s.challenge) {
        const ChallengeOutcome c = evaluateChallenge(*s.challenge, context);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    }
}

void TestLessonRun::killActionKillsTheNamedProcess()
{
    // A step that kills fan's child3 at 300 ms: the run reports it killed by SIGKILL.
    LessonStep step;
    step.scenario = QStringLiteral("fan.proclab.json");
    LessonAction kill;
    kill.kind = LessonAction::Kind::Kill;
    kill.process = QStringLiteral("child3");
    kill.signal = 9;
    kill.atMs = 300;
    step.action = kill;
    LessonStepRunner runner;
    QSignalSpy done(&runner, &LessonStepRunner::finished);
    QVERIFY(runner.start(step, sourcePath(QStringLiteral("resources/lessons/x.json"))));
    QVERIFY(done.wait(kStepTimeoutMs));
    const QJsonObject run = runner.summaries().constFirst();
    QString error;
    const auto e =
        LessonExpression::parse(QStringLiteral("processes[id=child3].exit.signal"), &error);
    QCOMPARE(e->evaluate(lessonContext({run}), {}, &error), QJsonValue(9));
    QCOMPARE(e->evaluate(lessonContext({run}), {}, &error).toInt(), 9);
    const auto other =
        LessonExpression::parse(QStringLiteral("processes[id=child2].exit.code"), &error);
    QCOMPARE(other->evaluate(lessonContext({run}), {}, &error), QJsonValue(0));
}

void TestLessonRun::pauseActionStopsAndContinuesTheProcess()
{
    // p sleeps 4 s; the step stops it at 500 ms for 1.5 s. From outside, /proc/PID/stat
    // shows it stopped (T), then sleeping again (S), and it ends by itself with code 0.
    QTemporaryDir dir;
    QVERIFY(dir.isValid() && QDir(dir.path()).mkpath(QStringLiteral("scenarios")));
    Scenario s = scenarioOf(
        QStringLiteral("pausable"),
        {process(QStringLiteral("root"), {}, BehaviourKind::Sleep, 100),
         process(QStringLiteral("p"), QStringLiteral("root"), BehaviourKind::Sleep, 4000)});
    QString error;
    QVERIFY2(saveScenarioFile(s, dir.filePath(QStringLiteral("scenarios/pausable.proclab.json")),
                              &error),
             qPrintable(error));
    LessonStep step;
    step.scenario = QStringLiteral("pausable.proclab.json");
    LessonAction pause;
    pause.kind = LessonAction::Kind::Pause;
    pause.process = QStringLiteral("p");
    pause.atMs = 500;
    pause.forMs = 1500;
    step.action = pause;

    LessonStepRunner runner;
    std::unique_ptr<RunRecorder> rec;
    connect(&runner, &LessonStepRunner::runStarted, this,
            [&] { rec = std::make_unique<RunRecorder>(*runner.controller()); });
    QSignalSpy done(&runner, &LessonStepRunner::finished);
    QVERIFY(runner.start(step, dir.filePath(QStringLiteral("lesson.json"))));
    QVERIFY(rec);
    QTRY_VERIFY_WITH_TIMEOUT(rec->pidOf(QStringLiteral("p")) > 0, 60000);
    const int pid = rec->pidOf(QStringLiteral("p"));
    auto stateOf = [pid] {
        ProcFacts facts;
        return procFacts(pid, &facts) ? facts.state : QChar(u'?');
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(), QChar(u'T'), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf() == u'S' || stateOf() == u'R', 60000);
    QVERIFY(done.wait(kStepTimeoutMs));
    const QJsonObject run = runner.summaries().constFirst();
    const auto code = LessonExpression::parse(QStringLiteral("processes[id=p].exit.code"), &error);
    QCOMPARE(code->evaluate(lessonContext({run}), {}, &error), QJsonValue(0));
}

void TestLessonRun::stopEndsTheStep()
{
    LessonStep step;
    step.scenario = QStringLiteral("fork-chain.proclab.json");
    LessonAction times;
    times.times = 3;
    step.action = times;
    LessonStepRunner runner;
    QSignalSpy failed(&runner, &LessonStepRunner::failed);
    QSignalSpy started(&runner, &LessonStepRunner::runStarted);
    QVERIFY(runner.start(step, sourcePath(QStringLiteral("resources/lessons/x.json"))));
    QTRY_VERIFY_WITH_TIMEOUT(runner.controller() &&
                                 runner.controller()->state() == RunController::State::Running,
                             60000);
    const int agent = runner.controller()->agentPid();
    runner.stop();
    QVERIFY(failed.wait(60000));
    QCOMPARE(started.size(), 1); // the other two runs never started
    QVERIFY(!runner.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!pidExists(agent), 30000);
}

QTEST_GUILESS_MAIN(TestLessonRun)
#include "tst_lessonrun.moc"
