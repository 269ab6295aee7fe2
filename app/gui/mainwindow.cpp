#include "app/gui/mainwindow.h"

#include "app/gui/languagemanager.h"
#include "app/gui/runtoolbar.h"
#include "core/run/runcontroller.h"
#include "widgets/charts/chartspanel.h"
#include "widgets/common/scenariodocument.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/legendwidget.h"
#include "widgets/diagram/palettewidget.h"
#include "widgets/diagram/propertypanel.h"
#include "widgets/runview/eventlogwidget.h"
#include "widgets/runview/processtreemodel.h"
#include "widgets/runview/processtreeview.h"
#include "widgets/runview/runpresenter.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace proclab;

MainWindow::MainWindow(LanguageManager *language, QWidget *parent)
    : QMainWindow(parent), m_language(language), m_scene(new DiagramScene(this)),
      m_view(new DiagramView(m_scene, this)), m_document(new ScenarioDocument(m_scene, this)),
      m_run(new RunController(this)), m_presenter(new RunPresenter(m_run, m_scene, this)),
      m_palette(new PaletteWidget(this)), m_legend(new LegendWidget(this)),
      m_properties(new PropertyPanel(m_scene, this)), m_processModel(new ProcessTreeModel(this)),
      m_processView(new ProcessTreeView(m_processModel, this)),
      m_eventLog(new EventLogWidget(this)), m_runToolBar(new RunToolBar(m_run, this)),
      m_problemsLabel(new QLabel(this))
{
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_view, 1);
    centralLayout->addWidget(m_legend);
    setCentralWidget(central);
    m_processModel->attach(m_run);
    m_eventLog->attach(m_run);
    createDocks();
    createActions();
    createMenus();
    addToolBar(m_runToolBar);
    statusBar()->addPermanentWidget(m_problemsLabel);

    connect(m_palette, &PaletteWidget::addRequested, m_scene,
            [this](NodeKind kind) { m_scene->addNodeAtFreeSpot(kind); });
    connect(m_scene, &DiagramScene::refused, this, [this](const QString &reason) {
        showStatus(tr("Not connected: %1").arg(reason), 8000);
    });
    connect(m_scene, &DiagramScene::scenarioChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_runToolBar, &RunToolBar::runRequested, this, &MainWindow::startRun);
    connect(m_run, &RunController::failed, this, &MainWindow::onRunFailed);
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
        resizeDocks({m_paletteDock, m_propertiesDock}, {220, 320}, Qt::Horizontal);
        resizeDocks({m_processesDock}, {height() * 9 / 25}, Qt::Vertical);
        resizeDocks({m_processesDock, m_eventsDock}, {width() * 9 / 20, width() * 11 / 20},
                    Qt::Horizontal);
    }
    retranslate();
}

MainWindow::~MainWindow() = default;

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
    // The sweep reruns the diagram as it is now, not the last run's copy.
    connect(m_scene, &DiagramScene::scenarioChanged, charts,
            [this, charts] { charts->setScenario(m_scene->scenario()); });
    m_chartsDock = makeDock(QStringLiteral("chartsDock"), charts, Qt::BottomDockWidgetArea);
    splitDockWidget(m_processesDock, m_eventsDock, Qt::Horizontal);
    tabifyDockWidget(m_eventsDock, m_chartsDock);
    m_eventsDock->raise();
}

void MainWindow::updateTitle()
{
    setWindowModified(m_document->isModified());
    setWindowTitle(tr("%1[*] — ProcLab").arg(m_document->displayName()));
    const int problems = m_scene->validation().count();
    m_problemsLabel->setText(problems == 0 ? tr("No problems")
                                           : tr("%n problem(s)", nullptr, problems));
    m_problemsLabel->setStyleSheet(problems == 0 ? QString() : QStringLiteral("color: #b3261e;"));
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
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
    retranslateActions();
    rebuildExamplesMenu(); // the examples' names and descriptions are in both languages
    updateTitle();
}
