// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lesson/lessonoutcome.h"

#include "core/lesson/lessonexpression.h"
#include "core/lesson/lessontext.h"

#include <QCoreApplication>

namespace proclab {

namespace {

// Expressions were checked when the lesson was loaded; a parse failure here means the
// lesson was built in code without the loader, so it is reported, not assumed away.
std::optional<LessonExpression> parsed(const QString &text, QString *error)
{
    QString problem;
    auto e = LessonExpression::parse(text, &problem);
    if (!e && error->isEmpty())
        *error = QStringLiteral("%1: %2").arg(text, problem);
    return e;
}

bool conditionHolds(const QString &text, const QJsonObject &context, const QJsonValue &value,
                    QString *error)
{
    const auto e = parsed(text, error);
    if (!e)
        return false;
    QString problem;
    const QJsonValue v = e->evaluate(context, value, &problem);
    if (!problem.isEmpty()) {
        if (error->isEmpty())
            *error = QStringLiteral("%1: %2").arg(text, problem);
        return false;
    }
    return v.isBool() && v.toBool();
}

} // namespace

PredictionOutcome evaluatePrediction(const LessonPrediction &prediction, const QJsonObject &context)
{
    PredictionOutcome out;
    const auto measure = parsed(prediction.measure, &out.error);
    if (!measure)
        return out;
    QString problem;
    out.measured = measure->evaluate(context, QJsonValue(), &problem);
    if (!problem.isEmpty()) {
        out.error = QStringLiteral("%1: %2").arg(prediction.measure, problem);
        return out;
    }
    if (out.measured.isNull()) {
        out.error = LessonText::tr("%1: the run has no such figure").arg(prediction.measure);
        return out;
    }
    // Choices in the order the student sees them; the rule's own order does not matter.
    for (const LessonChoice &choice : prediction.choices) {
        for (const auto &[key, condition] : prediction.rule) {
            if (key != choice.key)
                continue;
            if (out.correctKey.isEmpty() &&
                conditionHolds(condition, context, out.measured, &out.error))
                out.correctKey = key;
        }
    }
    for (const LessonNote &note : prediction.notes) {
        if (conditionHolds(note.when, context, out.measured, &out.error))
            out.notes.append(note.text);
    }
    for (const LessonFigure &figure : prediction.figures) {
        const auto e = parsed(figure.measure, &out.error);
        QString problem;
        const QJsonValue v = e ? e->evaluate(context, out.measured, &problem) : QJsonValue();
        if (!problem.isEmpty() && out.error.isEmpty())
            out.error = QStringLiteral("%1: %2").arg(figure.measure, problem);
        out.figures.append({figure.name, v});
    }
    if (!out.error.isEmpty())
        out.correctKey.clear();
    return out;
}

ChallengeOutcome evaluateChallenge(const LessonChallenge &challenge, const QJsonObject &context)
{
    ChallengeOutcome out;
    out.passed = conditionHolds(challenge.passesWhen, context, QJsonValue(), &out.error);
    return out;
}

} // namespace proclab
