// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a lesson load must never do, whatever the input: shared by the libFuzzer target
// (fuzz_lesson.cpp) and the CTest replay of its regressions (tst_lessonloader), so a kept
// input is checked against exactly the promises the fuzzer checked it against.

#include "core/lesson/lessonexpression.h"
#include "core/lesson/lessonio.h"
#include "core/lesson/lessonparser.h"

#include <QString>

namespace proclab::fuzzcheck {

// Empty when the result keeps the loader's promises; otherwise what misleads, with the
// offending text (shortened) after a newline.
inline QString lessonMisleads(const LessonLoadResult &r, const QString &fileName)
{
    if (r.ok() != r.lesson.has_value())
        return QStringLiteral("ok() and the lesson disagree");
    for (const ScenarioError &e : r.errors) {
        const QString line = e.toString();
        const QString quoted = u'\n' + line.left(2000);
        if (e.message.isEmpty())
            return QStringLiteral("an error without a message") + quoted;
        // Even a step scenario's problem is reported at the lesson's step, in its file.
        if (e.file != fileName)
            return QStringLiteral("an error that does not name the lesson's file") + quoted;
        if (!e.path.isEmpty() && !e.path.startsWith(u'$'))
            return QStringLiteral("an error whose place is not a JSON path") + quoted;
        if (line.contains(u'\n') || line.contains(u'\r'))
            return QStringLiteral("an error that spans lines") + quoted;
        if (line.size() > 1000)
            return QStringLiteral("an error longer than 1000 characters") + quoted;
    }
    if (!r.ok())
        return {};
    // An accepted lesson keeps what the format promises the player and the CLI.
    const Lesson &lesson = *r.lesson;
    if (lesson.fileName != fileName)
        return QStringLiteral("an accepted lesson forgets its file name");
    if (lesson.steps.isEmpty() || lesson.steps.size() > kMaxLessonSteps)
        return QStringLiteral("an accepted lesson with %1 steps").arg(lesson.steps.size());
    const auto bothLanguages = [](const LocalText &t) {
        return !t.ko.trimmed().isEmpty() && !t.en.trimmed().isEmpty();
    };
    if (!bothLanguages(lesson.topic) || !bothLanguages(lesson.title) ||
        !bothLanguages(lesson.summary))
        return QStringLiteral("an accepted lesson with a text missing a language");
    for (const LessonStep &step : lesson.steps) {
        if (!bothLanguages(step.title) || !bothLanguages(step.text))
            return QStringLiteral("an accepted step with a text missing a language");
        if (step.prediction) {
            QString error;
            if (!LessonExpression::parse(step.prediction->measure, &error))
                return QStringLiteral("an accepted measure that does not parse\n") + error;
            if (step.prediction->choices.size() > kMaxLessonChoices)
                return QStringLiteral("an accepted prediction with too many choices");
        }
    }
    return {};
}

} // namespace proclab::fuzzcheck
