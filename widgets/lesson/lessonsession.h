// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lesson being played, without any widget: which step is shown, the choice locked in
// for its prediction, whether Run may start, and what the step's runs measured. The
// panel shows it, the main window asks it before every run. Progress goes to
// LessonProgress as the student moves.

#include "core/lesson/lesson.h"
#include "core/lesson/lessonoutcome.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <optional>

namespace proclab {

class LessonProgress;

class LessonSession : public QObject
{
    Q_OBJECT
public:
    explicit LessonSession(LessonProgress *progress, QObject *parent = nullptr);

    void start(const Lesson &lesson, int step = 0);
    void leave(); // the diagram stays as it is; only the lesson ends
    bool isActive() const { return m_active; }

    const Lesson &lesson() const { return m_lesson; }
    int stepIndex() const { return m_step; }
    int stepCount() const { return int(m_lesson.steps.size()); }
    const LessonStep *step() const;
    bool goTo(int step);
    bool next(); // on the last step: finishes the lesson (and leaves it)
    bool back();

    // The scenario file in effect at `step`: its own, else the nearest earlier step's.
    QString scenarioAt(int step) const;
    // Whether pressing Run on this step makes the step's runs (else it is a plain run).
    bool stepRuns() const;

    QString lockedChoice() const; // of the current step; empty if none
    void lockIn(const QString &key);
    // Empty when Run may start; otherwise why not, for the Run button's tooltip.
    QString runBlockReason() const;
    void setRunning(bool running);
    bool isRunning() const { return m_running; }

    // The step's runs are over: measures the figure, decides the correct choice and
    // checks the challenge. Emits outcomeChanged().
    void takeRuns(const QList<QJsonObject> &summaries);
    std::optional<PredictionOutcome> prediction() const;
    std::optional<ChallengeOutcome> challenge() const;
    int runsMeasured() const;

signals:
    void activeChanged(bool active);
    void stepChanged(int step);
    void gateChanged(); // runBlockReason() may have changed
    void outcomeChanged();
    void lessonFinished(const QString &id);

private:
    struct StepResult
    {
        std::optional<PredictionOutcome> prediction;
        std::optional<ChallengeOutcome> challenge;
        int runs = 0;
    };

    LessonProgress *m_progress;
    Lesson m_lesson;
    bool m_active = false;
    bool m_running = false;
    int m_step = 0;
    int m_runStep = -1;
    QHash<int, StepResult> m_results; // this session's outcomes, shown again on Back
};

} // namespace proclab
