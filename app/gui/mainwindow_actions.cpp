// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: actions, menus and the file toolbar.

#include "app/gui/mainwindow.h"

#include "app/gui/languagemanager.h"
#include "app/gui/runtoolbar.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/nodekind.h"
#include "widgets/diagram/palettewidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>

using namespace proclab;

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
}
} // namespace

void MainWindow::createActions()
{
    auto add = [this](const char *key, const QIcon &ic, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(ic, QString(), this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(QLatin1String(key), action);
        return action;
    };
    add("new", icon("new"), QKeySequence::New, [this] { newFile(); });
    add("open", icon("open"), QKeySequence::Open, [this] { openFile(); });
    add("save", icon("save"), QKeySequence::Save, [this] { save(); });
    add("saveAs", QIcon(), QKeySequence::SaveAs, [this] { saveAs(); });
    add("quit", QIcon(), QKeySequence::Quit, [this] { close(); });
    add("cut", icon("cut"), QKeySequence::Cut, [this] { m_scene->cutSelection(); });
    add("copy", icon("copy"), QKeySequence::Copy, [this] { m_scene->copySelection(); });
    add("paste", icon("paste"), QKeySequence::Paste, [this] { m_scene->paste(); });
    add("delete", icon("delete"), QKeySequence::Delete, [this] { m_scene->deleteSelection(); });
    add("selectAll", QIcon(), QKeySequence::SelectAll, [this] {
        for (QGraphicsItem *item : m_scene->items())
            item->setSelected(item->flags() & QGraphicsItem::ItemIsSelectable);
    });
    add("arrange", icon("arrange"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        [this] { m_scene->arrange(); });
    add("zoomIn", icon("zoom-in"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    add("zoomOut", icon("zoom-out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    add("zoomReset", QIcon(), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->resetZoom(); });
    add("fit", icon("zoom-fit"), QKeySequence(Qt::CTRL | Qt::Key_F),
        [this] { m_view->fitDiagram(); });
    add("about", QIcon(), QKeySequence(), [this] {
        QMessageBox::about(this, tr("About ProcLab"),
                           tr("<b>ProcLab %1</b><p>Multi-process programming on Linux, taught "
                              "with real processes: every box is a real fork().</p>")
                               .arg(QStringLiteral(PROCLAB_VERSION)));
    });

    QAction *undo = m_scene->undoStack()->createUndoAction(this);
    undo->setIcon(icon("undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions.insert(QStringLiteral("undo"), undo);
    QAction *redo = m_scene->undoStack()->createRedoAction(this);
    redo->setIcon(icon("redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_actions.insert(QStringLiteral("redo"), redo);

    int n = 1;
    for (const NodeKind kind : allNodeKinds()) {
        auto *action = new QAction(nodeKindIcon(kind), QString(), this);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + n++)));
        connect(action, &QAction::triggered, this,
                [this, kind] { m_scene->addNodeAtFreeSpot(kind); });
        m_insertActions.insert(kind, action);
    }

    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::supported()) {
        // Each language is named in itself, so it can be found whatever is shown now.
        auto *action = new QAction(code == QLatin1String("ko") ? QStringLiteral("한국어")
                                                               : QStringLiteral("English"),
                                   m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_language->language());
        connect(action, &QAction::triggered, this, [this, code] { m_language->setLanguage(code); });
    }
    connect(m_scene, &DiagramScene::lockedChanged, this, &MainWindow::updateEditActions);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateEditActions);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_actions.value(QStringLiteral("new")));
    m_fileMenu->addAction(m_actions.value(QStringLiteral("open")));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_examplesMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.value(QStringLiteral("save")));
    m_fileMenu->addAction(m_actions.value(QStringLiteral("saveAs")));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.value(QStringLiteral("quit")));
    rebuildRecentMenu();
    rebuildExamplesMenu();

    m_editMenu = menuBar()->addMenu(QString());
    for (const char *key :
         {"undo", "redo", "", "cut", "copy", "paste", "delete", "", "selectAll", "arrange"}) {
        if (*key)
            m_editMenu->addAction(m_actions.value(QLatin1String(key)));
        else
            m_editMenu->addSeparator();
    }
    m_insertMenu = menuBar()->addMenu(QString());
    for (const NodeKind kind : allNodeKinds())
        m_insertMenu->addAction(m_insertActions.value(kind));

    m_viewMenu = menuBar()->addMenu(QString());
    for (const char *key : {"zoomIn", "zoomOut", "zoomReset", "fit"})
        m_viewMenu->addAction(m_actions.value(QLatin1String(key)));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock :
         {m_paletteDock, m_propertiesDock, m_processesDock, m_eventsDock, m_chartsDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_runMenu = menuBar()->addMenu(QString());
    m_runMenu->addAction(m_runToolBar->runAction());
    m_runMenu->addAction(m_runToolBar->pauseAction());
    m_runMenu->addAction(m_runToolBar->stopAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_actions.value(QStringLiteral("about")));

    m_fileToolBar = addToolBar(QString());
    m_fileToolBar->setObjectName(QStringLiteral("fileToolBar"));
    for (const char *key : {"new", "open", "save", "", "undo", "redo", "", "delete", "arrange", "",
                            "zoomIn", "zoomOut", "fit"}) {
        if (*key)
            m_fileToolBar->addAction(m_actions.value(QLatin1String(key)));
        else
            m_fileToolBar->addSeparator();
    }
    updateEditActions();
}

void MainWindow::updateEditActions()
{
    const bool locked = m_scene->isLocked();
    const bool selection = !m_scene->selectedItems().isEmpty();
    for (const char *key : {"new", "open", "paste", "selectAll", "arrange"})
        m_actions.value(QLatin1String(key))->setEnabled(!locked);
    for (const char *key : {"cut", "delete"})
        m_actions.value(QLatin1String(key))->setEnabled(!locked && selection);
    m_actions.value(QStringLiteral("copy"))->setEnabled(selection);
    m_actions.value(QStringLiteral("undo"))->setEnabled(!locked && m_scene->undoStack()->canUndo());
    m_actions.value(QStringLiteral("redo"))->setEnabled(!locked && m_scene->undoStack()->canRedo());
    for (QAction *action : std::as_const(m_insertActions))
        action->setEnabled(!locked);
    m_examplesMenu->setEnabled(!locked);
    m_recentMenu->setEnabled(!locked);
    m_palette->setEnabled(!locked);
}

void MainWindow::retranslateActions()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_examplesMenu->setTitle(tr("&Examples"));
    m_editMenu->setTitle(tr("&Edit"));
    m_insertMenu->setTitle(tr("&Insert"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_runMenu->setTitle(tr("&Run"));
    m_helpMenu->setTitle(tr("&Help"));
    m_fileToolBar->setWindowTitle(tr("File"));
    const QList<QPair<const char *, QString>> texts = {
        {"new", tr("&New")},
        {"open", tr("&Open…")},
        {"save", tr("&Save")},
        {"saveAs", tr("Save &As…")},
        {"quit", tr("&Quit")},
        {"cut", tr("Cu&t")},
        {"copy", tr("&Copy")},
        {"paste", tr("&Paste")},
        {"delete", tr("&Delete")},
        {"selectAll", tr("Select &All")},
        {"arrange", tr("Arrange &Diagram")},
        {"zoomIn", tr("Zoom &In")},
        {"zoomOut", tr("Zoom &Out")},
        {"zoomReset", tr("&Actual Size")},
        {"fit", tr("&Fit Diagram")},
        {"about", tr("&About ProcLab")},
    };
    for (const auto &[key, text] : texts)
        m_actions.value(QLatin1String(key))->setText(text);
    for (auto it = m_insertActions.cbegin(); it != m_insertActions.cend(); ++it) {
        it.value()->setText(nodeKindTitle(it.key()));
        it.value()->setToolTip(nodeKindDescription(it.key()));
    }
    rebuildRecentMenu();
}
