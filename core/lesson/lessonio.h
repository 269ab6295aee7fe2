// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading *.proclab-lesson.json files, and finding the scenarios they name.

#include "core/lesson/lesson.h"
#include "core/scenario/scenarioio.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace proclab {

struct LessonLoadResult
{
    std::optional<Lesson> lesson; // set only when errors is empty
    QList<ScenarioError> errors;  // file, JSON path, problem: as for scenarios
    bool ok() const { return errors.isEmpty(); }
};

// `lessonDir` is where the lesson lives: its scenarios are looked up from there
// (findLessonScenario). Never throws, never crashes on any input.
LessonLoadResult parseLesson(const QByteArray &json, const QString &fileName,
                             const QString &lessonDir);
LessonLoadResult loadLessonFile(const QString &path);

// The file a lesson's scenario name refers to: DIR/scenarios/NAME (lesson scenarios),
// DIR/../scenarios/NAME (the shipped examples beside the lessons), then the embedded
// :/lessons/scenarios and :/scenarios. Empty when none exists or the name has a path.
QString findLessonScenario(const QString &name, const QString &lessonDir);

} // namespace proclab
