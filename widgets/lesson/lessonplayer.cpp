// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lesson/lessonplayer.h"

#include "core/lesson/lessonio.h"
#include "core/lesson/lessonlibrary.h"
#include "core/lesson/lessonrunplan.h"
#include "core/lesson/lessonset.h"
#include "core/run/runcontroller.h"
#include "widgets/lesson/lessonhighlighter.h"
#include "widgets/lesson/lessonlistpage.h"
#include "widgets/lesson/lessonpanel.h"
#include "widgets/lesson/lessonprogress.h"
#include "widgets/lesson/lessonrundriver.h"
#include "widgets/lesson/lessonsession.h"
#include "widgets/lesson/lessonsteppage.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {
const QString kOfferedKey = u"lessons/firstLessonOffered"_s;
}

LessonPlayer::LessonPlayer(LessonPanel *panel, RunController *run, LessonHost host, QObject *parent)
    : QObject(parent), m_panel(panel), m_run(run), m_host(std::move(host)),
      m_driver(new LessonRunDriver(run, this))
{
    m_driver->setStarter(m_host.startRun);
    LessonSession *session = m_panel->session();
    connect(m_panel, &LessonPanel::startRequested, this,
            [this](const QString &id, int step) { startLesson(id, step); });
    connect(m_panel, &LessonPanel::leaveRequested, this, &LessonPlayer::leaveLesson);
    connect(m_panel->listPage(), &LessonListPage::welcomeDismissed, this,
            &LessonPlayer::setFirstLessonOffered);
    connect(m_panel, &LessonPanel::showWhereRequested, this, [this](const QString &target) {
        if (m_highlighter && !m_highlighter->highlight(target))
            emit message(tr("Nothing to show for %1 in this diagram.").arg(target));
    });
    connect(session, &LessonSession::stepChanged, this, &LessonPlayer::loadStepScenario);
    connect(session, &LessonSession::gateChanged, this, &LessonPlayer::gateChanged);
    connect(session, &LessonSession::activeChanged, this, [this](bool active) {
        if (!active)
            m_loadedScenario.clear(); // what is on the canvas is the student's now
    });
    connect(m_driver, &LessonRunDriver::progressed, this, [this](int done, int planned) {
        if (planned > 1 && done < planned)
            m_panel->stepPage()->setRunStatus(tr("Run %1 of %2…").arg(done + 1).arg(planned));
    });
    connect(m_driver, &LessonRunDriver::runsFinished, this, &LessonPlayer::onRunsFinished);
    connect(m_driver, &LessonRunDriver::aborted, this, [this](const QString &reason) {
        m_panel->session()->setRunning(false);
        m_panel->stepPage()->setRunStatus(
            tr("The step's runs did not finish (%1). Press Run to try again.").arg(reason));
    });
}

void LessonPlayer::setHighlighter(LessonHighlighter *highlighter)
{
    m_highlighter = highlighter;
}

void LessonPlayer::loadLessons(const QString &dir)
{
    const QString from = dir.isEmpty() ? LessonLibrary::directory() : dir;
    QList<Lesson> lessons;
    QStringList problems;
    for (const LessonLoadResult &result : LessonLibrary::loadAll(from)) {
        if (result.ok()) {
            lessons.append(*result.lesson);
            continue;
        }
        for (const ScenarioError &e : result.errors)
            problems.append(QFileInfo(e.file).fileName() + u": "_s +
                            (e.path.isEmpty() ? QString() : e.path + u": "_s) + e.message);
    }
    std::stable_sort(lessons.begin(), lessons.end(),
                     [](const Lesson &a, const Lesson &b) { return a.number < b.number; });
    m_panel->setLessons(lessons, problems);
    m_panel->listPage()->setWelcomeVisible(shouldOfferFirstLesson());
}

bool LessonPlayer::confirmReplacingDiagram()
{
    if (!m_loadedScenario.isEmpty() || !m_host.isDiagramModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Start the lesson"),
                    tr("The lesson puts its own diagram on the canvas. %1 has unsaved changes: "
                       "save them first?")
                        .arg(m_host.diagramName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_panel);
    box.setObjectName(u"lessonUnsavedPrompt"_s);
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        return m_host.saveDiagram();
    return answer == QMessageBox::Discard;
}

bool LessonPlayer::startLesson(const QString &id, int step)
{
    const Lesson *lesson = m_panel->lesson(id);
    if (!lesson)
        return false;
    if (m_run->isActive() || m_driver->isBusy()) {
        emit message(tr("A run is going on. Stop it before starting a lesson."));
        return false;
    }
    const Lesson copy = *lesson; // the panel's list may be reloaded meanwhile
    bool hasScenario = false;
    for (const LessonStep &s : copy.steps)
        hasScenario = hasScenario || !s.scenario.isEmpty();
    if (hasScenario && !confirmReplacingDiagram())
        return false;
    m_panel->listPage()->setWelcomeVisible(false);
    m_panel->listPage()->setLeftNotice({});
    m_panel->session()->start(copy, step);
    emit lessonStarted(id);
    return true;
}

void LessonPlayer::leaveLesson()
{
    if (m_driver->isBusy())
        m_driver->cancel();
    m_panel->session()->leave();
}

void LessonPlayer::diagramReplaced()
{
    LessonSession *session = m_panel->session();
    if (m_loadingStep || !session->isActive())
        return;
    const QString id = session->lesson().id;
    leaveLesson();
    m_panel->listPage()->setLeftNotice(id);
    emit message(tr("Another diagram was opened, so the lesson was left. Continue it from the "
                    "Lessons panel."));
}

QString LessonPlayer::lessonDir() const
{
    const QString file = m_panel->session()->lesson().fileName;
    return file.isEmpty() ? QString() : QFileInfo(file).absolutePath();
}

void LessonPlayer::loadStepScenario()
{
    LessonSession *session = m_panel->session();
    const QString name = session->scenarioAt(session->stepIndex());
    // The same scenario as on the canvas stays, with whatever the student changed in it.
    if (name.isEmpty() || name == m_loadedScenario)
        return;
    const QString path = findLessonScenario(name, lessonDir());
    const QScopedValueRollback loading(m_loadingStep, true);
    if (path.isEmpty() || !m_host.openScenario(path)) {
        m_panel->stepPage()->setRunStatus(
            tr("The diagram %1 of this step could not be loaded.").arg(name));
        return;
    }
    m_loadedScenario = name;
}

bool LessonPlayer::run()
{
    LessonSession *session = m_panel->session();
    if (!session->isActive() || !session->stepRuns())
        return false;
    if (m_driver->isBusy())
        return true;
    const QString blocked = runBlockReason();
    if (!blocked.isEmpty()) {
        emit message(blocked);
        return true;
    }
    const LessonStep &step = *session->step();
    const LessonAction action = step.effectiveAction();
    if (action.kind == LessonAction::Kind::Set) {
        // Changed on the diagram itself, as one undo step, so the student sees the new
        // value in the properties and can change it back.
        Scenario changed = m_host.diagram();
        QString error;
        if (applyLessonSet(&changed, action.target, action.property, action.value, &error))
            m_host.editDiagram(changed, tr("Lesson: set %1").arg(action.property));
    }
    QString error;
    const QList<LessonRun> runs = planLessonRuns(action, m_host.diagram(), lessonDir(), &error);
    session->setRunning(true);
    m_panel->stepPage()->setRunStatus({});
    if (runs.isEmpty() || !m_driver->begin(runs, &error)) {
        session->setRunning(false);
        m_panel->stepPage()->setRunStatus(tr("The step cannot run: %1").arg(error));
    } else if (m_driver->isMeasuring()) {
        // Nothing moves on the canvas meanwhile: say what is going on.
        m_panel->stepPage()->setRunStatus(
            tr("Measuring the textbook ring, the fast ring and a pipe at each item size "
               "(a few seconds)…"));
    }
    return true;
}

QString LessonPlayer::runBlockReason() const
{
    return m_panel->session()->runBlockReason();
}

void LessonPlayer::stopRequested()
{
    m_driver->cancel();
}

void LessonPlayer::onRunsFinished(const QList<QJsonObject> &summaries)
{
    LessonSession *session = m_panel->session();
    session->setRunning(false);
    m_panel->stepPage()->setRunStatus({});
    session->takeRuns(summaries);
    // Point at the figure right away; the reveal's button does it again on request.
    const auto outcome = session->prediction();
    const LessonStep *step = session->step();
    if (outcome && outcome->ok() && step && step->prediction && m_highlighter &&
        !step->prediction->highlight.isEmpty())
        m_highlighter->highlight(step->prediction->highlight);
}

bool LessonPlayer::shouldOfferFirstLesson() const
{
    return !m_panel->lessons().isEmpty() && !QSettings().value(kOfferedKey, false).toBool() &&
           !m_panel->progress()->anyStarted();
}

void LessonPlayer::setFirstLessonOffered()
{
    QSettings().setValue(kOfferedKey, true);
}

} // namespace proclab
