// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Lessons dock and what connects it to the window: the player loads a lesson's
// scenarios into the document (as untitled copies, after asking about unsaved changes),
// starts its runs the way the Run button does, gates Run while a prediction is open, and
// points at the canvas, the process table or a chart in the reveal.

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class FileActions;
class RunActions;

namespace proclab {
class ChartsPanel;
class DiagramScene;
class DiagramView;
class LessonHighlighter;
class LessonPanel;
class LessonPlayer;
class ProcessTreeModel;
class ProcessTreeView;
class RunController;
class ScenarioDocument;
} // namespace proclab

class LessonActions : public QObject
{
    Q_OBJECT
public:
    LessonActions(proclab::RunController *run, proclab::ScenarioDocument *document,
                  FileActions *files, RunActions *runs, proclab::DiagramView *view,
                  QMainWindow *window);

    QDockWidget *dock() const { return m_dock; }
    QAction *showAction() const { return m_showAction; }
    proclab::LessonPlayer *player() const { return m_player; }
    void setProcessTable(proclab::ProcessTreeModel *model, proclab::ProcessTreeView *view);
    void setCharts(proclab::ChartsPanel *charts);
    // Why Run waits (for a locked-in prediction); empty when the lesson does not hold it.
    // player()'s gateChanged() says when it may have changed.
    QString runBlockReason() const;

    // The Run button: true when the lesson's step took the run (or refused it).
    bool handleRun();
    void stopRequested();
    // First start: raise the Lessons dock, whose list offers the first lesson.
    void offerFirstLesson();
    // --lesson ID[:STEP] on the command line (STEP counts from 1): starts that lesson at that
    // step; false with `error` set when there is no such lesson or step.
    bool openLesson(const QString &spec, QString *error);
    void retranslate();

signals:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void showDock();

    proclab::ScenarioDocument *m_document;
    proclab::DiagramView *m_view;
    QMainWindow *m_window;
    proclab::LessonPanel *m_panel;
    QDockWidget *m_dock;
    proclab::LessonHighlighter *m_highlighter;
    proclab::LessonPlayer *m_player;
    QAction *m_showAction;
};
