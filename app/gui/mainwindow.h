// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ProcLab main window: it lays out the diagram, the docks, the menus and toolbars,
// and shows the document's title and problem count. The jobs behind the menus are
// classes of their own: FileActions, EditActions, RunActions, LessonActions, LanguageMenu.

#include <QHash>
#include <QMainWindow>

class QDockWidget;
class QLabel;
class QToolButton;
class QMenu;
class EditActions;
class FileActions;
class LanguageManager;
class LanguageMenu;
class LessonActions;
class RunActions;
class RunToolBar;

namespace proclab {
class ActivityCoordinator;
class DiagramScene;
class DiagramView;
class EventLogWidget;
class LegendWidget;
class PaletteWidget;
class ProcessTreeModel;
class ProcessTreeView;
class PropertyPanel;
class ResultStrip;
class RunController;
class RunPresenter;
class ScenarioDocument;
} // namespace proclab

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openPath(const QString &path); // shows errors; false keeps the current diagram
    void runNow();                      // --run on the command line
    // --lesson ID[:STEP]: false with `error` set when there is no such lesson or step.
    bool openLesson(const QString &spec, QString *error);
    proclab::ScenarioDocument *document() const { return m_document; }
    proclab::RunController *runController() const { return m_run; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void sizeBottomDocks(); // the process table as wide as it wants, the charts the rest
    void placeBottomDocks(bool reading); // the charts beside the table, or a tab while reading
    void createViewActions();
    void createMenus();
    void fillProblemsMenu();
    QString runBlockReason() const; // empty when Run may start the diagram
    void updateTitle();
    void retranslate();
    void showStatus(const QString &message, int timeoutMs = 6000);

    LanguageManager *m_language;
    proclab::ScenarioDocument *m_document;
    proclab::DiagramScene *m_scene;
    proclab::DiagramView *m_view;
    proclab::RunController *m_run;
    proclab::RunPresenter *m_presenter;
    proclab::PaletteWidget *m_palette;
    proclab::LegendWidget *m_legend;
    proclab::PropertyPanel *m_properties;
    proclab::ProcessTreeModel *m_processModel;
    proclab::ProcessTreeView *m_processView;
    proclab::EventLogWidget *m_eventLog;
    proclab::ResultStrip *m_resultStrip;
    RunToolBar *m_runToolBar;
    FileActions *m_fileActions;
    EditActions *m_editActions;
    proclab::ActivityCoordinator *m_activity;
    RunActions *m_runActions;
    LessonActions *m_lessons;
    QToolBar *m_fileToolBar = nullptr;
    QToolButton *m_problemsButton; // "2 problems": lists them, a click selects the item

    QDockWidget *m_paletteDock = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QDockWidget *m_processesDock = nullptr;
    QDockWidget *m_eventsDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;

    QHash<QString, QAction *> m_actions; // the window's own: quit, zoom, about
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_insertMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};
