// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One step of the lesson being played: where we are (lesson, step k of n), the step's
// text and figure, its prediction or challenge, and Back / Next (PgUp / PgDn) and
// "Continue on my own". It shows the LessonSession and sends the student's moves to it.

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QPlainTextEdit;
class QProgressBar;
class QScrollArea;
class QToolButton;

namespace proclab {

class LessonChallengeBox;
class LessonPredictionBox;
class LessonProgress;
class LessonSession;

class LessonStepPage : public QWidget
{
    Q_OBJECT
public:
    LessonStepPage(LessonSession *session, LessonProgress *progress, QWidget *parent = nullptr);

    void refresh();                         // everything from the session, in the current language
    void setRunStatus(const QString &text); // "Run 2 of 5…", a failure, or empty

    QLabel *textView() const { return m_text; }
    LessonPredictionBox *predictionBox() const { return m_prediction; }
    LessonChallengeBox *challengeBox() const { return m_challenge; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *leaveButton() const { return m_leave; }
    QLabel *stepLabel() const { return m_stepLabel; }
    QPlainTextEdit *figureView() const { return m_figure; }

signals:
    void leaveRequested(); // "Continue on my own": the lesson ends, the diagram stays
    void showWhereRequested(const QString &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    LessonSession *m_session;
    LessonProgress *m_progress;
    QToolButton *m_toList;
    QLabel *m_lessonLabel;
    QLabel *m_stepLabel;
    QProgressBar *m_steps;
    QScrollArea *m_scroll;
    QLabel *m_text;
    QPlainTextEdit *m_figure; // scrolls sideways on its own: a pstree line must not wrap
    LessonPredictionBox *m_prediction;
    LessonChallengeBox *m_challenge;
    QLabel *m_runStatus;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_leave;
    QAction *m_backAction;
    QAction *m_nextAction;
};

} // namespace proclab
