// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lesson/lessonpanel.h"

#include "widgets/lesson/lessonlistpage.h"
#include "widgets/lesson/lessonprogress.h"
#include "widgets/lesson/lessonsession.h"
#include "widgets/lesson/lessonsteppage.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace proclab {

LessonPanel::LessonPanel(QWidget *parent)
    : QWidget(parent), m_progress(new LessonProgress(this)),
      m_session(new LessonSession(m_progress, this)), m_stack(new QStackedWidget(this)),
      m_list(new LessonListPage(m_progress, this)),
      m_step(new LessonStepPage(m_session, m_progress, this))
{
    setObjectName(QStringLiteral("lessonPanel"));
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_step);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list, &LessonListPage::startRequested, this, &LessonPanel::startRequested);
    connect(m_step, &LessonStepPage::leaveRequested, this, &LessonPanel::leaveRequested);
    connect(m_step, &LessonStepPage::showWhereRequested, this, &LessonPanel::showWhereRequested);
    connect(m_session, &LessonSession::activeChanged, this, [this](bool active) {
        m_stack->setCurrentWidget(active ? static_cast<QWidget *>(m_step) : m_list);
        if (!active)
            m_list->select(m_session->lesson().id);
    });
    connect(m_session, &LessonSession::lessonFinished, this, [this](const QString &id) {
        // The next lesson is what a student who just finished one most likely wants.
        for (int i = 0; i + 1 < m_lessons.size(); ++i)
            if (m_lessons.at(i).id == id)
                m_list->select(m_lessons.at(i + 1).id);
    });
}

void LessonPanel::setLessons(const QList<Lesson> &lessons, const QStringList &problems)
{
    m_lessons = lessons;
    m_list->setLessons(lessons, problems);
}

const Lesson *LessonPanel::lesson(const QString &id) const
{
    for (const Lesson &l : m_lessons)
        if (l.id == id)
            return &l;
    return nullptr;
}

} // namespace proclab
