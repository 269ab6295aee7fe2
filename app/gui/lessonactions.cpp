// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/lessonactions.h"

#include "app/gui/fileactions.h"
#include "app/gui/runactions.h"
#include "core/document/scenariodocument.h"
#include "widgets/common/scenarioerrordialog.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/lesson/lessonhighlighter.h"
#include "widgets/lesson/lessonpanel.h"
#include "widgets/lesson/lessonplayer.h"
#include "widgets/lesson/lessonsession.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

using namespace proclab;

LessonActions::LessonActions(RunController *run, ScenarioDocument *document, FileActions *files,
                             RunActions *runs, DiagramView *view, QMainWindow *window)
    : QObject(window), m_document(document), m_view(view), m_window(window),
      m_panel(new LessonPanel(window)), m_dock(new QDockWidget(window)),
      m_highlighter(new LessonHighlighter(view->diagram(), view, this)),
      m_showAction(new QAction(this))
{
    LessonHost host;
    host.isDiagramModified = [this] { return m_document->isModified(); };
    host.saveDiagram = [this, files] {
        // The File menu's Save, with its dialog for an untitled diagram.
        files->action("save")->trigger();
        return !m_document->isModified();
    };
    host.diagramName = [this] { return m_document->displayName(); };
    host.openScenario = [this](const QString &path) {
        const QList<ScenarioError> errors = m_document->openCopy(path);
        if (!errors.isEmpty()) {
            ScenarioErrorDialog dialog(path, errors, m_window);
            dialog.exec();
            return false;
        }
        QTimer::singleShot(0, m_view, &DiagramView::fitDiagram);
        return true;
    };
    host.diagram = [this] { return m_document->scenario(); };
    host.editDiagram = [this](const Scenario &after, const QString &text) {
        return m_document->edit(after, text);
    };
    host.startRun = [runs](const Scenario &scenario) { return runs->start(scenario); };
    m_player = new LessonPlayer(m_panel, run, host, this);
    m_player->setHighlighter(m_highlighter);
    connect(m_document, &ScenarioDocument::replaced, m_player, &LessonPlayer::diagramReplaced);
    connect(m_panel->session(), &LessonSession::activeChanged, m_view, &DiagramView::setLessonMode);

    m_dock->setObjectName(QStringLiteral("lessonsDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                        QDockWidget::DockWidgetClosable);
    m_showAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_showAction, &QAction::triggered, this, &LessonActions::showDock);
    connect(m_player, &LessonPlayer::lessonStarted, this, &LessonActions::showDock);
    connect(m_player, &LessonPlayer::message, this,
            [this](const QString &text) { emit statusMessage(text, 8000); });
    m_player->loadLessons();
}

void LessonActions::setProcessTable(ProcessTreeModel *model, ProcessTreeView *view)
{
    m_highlighter->setProcessTable(model, view);
}

void LessonActions::setCharts(ChartsPanel *charts)
{
    m_highlighter->setCharts(charts);
}

QString LessonActions::runBlockReason() const
{
    return m_player->runBlockReason();
}

bool LessonActions::handleRun()
{
    return m_player->run();
}

void LessonActions::stopRequested()
{
    m_player->stopRequested();
}

void LessonActions::offerFirstLesson()
{
    if (m_player->shouldOfferFirstLesson())
        showDock();
}

bool LessonActions::openLesson(const QString &spec, QString *error)
{
    const QString id = spec.section(u':', 0, 0);
    const QString stepText = spec.section(u':', 1);
    const proclab::Lesson *lesson = m_panel->lesson(id);
    if (!lesson) {
        *error = tr("there is no lesson \"%1\" (proclab-cli lesson list names them)").arg(id);
        return false;
    }
    bool ok = true;
    const int step = stepText.isEmpty() ? 1 : stepText.toInt(&ok);
    if (!ok || step < 1 || step > lesson->steps.size()) {
        *error = tr("lesson \"%1\" has steps 1 to %2, not \"%3\"")
                     .arg(id)
                     .arg(lesson->steps.size())
                     .arg(stepText);
        return false;
    }
    if (!m_player->startLesson(id, step - 1)) {
        *error = tr("lesson \"%1\" could not be started").arg(id);
        return false;
    }
    return true;
}

void LessonActions::showDock()
{
    m_dock->show();
    m_dock->raise();
}

void LessonActions::retranslate()
{
    m_dock->setWindowTitle(tr("Lessons"));
    m_showAction->setText(tr("&Lessons"));
    m_showAction->setToolTip(tr("Show the lessons (F1)"));
}
