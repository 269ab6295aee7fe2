// SPDX-License-Identifier: GPL-3.0-or-later
// LessonParser: a step against the scenario it runs. A lesson that names a process the
// scenario lacks would only fail in front of the student, so the loader refuses it.

#include "core/lesson/lessonexpression.h"
#include "core/lesson/lessonparser.h"
#include "core/lesson/lessonset.h"
#include "core/lesson/lessontext.h"
#include "core/scenario/scenarioio.h"

#include <QCoreApplication>

namespace proclab {

std::optional<Scenario> LessonParser::loadStepScenario(const QString &name, const QString &path)
{
    const QString file = m_finder ? m_finder(name) : QString();
    if (file.isEmpty()) {
        m_errors->add(
            path, LessonText::tr("no scenario \"%1\" among the lesson scenarios or the examples")
                      .arg(name));
        return std::nullopt;
    }
    const LoadResult loaded = loadScenarioFile(file);
    if (!loaded.ok()) {
        // The scenario's own first problem, so the author knows where to look.
        m_errors->add(path, LessonText::tr("the scenario \"%1\" is invalid: %2")
                                .arg(name, loaded.errors.constFirst().toString()));
        return std::nullopt;
    }
    return loaded.scenario;
}

void LessonParser::checkExpressionIds(const QString &text, const Scenario &scenario,
                                      const QString &path)
{
    QString ignored;
    const auto e = LessonExpression::parse(text, &ignored);
    if (!e)
        return;
    for (const auto &[collection, id] : e->selectedIds()) {
        if (collection == u"processes" && !scenario.process(id))
            m_errors->add(
                path, LessonText::tr("\"%1\": the scenario has no process \"%2\"").arg(text, id));
        else if (collection == u"channels" && !scenario.channel(id))
            m_errors->add(
                path, LessonText::tr("\"%1\": the scenario has no channel \"%2\"").arg(text, id));
    }
}

void LessonParser::checkStepScenario(const LessonStep &step, const QString &path)
{
    const QString scenarioPath = jsonPathKey(path, QStringLiteral("scenario"));
    auto scenario = loadStepScenario(step.scenario, scenarioPath);
    if (!scenario)
        return;
    const LessonAction action = step.effectiveAction();
    const QString actionPath = jsonPathKey(path, QStringLiteral("action"));
    switch (action.kind) {
    case LessonAction::Kind::Run:
    case LessonAction::Kind::Bench:
        break;
    case LessonAction::Kind::Kill:
    case LessonAction::Kind::Pause:
        if (!scenario->process(action.process))
            m_errors->add(jsonPathKey(actionPath, QStringLiteral("process")),
                          LessonText::tr("the scenario has no process \"%1\"").arg(action.process));
        break;
    case LessonAction::Kind::Set:
    case LessonAction::Kind::Sweep: {
        const QList<QJsonValue> values = action.kind == LessonAction::Kind::Set
                                             ? QList<QJsonValue>{action.value}
                                             : action.values;
        for (const QJsonValue &v : values) {
            Scenario changed = *scenario;
            QString error;
            if (!applyLessonSet(&changed, action.target, action.property, v, &error)) {
                m_errors->add(actionPath, error);
                break;
            }
            const QList<ScenarioError> problems = validateScenario(changed, step.scenario);
            if (!problems.isEmpty()) {
                m_errors->add(actionPath,
                              LessonText::tr("after the change the scenario is invalid: %1")
                                  .arg(problems.constFirst().toString()));
                break;
            }
        }
        break;
    }
    case LessonAction::Kind::Compare:
        // Expressions may name what either scenario has (runs[0] and runs[1]).
        if (const auto other = loadStepScenario(action.compareWith,
                                                jsonPathKey(actionPath, QStringLiteral("with")))) {
            scenario->processes += other->processes;
            scenario->channels += other->channels;
        }
        break;
    }
    if (step.prediction) {
        const QString at = jsonPathKey(path, QStringLiteral("prediction"));
        checkExpressionIds(step.prediction->measure, *scenario,
                           jsonPathKey(at, QStringLiteral("measure")));
        for (const auto &[key, condition] : step.prediction->rule)
            checkExpressionIds(condition, *scenario,
                               jsonPathKey(jsonPathKey(at, QStringLiteral("correct")), key));
        for (const LessonFigure &f : step.prediction->figures)
            checkExpressionIds(f.measure, *scenario, jsonPathKey(at, QStringLiteral("figures")));
        const QString highlight = step.prediction->highlight;
        const QString id = highlight.mid(highlight.indexOf(u':') + 1);
        if ((highlight.startsWith(u"process:") && !scenario->process(id)) ||
            (highlight.startsWith(u"channel:") && !scenario->channel(id)))
            m_errors->add(jsonPathKey(at, QStringLiteral("highlight")),
                          LessonText::tr("the scenario has nothing called \"%1\"").arg(id));
    }
    if (step.challenge)
        checkExpressionIds(step.challenge->passesWhen, *scenario,
                           jsonPathKey(jsonPathKey(path, QStringLiteral("challenge")),
                                       QStringLiteral("passes_when")));
}

} // namespace proclab
