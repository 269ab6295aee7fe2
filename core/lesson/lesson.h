// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A lesson: steps of bilingual text, each optionally loading a scenario, acting on the run
// and asking the student to predict a figure of that run. The file format is described in
// docs/lesson-format.md. Plain value types: the loader builds them, the player and the CLI
// read them; nothing here runs anything (see LessonStepRunner) or evaluates anything (see
// LessonExpression and LessonOutcome).

#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace proclab {

// Every human text of a lesson exists in Korean and English, both non-empty.
struct LocalText
{
    QString ko;
    QString en;
    // `language` is "ko" or "en" (anything else gives English, the fallback of the app).
    QString in(const QString &language) const { return language == u"ko" ? ko : en; }
    bool operator==(const LocalText &) const = default;
};

// What a step does with its scenario. Run is the default when a step has a scenario.
struct LessonAction
{
    enum class Kind
    {
        Run,     // run `times` times (1..20), each run from the same scenario
        Kill,    // run once; send `signal` to `process` at `atMs`
        Pause,   // run once; stop `process` at `atMs` for `forMs` (0 = until the run ends)
        Set,     // change `property` of `target` to `value`, then run once
        Sweep,   // run once per entry of `values`, each with `property` of `target` set to it
        Compare, // run the step's scenario, then `compareWith`: runs[0] and runs[1]
        // Measure, not run: `proclab-agent bench ipc` for the textbook ring, the fast ring
        // and a pipe at each item size of `values`; runs[0] is {"bench": its JSON}. The
        // scenario stays on the canvas as the picture of what is measured.
        Bench,
    };
    Kind kind = Kind::Run;
    int times = 1;
    QString process; // Kill, Pause: a process id of the scenario
    int signal = 9;  // Kill
    int atMs = 0;    // Kill, Pause: since the run started
    int forMs = 0;   // Pause
    QString target;  // Set, Sweep: "process:ID" or "channel:ID"
    QString property;
    QJsonValue value;         // Set
    QList<QJsonValue> values; // Sweep; Bench: item sizes in bytes
    QString compareWith;      // Compare: another scenario file name
    bool operator==(const LessonAction &) const = default;
};

struct LessonChoice
{
    QString key; // "a", "b", ...: what the student types with --answer
    LocalText text;
    bool operator==(const LessonChoice &) const = default;
};

// A line of explanation shown in the reveal only when `when` holds for the measured runs,
// e.g. why a race lost nothing on a machine with one CPU.
struct LessonNote
{
    QString when; // an expression with a comparison
    LocalText text;
    bool operator==(const LessonNote &) const = default;
};

// A further measured figure the reveal shows beside the main one (side by side: the run
// with a lock and the run without; waits at each capacity of a sweep).
struct LessonFigure
{
    LocalText name;
    QString measure; // an expression, like the prediction's
    bool operator==(const LessonFigure &) const = default;
};

struct LessonPrediction
{
    LocalText question;
    QList<LessonChoice> choices;
    QString measure; // expression over the run(s): the measured figure
    // Choice key -> condition on `value` (the measured figure); the first choice, in the
    // order of `choices`, whose condition holds is the correct one. Never a stored answer.
    QList<std::pair<QString, QString>> rule;
    LocalText figureName; // what `measure` is, for the reveal: "processes in the run"
    LocalText explain;
    QList<LessonNote> notes;
    QList<LessonFigure> figures;
    QString highlight; // "process:ID", "channel:ID" or "chart:NAME"; may be empty
    bool operator==(const LessonPrediction &) const = default;
};

struct LessonChallenge
{
    LocalText task;
    QString passesWhen; // expression with a comparison, checked against the student's run
    LocalText hint;
    bool operator==(const LessonChallenge &) const = default;
};

struct LessonStep
{
    LocalText title;
    LocalText text; // tiny markup: `code`, **bold**, blank line = new paragraph
    // Monospace block (a pstree, a few lines of C), in both languages like every text: its
    // comments are read by the student. Both empty when the step has none.
    LocalText figure;
    QString scenario; // file name of a lesson scenario or a shipped example; may be empty
    std::optional<LessonAction> action;
    std::optional<LessonPrediction> prediction;
    std::optional<LessonChallenge> challenge;
    bool operator==(const LessonStep &) const = default;

    // The action to perform: the file's, or a single run when only a scenario is given.
    LessonAction effectiveAction() const;
};

struct Lesson
{
    static constexpr int kFormatVersion = 1;
    QString id; // [a-z0-9-]{1,40}, e.g. "fork-tree"
    int number = 0;
    LocalText topic;
    LocalText title;
    LocalText summary;
    QList<LessonStep> steps;
    QString fileName; // where it was loaded from (for messages); not part of the format
    bool operator==(const Lesson &) const = default;
};

} // namespace proclab
