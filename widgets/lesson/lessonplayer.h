// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plays lessons in the app: starting one (after asking about unsaved changes to the
// student's own diagram) loads its scenarios onto the canvas as the steps need them, Run
// on a step with a prediction waits for a locked-in choice, the step's runs go through
// the app's RunController, and the reveal or the challenge's verdict follows the last run.
// The app reaches it through LessonHost, so the player does not know the main window.

#include "core/scenario/scenario.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace proclab {

class LessonHighlighter;
class LessonPanel;
class LessonRunDriver;
class RunController;
struct Lesson;

// What the player needs from the app.
struct LessonHost
{
    std::function<bool()> isDiagramModified;
    std::function<bool()> saveDiagram; // the app's Save (may ask for a file name)
    std::function<QString()> diagramName;
    std::function<bool(const QString &path)> openScenario; // replaces the diagram
    std::function<Scenario()> diagram;
    std::function<bool(const Scenario &after, const QString &text)> editDiagram; // undoable
    std::function<bool(const Scenario &)> startRun; // the Run button's way of starting
};

class LessonPlayer : public QObject
{
    Q_OBJECT
public:
    LessonPlayer(LessonPanel *panel, RunController *run, LessonHost host,
                 QObject *parent = nullptr);

    void setHighlighter(LessonHighlighter *highlighter);
    LessonRunDriver *driver() const { return m_driver; }
    LessonPanel *panel() const { return m_panel; }

    // The shipped lessons (or those of `dir`); invalid files are listed with their errors.
    void loadLessons(const QString &dir = {});
    // Asks about unsaved changes first; false when the student cancels or it cannot start.
    bool startLesson(const QString &id, int step = 0);
    void leaveLesson(); // the diagram stays
    // The document was replaced. When it was not the player loading a step (the student
    // opened a file or an example, or pressed New), the lesson is left: its predictions
    // are about its own diagram, never about another one. The list says so.
    void diagramReplaced();

    // The Run button: true when the lesson took the run (or refused it, see
    // runBlockReason()), false when it is a plain run of the diagram.
    bool run();
    QString runBlockReason() const;
    void stopRequested(); // the student pressed Stop: the step's remaining runs are dropped

    // The very first start of the app: nothing played yet and never offered before.
    bool shouldOfferFirstLesson() const;
    void setFirstLessonOffered();

signals:
    void gateChanged();                    // runBlockReason() may have changed
    void message(const QString &text);     // for the status bar
    void lessonStarted(const QString &id); // the main window raises the Lessons dock

private:
    bool confirmReplacingDiagram();
    void loadStepScenario();
    QString lessonDir() const;
    void onRunsFinished(const QList<QJsonObject> &summaries);

    QPointer<LessonPanel> m_panel;
    RunController *m_run;
    LessonHost m_host;
    LessonRunDriver *m_driver;
    QPointer<LessonHighlighter> m_highlighter;
    QString m_loadedScenario;   // the lesson scenario on the canvas; empty: the student's own
    bool m_loadingStep = false; // the replacement under way is the player's own
};

} // namespace proclab
