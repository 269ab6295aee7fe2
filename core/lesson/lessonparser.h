// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns the JSON text of a *.proclab-lesson.json file into a Lesson, reporting every
// problem with its JSON path the way the scenario loader does ("$.steps[3].text: missing
// \"en\""). Beyond the structure it checks what a lesson promises: every text in both
// languages, every expression parses, every scenario exists and validates, and every
// process or channel an action or expression names is in that scenario.

#include "core/lesson/lesson.h"
#include "core/scenario/scenario.h"
#include "core/scenario/scenarioerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace proclab {

class JsonFieldReader;

// The format's identity and ceilings: a real lesson is a few dozen KiB.
inline constexpr char kLessonFormatName[] = "proclab-lesson";
inline constexpr qint64 kMaxLessonFileBytes = 1024 * 1024;
inline constexpr int kMaxLessonSteps = 40;
inline constexpr int kMaxLessonChoices = 8;
inline constexpr int kMaxLessonTextChars = 8000;
inline constexpr int kMaxLessonRuns = 20; // runs one step may make (times, sweep values)

class LessonParser
{
public:
    // Finds a scenario by file name for the lesson (see LessonLibrary::findScenario):
    // returns the path, or empty when there is none.
    using ScenarioFinder = std::function<QString(const QString &name)>;

    LessonParser(ScenarioErrorList *errors, ScenarioFinder finder)
        : m_errors(errors), m_finder(std::move(finder))
    {}

    std::optional<Lesson> parse(const QByteArray &json);

private:
    std::optional<QJsonObject> readDocument(const QByteArray &json);
    std::optional<LocalText> readText(JsonFieldReader &reader, const char *key, bool required);
    std::optional<LessonStep> readStep(const QJsonValue &value, const QString &path);
    QList<QJsonValue> readBenchSizes(JsonFieldReader &reader);
    std::optional<LessonAction> readAction(const QJsonObject &object, const QString &path);
    std::optional<LessonPrediction> readPrediction(const QJsonObject &object, const QString &path);
    std::optional<LessonChallenge> readChallenge(const QJsonObject &object, const QString &path);
    QString readExpression(JsonFieldReader &reader, const char *key, bool condition);
    void readRule(JsonFieldReader &reader, LessonPrediction *prediction);

    // lessonscenariocheck.cpp: the step against its scenario.
    void checkStepScenario(const LessonStep &step, const QString &path);
    std::optional<Scenario> loadStepScenario(const QString &name, const QString &path);
    void checkExpressionIds(const QString &text, const Scenario &scenario, const QString &path);

    ScenarioErrorList *m_errors;
    ScenarioFinder m_finder;
};

} // namespace proclab
