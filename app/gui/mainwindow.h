// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ProcLab main window. Split by job: mainwindow.cpp (layout, title, closing),
// mainwindow_actions.cpp (actions and menus), mainwindow_file.cpp (files, examples,
// recent files), mainwindow_run.cpp (running the diagram).

#include <QHash>
#include <QMainWindow>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class LanguageManager;
class RunToolBar;

namespace proclab {
class DiagramScene;
class DiagramView;
class EventLogWidget;
class LegendWidget;
class PaletteWidget;
class ProcessTreeModel;
class ProcessTreeView;
class PropertyPanel;
class RunController;
class RunPresenter;
class ScenarioDocument;
enum class NodeKind;
} // namespace proclab

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openPath(const QString &path); // shows errors; false keeps the current diagram
    void runNow() { startRun(); }       // --run on the command line
    proclab::DiagramScene *scene() const { return m_scene; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // mainwindow.cpp
    void createDocks();
    void updateTitle();
    void retranslate();
    void showStatus(const QString &message, int timeoutMs = 6000);
    // mainwindow_actions.cpp
    void createActions();
    void createMenus();
    void retranslateActions();
    void updateEditActions();
    // mainwindow_file.cpp
    bool maybeSave();
    void newFile();
    void openFile();
    bool save();
    bool saveAs();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void rebuildExamplesMenu();
    // mainwindow_run.cpp
    void startRun();
    void onRunFailed(const QString &reason);

    LanguageManager *m_language;
    proclab::DiagramScene *m_scene;
    proclab::DiagramView *m_view;
    proclab::ScenarioDocument *m_document;
    proclab::RunController *m_run;
    proclab::RunPresenter *m_presenter;
    proclab::PaletteWidget *m_palette;
    proclab::LegendWidget *m_legend;
    proclab::PropertyPanel *m_properties;
    proclab::ProcessTreeModel *m_processModel;
    proclab::ProcessTreeView *m_processView;
    proclab::EventLogWidget *m_eventLog;
    RunToolBar *m_runToolBar;
    QToolBar *m_fileToolBar = nullptr;
    QLabel *m_problemsLabel;

    QDockWidget *m_paletteDock = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QDockWidget *m_processesDock = nullptr;
    QDockWidget *m_eventsDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;

    QHash<QString, QAction *> m_actions; // by a fixed key, never by text
    QHash<proclab::NodeKind, QAction *> m_insertActions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_examplesMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_insertMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
