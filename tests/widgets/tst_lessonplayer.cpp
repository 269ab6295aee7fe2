// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson player with real runs: starting a lesson puts its scenario on the canvas
// (after asking about the student's unsaved diagram), Run waits for a locked-in
// prediction, the reveal shows the figure the run measured, a challenge is checked
// against the next run, a "kill at" action reaches the real process, progress survives
// a restart and a language switch keeps the step. The lesson used here is written by the
// test (a small fork tree), so it checks the player, not the shipped lesson texts.

#include "core/document/scenariodocument.h"
#include "core/lesson/lessoncharts.h"
#include "core/run/runcontroller.h"
#include "widgets/charts/chartspanel.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/lesson/lessonchallengebox.h"
#include "widgets/lesson/lessonhighlighter.h"
#include "widgets/lesson/lessonlistpage.h"
#include "widgets/lesson/lessonpanel.h"
#include "widgets/lesson/lessonplayer.h"
#include "widgets/lesson/lessonpredictionbox.h"
#include "widgets/lesson/lessonprogress.h"
#include "widgets/lesson/lessonrundriver.h"
#include "widgets/lesson/lessonsession.h"
#include "widgets/lesson/lessonsteppage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "testsupport.h"
#include "tst_lessonplayer_fixture.h"

using namespace proclab;
using namespace lessonplayertest;
using namespace Qt::StringLiterals;

class TestLessonPlayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstStartOffersFirstLesson();
    void startingLoadsTheScenario();
    void unsavedDiagramIsAskedAbout();
    void runWaitsForLockedPrediction();
    void runTimesUsesTheSameController();
    void challengeCheckedAgainstNextRun();
    void killActionReachesTheProcess();
    void pauseActionStopsAndContinuesTheProcess();
    void openingAnotherDiagramLeavesTheLesson();
    void everyChartNameShowsAChart();
    void progressSurvivesRestart();
    void languageSwitchKeepsStep();

private:
    // Runs the current step through the player and waits for its outcome.
    bool runStep(App &app);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_lessonDir;
};

void TestLessonPlayer::initTestCase()
{
    QVERIFY(m_settingsDir.isValid() && m_lessonDir.isValid());
    // Progress is kept in QSettings: a throwaway place, never the developer's own.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"ProcLabTest"_s);
    QCoreApplication::setApplicationName(u"tst_lessonplayer"_s);
    QVERIFY(writeTestLesson(m_lessonDir.path()));
}

void TestLessonPlayer::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English));
}

bool TestLessonPlayer::runStep(App &app)
{
    QSignalSpy outcome(app.session(), &LessonSession::outcomeChanged);
    if (!app.player->run() || !app.session()->isRunning())
        return false;
    // The outcome arrives when the last run has finished and been measured.
    return outcome.wait(kRunTimeoutMs) && !app.session()->isRunning();
}

void TestLessonPlayer::firstStartOffersFirstLesson()
{
    {
        App app(m_lessonDir.path());
        QVERIFY(app.player->shouldOfferFirstLesson());
        QVERIFY(app.panel.listPage()->isWelcomeVisible());
        auto *start = app.panel.listPage()->findChild<QPushButton *>(u"welcomeStart"_s);
        QVERIFY(start && start->isVisible());
        start->click();
        QVERIFY(app.session()->isActive());
        QCOMPARE(app.session()->lesson().id, u"test-tree"_s);
        QCOMPARE(app.document.scenario().processes.size(), 3);
        QVERIFY(!app.panel.listPage()->isWelcomeVisible());
    }
    App again(m_lessonDir.path());
    QVERIFY(!again.player->shouldOfferFirstLesson());
    QVERIFY(!again.panel.listPage()->isWelcomeVisible());
}

void TestLessonPlayer::startingLoadsTheScenario()
{
    App app(m_lessonDir.path());
    QCOMPARE(app.panel.lessons().size(), 1);
    QVERIFY(app.document.scenario().processes.isEmpty());
    // The empty canvas says how to begin; it goes once there is a diagram.
    auto *hint = app.view.findChild<QLabel *>(u"emptyCanvasHint"_s);
    QVERIFY(hint);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"Lessons"_s));
    QVERIFY(app.player->startLesson(u"test-tree"_s));
    QTRY_VERIFY(!hint->isVisible());
    QVERIFY(app.session()->isActive());
    QCOMPARE(app.session()->stepIndex(), 0);
    QStringList ids;
    for (const ProcessSpec &p : app.document.scenario().processes)
        ids.append(p.id);
    QCOMPARE(ids, (QStringList{u"root"_s, u"c1"_s, u"c2"_s}));
    QVERIFY(app.scene.processItem(u"c1"_s));
    QVERIFY(app.page()->isVisible());
    QVERIFY(app.page()->stepLabel()->text().contains(u"Step 1 of 6"_s));
    // The markup is rendered, not shown as typed.
    const QString html = app.page()->textView()->text();
    QVERIFY2(html.contains(u"<b>twice</b>"_s) && html.contains(u"fork()</code>"_s),
             qPrintable(html));
    QVERIFY(!html.contains(u'`'));

    // "Continue on my own" ends the lesson and keeps the diagram.
    app.page()->leaveButton()->click();
    QVERIFY(!app.session()->isActive());
    QCOMPARE(app.document.scenario().processes.size(), 3);
    QVERIFY(app.panel.listPage()->isVisible());
}

void TestLessonPlayer::unsavedDiagramIsAskedAbout()
{
    App app(m_lessonDir.path());
    app.savePath = m_settingsDir.filePath(u"mine.proclab.json"_s);
    app.scene.addNode(NodeKind::Process, QPointF(0, 0));
    QVERIFY(app.document.isModified());
    const Scenario mine = app.document.scenario();

    // Answers the prompt with `button` as soon as it shows; records that it showed.
    auto answer = [](QMessageBox::StandardButton button, bool *shown) {
        QTimer::singleShot(0, [button, shown] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            *shown = box->objectName() == u"lessonUnsavedPrompt"_s;
            box->button(button)->click();
        });
    };
    bool shown = false;
    answer(QMessageBox::Cancel, &shown);
    QVERIFY(!app.player->startLesson(u"test-tree"_s));
    QVERIFY(shown);
    QVERIFY(!app.session()->isActive());
    QCOMPARE(app.document.scenario(), mine); // never lost
    QVERIFY(app.document.isModified());

    shown = false;
    answer(QMessageBox::Save, &shown);
    QVERIFY(app.player->startLesson(u"test-tree"_s));
    QVERIFY(shown);
    QCOMPARE(app.saved, QStringList{app.savePath});
    LoadResult back = loadScenarioFile(app.savePath);
    QVERIFY(back.ok());
    QCOMPARE(back.scenario->processes.size(), mine.processes.size());
    QCOMPARE(app.document.scenario().processes.size(), 3);

    // Within the lesson the canvas is the lesson's: the next lesson start does not ask.
    app.scene.addNode(NodeKind::Process, QPointF(300, 300));
    app.player->leaveLesson();
    shown = false;
    answer(QMessageBox::Discard, &shown);
    QVERIFY(app.player->startLesson(u"test-tree"_s));
    QVERIFY(shown); // left: the diagram is the student's again, so it asks
    QCOMPARE(app.document.scenario().processes.size(), 3);
}

void TestLessonPlayer::runWaitsForLockedPrediction()
{
    App app(m_lessonDir.path());
    QVERIFY(app.player->startLesson(u"test-tree"_s, 1));
    QVERIFY(!app.player->runBlockReason().isEmpty());
    LessonPredictionBox *box = app.page()->predictionBox();
    QVERIFY(box->isVisible());
    QVERIFY(!box->lockButton()->isEnabled());

    // Run is refused: nothing starts.
    QVERIFY(app.player->run());
    QVERIFY(!app.session()->isRunning());
    QCOMPARE(app.run.state(), RunController::State::Idle);

    QSignalSpy gate(app.player.get(), &LessonPlayer::gateChanged);
    box->check(u"b"_s);
    QVERIFY(box->lockButton()->isEnabled());
    box->lockButton()->click();
    QVERIFY(gate.count() > 0);
    QCOMPARE(app.player->runBlockReason(), QString());
    QCOMPARE(app.session()->lockedChoice(), u"b"_s);
    QVERIFY(!box->revealLabel()->isVisible());

    test::RunRecorder rec(app.run);
    QVERIFY(runStep(app));
    QCOMPARE(app.run.state(), RunController::State::Finished);
    const auto outcome = app.session()->prediction();
    QVERIFY(outcome && outcome->ok());
    QCOMPARE(outcome->measured.toInt(), 3);
    QCOMPARE(outcome->correctKey, u"b"_s);
    QVERIFY(box->revealLabel()->isVisible());
    const QString reveal = box->revealLabel()->text();
    QVERIFY2(reveal.contains(u"processes in the run = <b>3</b>"_s), qPrintable(reveal));
    QVERIFY2(reveal.contains(u"held"_s), qPrintable(reveal));
    // The highlight points at c1 on the canvas.
    QCOMPARE(app.scene.selectedIds(), QStringList{u"c1"_s});
    QCOMPARE(app.highlighter.lastHighlighted(), u"c1"_s);
    QCOMPARE(test::runLeftovers(app.run.agentPid(), rec), QString());
}

void TestLessonPlayer::runTimesUsesTheSameController()
{
    App app(m_lessonDir.path());
    QVERIFY(app.player->startLesson(u"test-tree"_s, 2));
    QSignalSpy started(&app.run, &RunController::started);
    app.page()->predictionBox()->check(u"a"_s);
    app.page()->predictionBox()->lockButton()->click();
    QVERIFY(runStep(app));
    QCOMPARE(started.count(), 2); // both runs went through the app's controller
    const auto outcome = app.session()->prediction();
    QVERIFY(outcome && outcome->ok());
    QCOMPARE(outcome->measured.toInt(), 2);
    QCOMPARE(outcome->correctKey, u"b"_s);
    const QString reveal = app.page()->predictionBox()->revealLabel()->text();
    QVERIFY2(reveal.contains(u"Not this time"_s), qPrintable(reveal));
}

void TestLessonPlayer::challengeCheckedAgainstNextRun()
{
    App app(m_lessonDir.path());
    QVERIFY(app.player->startLesson(u"test-tree"_s, 3));
    QVERIFY(app.page()->challengeBox()->isVisible());
    QCOMPARE(app.player->runBlockReason(), QString()); // a challenge does not gate Run
    QVERIFY(runStep(app));
    QVERIFY(app.session()->challenge() && !app.session()->challenge()->passed);
    QVERIFY(app.page()->challengeBox()->statusLabel()->text().contains(u"Not yet"_s));

    // The student adds a process; the diagram as it is now is what runs.
    Scenario more = app.document.scenario();
    more.processes.append(test::process(u"c3"_s, u"root"_s, BehaviourKind::Sleep, 100));
    QVERIFY(app.document.edit(more, u"add c3"_s));
    QCOMPARE(app.document.scenario().processes.size(), 4);
    QVERIFY2(runStep(app), qPrintable(app.run.failureReason()));
    QVERIFY(app.session()->challenge() && app.session()->challenge()->passed);
    QVERIFY(app.page()->challengeBox()->statusLabel()->text().contains(u"Passed"_s));
    QVERIFY(app.panel.progress()->challengePassed(u"test-tree"_s, 3));
}

void TestLessonPlayer::killActionReachesTheProcess()
{
    App app(m_lessonDir.path());
    QVERIFY(app.player->startLesson(u"test-tree"_s, 4));
    QCOMPARE(app.document.scenario().name, u"lesson test sleeper"_s);
    test::RunRecorder rec(app.run);
    app.page()->predictionBox()->check(u"a"_s);
    app.page()->predictionBox()->lockButton()->click();
    QVERIFY(runStep(app));
    const auto outcome = app.session()->prediction();
    QVERIFY2(outcome && outcome->ok(), outcome ? qPrintable(outcome->error) : "no outcome");
    QCOMPARE(outcome->measured.toInt(), 9);
    QCOMPARE(outcome->correctKey, u"a"_s);
    // The real process got it: its exit event says so, long before its 30 s sleep.
    const QList<RunEvent> exits = rec.of(RunEvent::Kind::Exited, u"z"_s);
    QCOMPARE(exits.size(), 1);
    QCOMPARE(test::runLeftovers(app.run.agentPid(), rec), QString());
}

void TestLessonPlayer::pauseActionStopsAndContinuesTheProcess()
{
    App app(m_lessonDir.path());
    QVERIFY(app.player->startLesson(u"test-tree"_s, 5));
    QCOMPARE(app.document.scenario().name, u"lesson test pausable"_s);
    test::RunRecorder rec(app.run);
    QSignalSpy outcome(app.session(), &LessonSession::outcomeChanged);
    QVERIFY(app.player->run());
    QVERIFY(app.session()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(rec.pidOf(u"p"_s) > 0, kRunTimeoutMs);
    const int pid = rec.pidOf(u"p"_s);
    // Seen from outside: the kernel has p stopped (state T) ...
    auto stateOf = [pid] {
        test::ProcFacts facts;
        return test::procFacts(pid, &facts) ? facts.state : QChar(u'?');
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(), QChar(u'T'), kRunTimeoutMs);
    // ... and later running again (sleeping, S), before it ends by itself.
    QTRY_VERIFY_WITH_TIMEOUT(stateOf() == u'S' || stateOf() == u'R', kRunTimeoutMs);
    QVERIFY(outcome.wait(kRunTimeoutMs));
    QVERIFY(!app.session()->isRunning());
    QCOMPARE(app.run.state(), RunController::State::Finished);
    // It was continued, not killed: its sleep ran out and it exited with code 0.
    const QList<RunEvent> exits = rec.of(RunEvent::Kind::Exited, u"p"_s);
    QCOMPARE(exits.size(), 1);
    QVERIFY(!exits.constFirst().signal);
    QCOMPARE(exits.constFirst().code, std::optional<int>(0));
    QCOMPARE(test::runLeftovers(app.run.agentPid(), rec), QString());
}

void TestLessonPlayer::openingAnotherDiagramLeavesTheLesson()
{
    App app(m_lessonDir.path());
    QVERIFY(app.player->startLesson(u"test-tree"_s, 1));
    app.page()->predictionBox()->check(u"b"_s);
    app.page()->predictionBox()->lockButton()->click();
    // Moving between steps that load the lesson's own diagrams keeps the lesson.
    QVERIFY(app.session()->goTo(4));
    QCOMPARE(app.document.scenario().name, u"lesson test sleeper"_s);
    app.page()->backButton()->click();
    QVERIFY(app.session()->goTo(1));
    QVERIFY(app.session()->isActive());
    QCOMPARE(app.document.scenario().name, u"lesson test tree"_s);

    // The student opens another file: the lesson is left, the list says so.
    QSignalSpy messages(app.player.get(), &LessonPlayer::message);
    QVERIFY(app.document.open(m_lessonDir.filePath(u"scenarios/sleeper.proclab.json"_s)).isEmpty());
    QVERIFY(!app.session()->isActive());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(app.document.scenario().name, u"lesson test sleeper"_s); // theirs stays
    QLabel *notice = app.panel.listPage()->leftNoticeLabel();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"A test tree"_s) && notice->text().contains(u"step 2"_s),
             qPrintable(notice->text()));
    // Run is a plain run of their diagram now: the lesson does not take it or judge it.
    QCOMPARE(app.player->runBlockReason(), QString());
    QVERIFY(!app.player->run());
    QVERIFY(!app.session()->prediction());

    // Continue: back at the same step on the lesson's own diagram; the notice goes.
    QCOMPARE(app.panel.progress()->currentStep(u"test-tree"_s), 1);
    QVERIFY(app.player->startLesson(u"test-tree"_s, 1));
    QCOMPARE(app.document.scenario().name, u"lesson test tree"_s);
    QVERIFY(!notice->isVisible());

    // New in the middle of the step's runs: they are dropped, nothing is judged.
    test::RunRecorder rec(app.run);
    QVERIFY(app.player->run());
    QVERIFY(app.session()->isRunning());
    app.document.newDocument();
    QVERIFY(!app.session()->isActive());
    // The run under way ends as runs do; its summary is dropped, not measured.
    QTRY_VERIFY_WITH_TIMEOUT(!app.run.isActive() && !app.player->driver()->isBusy(), kRunTimeoutMs);
    QVERIFY(!app.session()->prediction());
    QVERIFY(!app.session()->isRunning());
    QCOMPARE(test::runLeftovers(app.run.agentPid(), rec), QString());
}

void TestLessonPlayer::everyChartNameShowsAChart()
{
    App app(m_lessonDir.path());
    ChartsPanel charts(&app.run);
    app.highlighter.setCharts(&charts);
    // Every name the loader accepts raises a real chart; others raise nothing.
    for (const QString &name : LessonCharts::names())
        QVERIFY2(app.highlighter.highlight(u"chart:"_s + name), qPrintable(name));
    QVERIFY(!app.highlighter.highlight(u"chart:no-such-chart"_s));
}

void TestLessonPlayer::progressSurvivesRestart()
{
    {
        App app(m_lessonDir.path());
        QVERIFY(app.player->startLesson(u"test-tree"_s));
        app.page()->nextButton()->click();
        QCOMPARE(app.session()->stepIndex(), 1);
        app.page()->predictionBox()->check(u"c"_s);
        app.page()->predictionBox()->lockButton()->click();
    } // the app closes
    {
        App app(m_lessonDir.path());
        QListWidget *list = app.panel.listPage()->list();
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(u"step 2 of 6"_s),
                 qPrintable(list->item(0)->text()));
        QVERIFY(!app.player->shouldOfferFirstLesson());
        // Continue: the same step with the same locked-in choice, so Run is allowed.
        emit app.panel.listPage()->startRequested(
            u"test-tree"_s, app.panel.progress()->currentStep(u"test-tree"_s));
        QCOMPARE(app.session()->stepIndex(), 1);
        QCOMPARE(app.session()->lockedChoice(), u"c"_s);
        QCOMPARE(app.page()->predictionBox()->checkedKey(), u"c"_s);
        QCOMPARE(app.player->runBlockReason(), QString());
        // Finishing the lesson marks it finished.
        for (int i = 1; i < 6; ++i)
            app.page()->nextButton()->click();
        QVERIFY(!app.session()->isActive());
        QVERIFY(app.panel.progress()->isFinished(u"test-tree"_s));
    }
    App app(m_lessonDir.path());
    QVERIFY(app.panel.listPage()->list()->item(0)->text().contains(u"finished"_s));
}

void TestLessonPlayer::languageSwitchKeepsStep()
{
    App app(m_lessonDir.path());
    QVERIFY(app.player->startLesson(u"test-tree"_s, 1));
    app.page()->predictionBox()->check(u"b"_s);
    QVERIFY(app.page()->stepLabel()->text().contains(u"How many"_s));
    QVERIFY(app.page()->textView()->text().contains(u"How many processes will run?"_s));

    switchLanguage(&app.panel, QLocale::Korean);
    QCOMPARE(app.session()->stepIndex(), 1);
    QVERIFY2(app.page()->stepLabel()->text().contains(u"몇 개일까요"_s),
             qPrintable(app.page()->stepLabel()->text()));
    QVERIFY(app.page()->textView()->text().contains(u"프로세스가 몇 개일까요?"_s));
    QVERIFY(app.page()->predictionBox()->title().size() > 0);
    // The choice being made survives the switch.
    QCOMPARE(app.page()->predictionBox()->checkedKey(), u"b"_s);

    switchLanguage(&app.panel, QLocale::English);
    QVERIFY(app.page()->textView()->text().contains(u"How many processes will run?"_s));
    QCOMPARE(app.session()->stepIndex(), 1);
}

QTEST_MAIN(TestLessonPlayer)
#include "tst_lessonplayer.moc"
