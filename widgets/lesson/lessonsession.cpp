// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lesson/lessonsession.h"

#include "core/lesson/lessonexpression.h"
#include "widgets/lesson/lessonprogress.h"

namespace proclab {

LessonSession::LessonSession(LessonProgress *progress, QObject *parent)
    : QObject(parent), m_progress(progress)
{}

void LessonSession::start(const Lesson &lesson, int step)
{
    m_lesson = lesson;
    m_results.clear();
    m_running = false;
    m_step = qBound(0, step, qMax(0, stepCount() - 1));
    const bool wasActive = m_active;
    m_active = true;
    m_progress->setCurrentStep(m_lesson.id, m_step);
    if (!wasActive)
        emit activeChanged(true);
    emit stepChanged(m_step);
    emit gateChanged();
}

void LessonSession::leave()
{
    if (!m_active)
        return;
    m_active = false;
    m_running = false;
    m_results.clear();
    emit activeChanged(false);
    emit gateChanged();
}

const LessonStep *LessonSession::step() const
{
    return m_active && m_step >= 0 && m_step < stepCount() ? &m_lesson.steps.at(m_step) : nullptr;
}

bool LessonSession::goTo(int step)
{
    if (!m_active || step < 0 || step >= stepCount() || step == m_step)
        return false;
    m_step = step;
    m_progress->setCurrentStep(m_lesson.id, m_step);
    emit stepChanged(m_step);
    emit gateChanged();
    return true;
}

bool LessonSession::next()
{
    if (!m_active)
        return false;
    if (m_step + 1 < stepCount())
        return goTo(m_step + 1);
    const QString id = m_lesson.id;
    m_progress->setFinished(id);
    leave();
    emit lessonFinished(id);
    return true;
}

bool LessonSession::back()
{
    return goTo(m_step - 1);
}

QString LessonSession::scenarioAt(int step) const
{
    for (int i = qMin(step, stepCount() - 1); i >= 0; --i)
        if (!m_lesson.steps.at(i).scenario.isEmpty())
            return m_lesson.steps.at(i).scenario;
    return {};
}

bool LessonSession::stepRuns() const
{
    const LessonStep *s = step();
    return s && (s->action || s->prediction || s->challenge);
}

QString LessonSession::lockedChoice() const
{
    return m_active ? m_progress->lockedChoice(m_lesson.id, m_step) : QString();
}

void LessonSession::lockIn(const QString &key)
{
    const LessonStep *s = step();
    if (!s || !s->prediction || m_running)
        return;
    m_progress->setLockedChoice(m_lesson.id, m_step, key);
    m_results.remove(m_step); // a new answer waits for a new run
    emit gateChanged();
    emit outcomeChanged();
}

QString LessonSession::runBlockReason() const
{
    const LessonStep *s = step();
    if (!s)
        return {};
    if (s->prediction && lockedChoice().isEmpty())
        return tr("Confirm your prediction in the Lessons panel first: the run will tell "
                  "whether it holds.");
    return {};
}

void LessonSession::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    if (running)
        m_runStep = m_step; // the outcome belongs to this step even if the student moves on
    emit gateChanged();
}

void LessonSession::takeRuns(const QList<QJsonObject> &summaries)
{
    if (!m_active || m_runStep < 0 || m_runStep >= stepCount())
        return;
    const LessonStep *s = &m_lesson.steps.at(m_runStep);
    const QJsonObject context = lessonContext(summaries);
    StepResult result;
    result.runs = int(summaries.size());
    if (s->prediction)
        result.prediction = evaluatePrediction(*s->prediction, context);
    if (s->challenge) {
        result.challenge = evaluateChallenge(*s->challenge, context);
        if (result.challenge->passed)
            m_progress->setChallengePassed(m_lesson.id, m_runStep);
    }
    m_results.insert(m_runStep, result);
    emit outcomeChanged();
}

std::optional<PredictionOutcome> LessonSession::prediction() const
{
    return m_results.value(m_step).prediction;
}

std::optional<ChallengeOutcome> LessonSession::challenge() const
{
    return m_results.value(m_step).challenge;
}

int LessonSession::runsMeasured() const
{
    return m_results.value(m_step).runs;
}

} // namespace proclab
