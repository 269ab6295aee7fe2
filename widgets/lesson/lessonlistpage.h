// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lessons in syllabus order, each with a progress mark (not started, at step k of n,
// finished), the selected lesson's summary, and Start / Continue / Start over.

#include "core/lesson/lesson.h"

#include <QWidget>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;

namespace proclab {

class LessonProgress;

class LessonListPage : public QWidget
{
    Q_OBJECT
public:
    LessonListPage(LessonProgress *progress, QWidget *parent = nullptr);

    void setLessons(const QList<Lesson> &lessons, const QStringList &problems);
    void select(const QString &id);
    QString selectedId() const;
    QListWidget *list() const { return m_list; }
    // The first start: a box above the list offering the first lesson.
    void setWelcomeVisible(bool visible);
    bool isWelcomeVisible() const;
    // Says above the list that lesson `id` was left because another diagram was opened
    // (where it stopped, and that Continue picks it up there); empty `id` hides it.
    void setLeftNotice(const QString &id);
    QLabel *leftNoticeLabel() const { return m_leftNotice; }

signals:
    void startRequested(const QString &id, int step);
    void welcomeDismissed(); // "Not now", or a lesson was started from the welcome

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateDetails();
    void retranslate();
    const Lesson *selected() const;

    LessonProgress *m_progress;
    QList<Lesson> m_lessons;
    QStringList m_problems;
    QFrame *m_welcome;
    QLabel *m_welcomeText;
    QPushButton *m_welcomeStart;
    QPushButton *m_welcomeLater;
    QLabel *m_intro;
    QLabel *m_leftNotice;
    QString m_leftId;
    QListWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_start;
    QPushButton *m_restart;
    QLabel *m_problemsLabel;
};

} // namespace proclab
