// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What `proclab-cli lesson run` prints: each step's text, what ran, the measured figure and
// whether the given answer holds; or, with --json, one object
//   {"id","number","topic":{ko,en},"title":{ko,en},
//    "steps":[{"prediction":bool,"measured":…,"correct_choice":K,"answer_given":K|null,
//              "holds":bool|null, ...}]}

#include "core/lesson/lesson.h"
#include "core/lesson/lessonoutcome.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace proclab::cli {

// "ko" or "en": `requested` when given, else the system locale's.
QString cliLanguage(const QString &requested = {});

struct StepResult
{
    bool ran = false;
    int runs = 0;
    QString error; // the run failed
    QString answer;
    std::optional<PredictionOutcome> prediction;
    std::optional<ChallengeOutcome> challenge;
};

QJsonObject lessonHeaderJson(const Lesson &lesson);

class LessonReport
{
public:
    LessonReport(const Lesson &lesson, const QString &lang, bool json);
    void stepStarted(int index, const LessonStep &step);
    void stepFinished(int index, const LessonStep &step, const StepResult &result);
    void finish(); // prints the JSON document when --json

private:
    QString text(const LocalText &t) const { return t.in(m_lang); }
    QJsonObject m_json;
    QJsonArray m_steps;
    const Lesson &m_lesson;
    QString m_lang;
    bool m_asJson;
};

} // namespace proclab::cli
