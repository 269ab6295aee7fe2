// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mainwindow.h"

#include "app/gui/editactions.h"
#include "app/gui/fileactions.h"
#include "app/gui/languagemanager.h"
#include "app/gui/languagemenu.h"
#include "app/gui/lessonactions.h"
#include "app/gui/runactions.h"
#include "app/gui/runtoolbar.h"
#include "core/activity/activitycoordinator.h"
#include "core/document/scenariodocument.h"
#include "core/run/runcontroller.h"
#include "widgets/charts/chartspanel.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/legendwidget.h"
#include "widgets/diagram/nodeitem.h"
#include "widgets/diagram/palettewidget.h"
#include "widgets/diagram/propertypanel.h"
#include "widgets/lesson/lessonpanel.h"
#include "widgets/lesson/lessonplayer.h"
#include "widgets/lesson/lessonsession.h"
#include "widgets/runview/eventlogwidget.h"
#include "widgets/runview/processtreemodel.h"
#include "widgets/runview/processtreeview.h"
#include "widgets/runview/resultstrip.h"
#include "widgets/runview/runpresenter.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace proclab;

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
}
} // namespace

MainWindow::MainWindow(LanguageManager *language, QWidget *parent)
    : QMainWindow(parent), m_language(language), m_document(new ScenarioDocument(this)),
      m_scene(new DiagramScene(m_document, this)), m_view(new DiagramView(m_scene, this)),
      m_run(new RunController(this)),
      m_presenter(new RunPresenter(m_run, m_document, m_scene, this)),
      m_palette(new PaletteWidget(this)), m_legend(new LegendWidget(this)),
      m_properties(new PropertyPanel(m_document, m_scene, this)),
      m_processModel(new ProcessTreeModel(this)),
      m_processView(new ProcessTreeView(m_processModel, this)),
      m_eventLog(new EventLogWidget(this)), m_resultStrip(new ResultStrip(this)),
      m_runToolBar(new RunToolBar(m_run, this)),
      m_fileActions(new FileActions(m_document, m_view, this)),
      m_editActions(new EditActions(m_document, m_scene, this)),
      m_activity(new ActivityCoordinator(this)),
      m_runActions(new RunActions(m_run, m_document, m_activity, this)),
      m_lessons(new LessonActions(m_run, m_document, m_fileActions, m_runActions, m_view, this)),
      m_problemsButton(new QToolButton(this))
{
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_view, 1);
    // The run's outcome right under the diagram that produced it, above the state legend.
    centralLayout->addWidget(m_resultStrip);
    centralLayout->addWidget(m_legend);
    setCentralWidget(central);
    m_processModel->attach(m_run);
    m_eventLog->attach(m_run);
    m_resultStrip->attach(m_run);
    m_resultStrip->followDocument(m_document);
    createDocks();
    createViewActions();
    createMenus();
    addToolBar(m_runToolBar);
    m_problemsButton->setObjectName(QStringLiteral("problemsButton"));
    statusBar()->addPermanentWidget(m_problemsButton);
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setPopupMode(QToolButton::InstantPopup);
    m_problemsButton->setMenu(new QMenu(m_problemsButton));
    connect(m_problemsButton->menu(), &QMenu::aboutToShow, this, &MainWindow::fillProblemsMenu);

    connect(m_palette, &PaletteWidget::addRequested, m_scene,
            [this](NodeKind kind) { m_scene->addNodeAtFreeSpot(kind); });
    connect(m_document, &ScenarioDocument::lockedChanged, m_palette,
            [this](bool locked) { m_palette->setEnabled(!locked); });
    connect(m_scene, &DiagramScene::refused, this, [this](const QString &reason) {
        showStatus(tr("Not connected: %1").arg(reason), 8000);
    });
    connect(m_document, &ScenarioDocument::validationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_fileActions, &FileActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_runActions, &RunActions::statusMessage, this, &MainWindow::showStatus);
    // The charts have their own half of the bottom; beside them the table shows the run
    // (the log is a click away). Beside a lesson they share one tab group: then the charts
    // come to the front for a scenario with channels, the table for one of processes only.
    connect(m_runActions, &RunActions::started, this, [this](bool) {
        const bool charts = !m_run->scenario().channels.isEmpty() ||
                            !tabifiedDockWidgets(m_processesDock).contains(m_chartsDock);
        m_processesDock->raise();
        if (charts)
            m_chartsDock->raise();
    });
    // A lesson step makes its own runs (and holds Run until its prediction is locked in).
    connect(m_runToolBar, &RunToolBar::runRequested, this, &MainWindow::runNow);
    connect(m_runToolBar->stopAction(), &QAction::triggered, m_lessons,
            &LessonActions::stopRequested);
    connect(m_lessons, &LessonActions::statusMessage, this, &MainWindow::showStatus);
    // Run waits for a lesson's locked-in prediction, and for a diagram with a process in it.
    m_runToolBar->setGate([this] { return runBlockReason(); });
    connect(m_lessons->player(), &LessonPlayer::gateChanged, m_runToolBar, &RunToolBar::refresh);
    connect(m_document, &ScenarioDocument::validationChanged, m_runToolBar, &RunToolBar::refresh);
    connect(m_language, &LanguageManager::languageChanged, this,
            [this] { m_scene->retranslate(); });

    m_document->newDocument();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray())) {
        // First start: use the screen (a diagram and charts want room), up to a sensible size.
        const QRect avail = screen()->availableGeometry();
        resize(qMin(avail.width(), 1920), qMin(avail.height(), 1200));
        move(avail.topLeft());
    }
    if (!restoreState(settings.value(QStringLiteral("ui/state")).toByteArray())) {
        // The palette as narrow as its entries allow (its minimum); the lessons share the
        // properties' width (tabbed), and their figures are written for it.
        resizeDocks({m_paletteDock, m_propertiesDock}, {1, LessonPanel::kDockWidth},
                    Qt::Horizontal);
        resizeDocks({m_processesDock}, {height() * 9 / 25}, Qt::Vertical);
        sizeBottomDocks();
    }
    // A window closed during a lesson saved its charts as a tab; no lesson is read yet.
    placeBottomDocks(false);
    retranslate();
    m_lessons->offerFirstLesson();
}

MainWindow::~MainWindow()
{
    // Closing hides the Lessons dock: no relayout of a window half torn down.
    disconnect(m_lessons->dock(), nullptr, this, nullptr);
    disconnect(static_cast<LessonPanel *>(m_lessons->dock()->widget())->session(), nullptr, this,
               nullptr);
}

bool MainWindow::openPath(const QString &path)
{
    return m_fileActions->openPath(path);
}

bool MainWindow::openLesson(const QString &spec, QString *error)
{
    return m_lessons->openLesson(spec, error);
}

void MainWindow::runNow()
{
    if (!m_lessons->handleRun())
        m_runActions->startRun();
}

void MainWindow::sizeBottomDocks()
{
    // The table as wide as its columns want (every header, number and state whole), up
    // to half the window, and on a wide screen two fifths of it (long names whole); the
    // charts the rest: two side by side at 1280x800 (one beside a lesson).
    const int table =
        std::min(width() / 2, std::max(width() * 2 / 5, m_processView->sizeHint().width()));
    resizeDocks({m_processesDock, m_chartsDock}, {table, width() - table}, Qt::Horizontal);
}

void MainWindow::placeBottomDocks(bool reading)
{
    // Only the arrangement this window made: docks the student moved or floated stay put.
    auto atBottom = [this](QDockWidget *dock) {
        return !dock->isFloating() && dockWidgetArea(dock) == Qt::BottomDockWidgetArea;
    };
    if (!atBottom(m_processesDock) || !atBottom(m_chartsDock))
        return;
    // Beside a lesson the bottom is about 920 px wide at 1280x800: the table with every
    // column whole and two charts side by side do not both fit, and one chart at a time
    // under a scroll bar hid the second chart that matters. So while a lesson is read the
    // charts are a tab beside the table and the log, each with the bottom's whole width; the
    // step points at the one to look at (LessonHighlighter raises it), and a run raises the
    // charts when its scenario has channels (their flow is what the charts show).
    const bool tabbed = tabifiedDockWidgets(m_processesDock).contains(m_chartsDock);
    if (reading == tabbed)
        return;
    if (reading)
        tabifyDockWidget(m_eventsDock, m_chartsDock);
    else
        splitDockWidget(m_processesDock, m_chartsDock, Qt::Horizontal);
    // As tabs their names are on the tabs: their title bars would say them again and take
    // the 20 px the charts need to stay whole (an empty widget is Qt's way to hide a bar).
    for (QDockWidget *dock : {m_processesDock, m_eventsDock, m_chartsDock}) {
        QWidget *bar = dock->titleBarWidget();
        dock->setTitleBarWidget(reading ? new QWidget(dock) : nullptr);
        delete bar;
    }
    m_processesDock->raise();
    if (!reading)
        sizeBottomDocks();
}

void MainWindow::createDocks()
{
    auto makeDock = [this](const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(this);
        dock->setObjectName(name);
        dock->setWidget(content);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
        addDockWidget(area, dock);
        return dock;
    };
    m_paletteDock = makeDock(QStringLiteral("paletteDock"), m_palette, Qt::LeftDockWidgetArea);
    m_propertiesDock =
        makeDock(QStringLiteral("propertiesDock"), m_properties, Qt::RightDockWidgetArea);
    m_processesDock =
        makeDock(QStringLiteral("processesDock"), m_processView, Qt::BottomDockWidgetArea);
    m_eventsDock = makeDock(QStringLiteral("eventsDock"), m_eventLog, Qt::BottomDockWidgetArea);
    auto *charts = new ChartsPanel(m_run, this);
    // The sweep reruns the diagram as it is now, not the last run's copy; a new document
    // shows its own channels.
    charts->setDocument(m_document);
    charts->setCoordinator(m_activity);
    // One truth on screen: a new document starts with an empty process table, event log,
    // timer and charts of its own channels; the previous run stays in Compare runs.
    m_processModel->followDocument(m_document);
    m_eventLog->followDocument(m_document);
    connect(m_document, &ScenarioDocument::replaced, m_runToolBar, &RunToolBar::clearShownRun);
    m_chartsDock = makeDock(QStringLiteral("chartsDock"), charts, Qt::BottomDockWidgetArea);
    // The lessons share the right side with the properties: one is read, then the other.
    // The bottom runs the window's whole width: at 1280x800 the process table needs it
    // to show every header, number and state whole, the event log its details, and the
    // charts two charts side by side; a lesson's text scrolls.
    addDockWidget(Qt::RightDockWidgetArea, m_lessons->dock());
    tabifyDockWidget(m_propertiesDock, m_lessons->dock());
    // Except while a lesson is read: then the right side runs the window's whole height, so
    // a step's text, its choices and Lock in are in sight without scrolling at 1280x800
    // (under a full-width bottom the dock kept about 400 px); the bottom gives up the
    // lesson's width meanwhile (see placeBottomDocks()).
    auto *session = static_cast<LessonPanel *>(m_lessons->dock()->widget())->session();
    auto placeLesson = [this, session] {
        const bool reading = m_lessons->dock()->isVisible() && session->isActive();
        const Qt::DockWidgetArea owner =
            reading ? Qt::RightDockWidgetArea : Qt::BottomDockWidgetArea;
        if (corner(Qt::BottomRightCorner) == owner)
            return;
        setCorner(Qt::BottomRightCorner, owner);
        placeBottomDocks(reading);
        // The lesson's width comes back to the charts.
        if (!reading)
            sizeBottomDocks();
    };
    connect(m_lessons->dock(), &QDockWidget::visibilityChanged, this, placeLesson);
    connect(session, &LessonSession::activeChanged, this, placeLesson);
    m_propertiesDock->raise();
    m_lessons->setProcessTable(m_processModel, m_processView);
    m_lessons->setCharts(charts);
    // Bottom: the process table and the event log share the left half as tabs, the charts
    // have the right half. At 1280x800 a third column would leave the charts room for one
    // chart with a cut legend; the run's two most telling charts need the width.
    splitDockWidget(m_processesDock, m_chartsDock, Qt::Horizontal);
    tabifyDockWidget(m_processesDock, m_eventsDock);
    m_processesDock->raise();
}

void MainWindow::createViewActions()
{
    auto add = [this](const char *key, const QIcon &ic, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(ic, QString(), this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(QLatin1String(key), action);
    };
    add("quit", QIcon(), QKeySequence::Quit, [this] { close(); });
    add("zoomIn", icon("zoom-in"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    add("zoomOut", icon("zoom-out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    add("zoomReset", QIcon(), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->resetZoom(); });
    add("fit", icon("zoom-fit"), QKeySequence(Qt::CTRL | Qt::Key_F),
        [this] { m_view->fitWholeDiagram(); });
    add("about", QIcon(), QKeySequence(), [this] {
        QMessageBox::about(this, tr("About ProcLab"),
                           tr("<b>ProcLab %1</b><p>Multi-process programming on Linux, taught "
                              "with real processes: every box is a real fork().</p>")
                               .arg(QStringLiteral(PROCLAB_VERSION)));
    });
}

void MainWindow::createMenus()
{
    // An empty key is a separator.
    auto fill = [this](auto *target, std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            if (!*key) {
                target->addSeparator();
                continue;
            }
            QAction *action = m_actions.value(QLatin1String(key));
            if (!action)
                action = m_fileActions->action(key);
            if (!action)
                action = m_editActions->action(key);
            target->addAction(action);
        }
    };
    m_fileMenu = menuBar()->addMenu(QString());
    fill(m_fileMenu, {"new", "open"});
    m_fileMenu->addMenu(m_fileActions->recentMenu());
    m_fileMenu->addMenu(m_fileActions->examplesMenu());
    fill(m_fileMenu, {"", "save", "saveAs", "", "quit"});

    m_editMenu = menuBar()->addMenu(QString());
    fill(m_editMenu,
         {"undo", "redo", "", "cut", "copy", "paste", "delete", "", "selectAll", "arrange"});
    m_insertMenu = menuBar()->addMenu(QString());
    for (const NodeKind kind : allNodeKinds())
        m_insertMenu->addAction(m_editActions->insertAction(kind));

    m_viewMenu = menuBar()->addMenu(QString());
    fill(m_viewMenu, {"zoomIn", "zoomOut", "zoomReset", "fit", ""});
    for (QDockWidget *dock : {m_paletteDock, m_propertiesDock, m_lessons->dock(), m_processesDock,
                              m_eventsDock, m_chartsDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = new LanguageMenu(m_language, this);
    m_viewMenu->addMenu(m_languageMenu);

    m_runMenu = menuBar()->addMenu(QString());
    m_runMenu->addAction(m_runToolBar->runAction());
    m_runMenu->addAction(m_runToolBar->pauseAction());
    m_runMenu->addAction(m_runToolBar->stopAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_lessons->showAction());
    fill(m_helpMenu, {"about"});

    m_fileToolBar = addToolBar(QString());
    m_fileToolBar->setObjectName(QStringLiteral("fileToolBar"));
    fill(m_fileToolBar, {"new", "open", "save", "", "undo", "redo", "", "delete", "arrange", "",
                         "zoomIn", "zoomOut", "fit"});
}

void MainWindow::updateTitle()
{
    setWindowModified(m_document->isModified());
    setWindowTitle(tr("%1[*] — ProcLab").arg(m_document->displayName()));
    const int problems = m_document->validation().count();
    // A blank canvas is where everyone starts, and its hint says how to begin: the status bar
    // does not call it a problem in red.
    const Scenario &s = m_document->scenario();
    m_problemsButton->setVisible(!s.processes.isEmpty() || !s.channels.isEmpty());
    m_problemsButton->setText(problems == 0 ? tr("No problems")
                                            : tr("%n problem(s)", nullptr, problems));
    m_problemsButton->setEnabled(problems > 0);
    m_problemsButton->setStyleSheet(problems == 0 ? QString() : QStringLiteral("color: #b3261e;"));
}

QString MainWindow::runBlockReason() const
{
    const QString lesson = m_lessons->runBlockReason();
    if (!lesson.isEmpty())
        return lesson;
    if (m_document->scenario().processes.isEmpty())
        return tr("Nothing to run yet: drag a process from the Palette onto the canvas, or open "
                  "an example.");
    return {};
}

void MainWindow::fillProblemsMenu()
{
    QMenu *menu = m_problemsButton->menu();
    menu->clear();
    const Scenario &s = m_document->scenario();
    for (const ScenarioError &e : m_document->problems()) {
        // The item the problem is about, named as the diagram names it; choosing the entry
        // selects that item so its property form shows the field.
        const ValidationMap::Location at = ValidationMap::locate(e.path);
        QString id, name;
        if (at.collection == QLatin1String("processes") && at.index >= 0 &&
            at.index < s.processes.size()) {
            id = s.processes[at.index].id;
            name = s.processes[at.index].label.isEmpty() ? id : s.processes[at.index].label.text();
        } else if (at.collection == QLatin1String("channels") && at.index >= 0 &&
                   at.index < s.channels.size()) {
            id = s.channels[at.index].id;
            name = s.channels[at.index].label.isEmpty() ? id : s.channels[at.index].label.text();
        }
        const QString text = name.isEmpty() ? e.message : tr("%1: %2").arg(name, e.message);
        QAction *action = menu->addAction(text);
        if (id.isEmpty())
            continue;
        connect(action, &QAction::triggered, this, [this, id] {
            m_scene->selectIds({id});
            if (QGraphicsItem *item = m_scene->nodeItem(id))
                m_view->ensureVisible(item);
        });
    }
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    m_run->stop();
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_paletteDock->setWindowTitle(tr("Palette"));
    m_propertiesDock->setWindowTitle(tr("Properties"));
    m_processesDock->setWindowTitle(tr("Processes"));
    m_eventsDock->setWindowTitle(tr("Event log"));
    m_chartsDock->setWindowTitle(tr("Charts"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_insertMenu->setTitle(tr("&Insert"));
    m_viewMenu->setTitle(tr("&View"));
    m_runMenu->setTitle(tr("&Run"));
    m_helpMenu->setTitle(tr("&Help"));
    m_fileToolBar->setWindowTitle(tr("File"));
    const QList<QPair<const char *, QString>> texts = {
        {"quit", tr("&Quit")},        {"zoomIn", tr("Zoom &In")},
        {"zoomOut", tr("Zoom &Out")}, {"zoomReset", tr("&Actual Size")},
        {"fit", tr("&Fit Diagram")},  {"about", tr("&About ProcLab")},
    };
    for (const auto &[key, text] : texts)
        m_actions.value(QLatin1String(key))->setText(text);
    m_fileActions->retranslate();
    m_editActions->retranslate();
    m_lessons->retranslate();
    updateTitle();
}
