// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a step's runs say about its prediction and challenge. The correct choice is
// computed here from the measured figure through the lesson's rule: a lesson file never
// stores an answer, so a machine where the race loses nothing gets the answer it measured.

#include "core/lesson/lesson.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace proclab {

struct PredictionOutcome
{
    QJsonValue measured;    // the figure `measure` found (null when it could not)
    QString correctKey;     // the first choice whose condition holds; empty when none does
    QString error;          // why the figure or the rule could not be evaluated
    QList<LocalText> notes; // the prediction's notes whose `when` holds
    // The prediction's further figures, measured: name and value, in the file's order.
    QList<std::pair<LocalText, QJsonValue>> figures;
    bool ok() const { return error.isEmpty(); }
    // Whether the student's locked-in choice is the measured one.
    bool holds(const QString &answer) const
    {
        return ok() && !correctKey.isEmpty() && answer == correctKey;
    }
};

struct ChallengeOutcome
{
    bool passed = false;
    QString error;
};

// `context` is lessonContext(runs) of the step's runs.
PredictionOutcome evaluatePrediction(const LessonPrediction &prediction,
                                     const QJsonObject &context);
ChallengeOutcome evaluateChallenge(const LessonChallenge &challenge, const QJsonObject &context);

} // namespace proclab
