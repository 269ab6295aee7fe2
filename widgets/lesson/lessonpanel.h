// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Lessons dock's content: the list of lessons, or the step of the lesson being
// played. It owns the session (what is being played) and the progress store; the
// LessonPlayer connects it to the document and the run.

#include "core/lesson/lesson.h"

#include <QWidget>

class QStackedWidget;

namespace proclab {

class LessonListPage;
class LessonProgress;
class LessonSession;
class LessonStepPage;

class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    // The width the main window gives the Lessons dock on first start (1280x800 and up): a
    // step's figure is written to fit it (tst_lessonfigures measures every line).
    static constexpr int kDockWidth = 360;

    explicit LessonPanel(QWidget *parent = nullptr);

    void setLessons(const QList<Lesson> &lessons, const QStringList &problems = {});
    const QList<Lesson> &lessons() const { return m_lessons; }
    const Lesson *lesson(const QString &id) const;

    LessonProgress *progress() const { return m_progress; }
    LessonSession *session() const { return m_session; }
    LessonListPage *listPage() const { return m_list; }
    LessonStepPage *stepPage() const { return m_step; }

signals:
    void startRequested(const QString &id, int step);
    void leaveRequested();
    void showWhereRequested(const QString &target);

private:
    LessonProgress *m_progress;
    LessonSession *m_session;
    QList<Lesson> m_lessons;
    QStackedWidget *m_stack;
    LessonListPage *m_list;
    LessonStepPage *m_step;
};

} // namespace proclab
