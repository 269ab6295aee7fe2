// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/lessonreport.h"

#include "core/lesson/lessonrunplan.h"

#include "app/cli/clioutput.h"
#include "core/lesson/lessonexpression.h"

#include <QJsonDocument>

namespace proclab::cli {

namespace {

QJsonObject bilingual(const LocalText &t)
{
    return QJsonObject{{QStringLiteral("ko"), t.ko}, {QStringLiteral("en"), t.en}};
}

// The file's tiny markup for a terminal: **bold** loses its stars, `code` keeps its quotes.
QString plain(QString text)
{
    text.remove(QStringLiteral("**"));
    return text;
}

QString indented(const QString &text, const QString &by)
{
    QString out;
    for (const QString &line : text.split(u'\n'))
        out += line.isEmpty() ? QStringLiteral("\n") : by + line + u'\n';
    return out;
}

} // namespace

QJsonObject lessonHeaderJson(const Lesson &lesson)
{
    return QJsonObject{{QStringLiteral("id"), lesson.id},
                       {QStringLiteral("number"), lesson.number},
                       {QStringLiteral("topic"), bilingual(lesson.topic)},
                       {QStringLiteral("title"), bilingual(lesson.title)},
                       {QStringLiteral("steps"), int(lesson.steps.size())}};
}

LessonReport::LessonReport(const Lesson &lesson, const QString &lang, bool json)
    : m_lesson(lesson), m_lang(lang), m_asJson(json)
{
    m_json = lessonHeaderJson(lesson);
    if (!m_asJson)
        out(Text::tr("Lesson %1 · %2\n%3\n\n%4\n")
                .arg(lesson.number)
                .arg(text(lesson.topic), text(lesson.title), plain(text(lesson.summary))));
}

void LessonReport::stepStarted(int index, const LessonStep &step)
{
    if (m_asJson)
        return;
    out(QStringLiteral("\n── ") +
        Text::tr("Step %1/%2: %3").arg(index + 1).arg(m_lesson.steps.size()).arg(text(step.title)) +
        QStringLiteral(" ──\n\n") + indented(plain(text(step.text)), QStringLiteral("  ")));
    if (!step.figure.en.isEmpty())
        out(QStringLiteral("\n") + indented(text(step.figure), QStringLiteral("    │ ")));
    if (step.prediction) {
        out(QStringLiteral("\n  ") +
            Text::tr("Question: %1").arg(plain(text(step.prediction->question))) + u'\n');
        for (const LessonChoice &c : step.prediction->choices)
            out(QStringLiteral("    %1) %2\n").arg(c.key, plain(text(c.text))));
    }
    if (step.challenge)
        out(QStringLiteral("\n  ") +
            Text::tr("Challenge: %1").arg(plain(text(step.challenge->task))) + u'\n');
    if (step.effectiveAction().kind == LessonAction::Kind::Bench)
        out(QStringLiteral("\n  ") +
            Text::tr("Measuring: proclab-agent bench ipc %1 …")
                .arg(planLessonRuns(step.effectiveAction(), {}, {}, nullptr)
                         .value(0)
                         .benchArgs.join(u' ')) +
            u'\n');
    else if (!step.scenario.isEmpty())
        out(QStringLiteral("\n  ") + Text::tr("Running %1 …").arg(step.scenario) + u'\n');
}

void LessonReport::stepFinished(int index, const LessonStep &step, const StepResult &result)
{
    QJsonObject s{{QStringLiteral("step"), index + 1},
                  {QStringLiteral("title"), bilingual(step.title)},
                  {QStringLiteral("prediction"), step.prediction.has_value()},
                  {QStringLiteral("runs"), result.runs}};
    const bool given = !result.answer.isEmpty();
    QJsonValue measured, correct, holds;
    if (!step.scenario.isEmpty())
        s.insert(QStringLiteral("scenario"), step.scenario);
    if (!result.error.isEmpty()) {
        s.insert(QStringLiteral("error"), result.error);
        if (!m_asJson)
            err(Text::tr("  the run failed: %1\n").arg(result.error));
    }
    if (const auto &p = result.prediction) {
        measured = p->measured;
        correct = p->correctKey.isEmpty() ? QJsonValue() : QJsonValue(p->correctKey);
        if (given)
            holds = p->holds(result.answer);
        s.insert(QStringLiteral("figure_name"), bilingual(step.prediction->figureName));
        QJsonArray notes;
        for (const LocalText &n : p->notes)
            notes.append(bilingual(n));
        if (!notes.isEmpty())
            s.insert(QStringLiteral("notes"), notes);
        if (!p->ok())
            s.insert(QStringLiteral("error"), p->error);
        QJsonArray figures;
        for (const auto &[name, value] : p->figures)
            figures.append(QJsonObject{{QStringLiteral("name"), bilingual(name)},
                                       {QStringLiteral("value"), value}});
        if (!figures.isEmpty())
            s.insert(QStringLiteral("figures"), figures);
        if (!m_asJson) {
            out(QStringLiteral("\n  ") +
                Text::tr("Measured: %1 = %2")
                    .arg(text(step.prediction->figureName), formatMeasured(p->measured)) +
                u'\n');
            for (const auto &[name, value] : p->figures)
                out(QStringLiteral("    %1 = %2\n").arg(text(name), formatMeasured(value)));
            if (!p->ok())
                err(Text::tr("  the figure could not be measured: %1\n").arg(p->error));
            else if (p->correctKey.isEmpty())
                out(Text::tr("  No choice fits what was measured.\n"));
            else
                out(Text::tr("  The measured answer: %1\n").arg(p->correctKey));
            if (given)
                out(holds.toBool()
                        ? Text::tr("  Your answer %1 holds.\n").arg(result.answer)
                        : Text::tr("  Your answer %1 does not hold.\n").arg(result.answer));
            out(indented(plain(text(step.prediction->explain)), QStringLiteral("  ")));
            for (const LocalText &n : p->notes)
                out(indented(plain(text(n)), QStringLiteral("  ※ ")));
        }
    }
    if (const auto &c = result.challenge) {
        s.insert(QStringLiteral("challenge_passes"), c->passed);
        if (!m_asJson)
            out(QStringLiteral("  ") +
                (c->passed
                     ? Text::tr("Challenge: this run already passes.")
                     : Text::tr("Challenge: not passed by this run (%1). Hint: %2")
                           .arg(step.challenge->passesWhen, plain(text(step.challenge->hint)))) +
                u'\n');
    }
    s.insert(QStringLiteral("measured"), measured);
    s.insert(QStringLiteral("correct_choice"), correct);
    s.insert(QStringLiteral("answer_given"), given ? QJsonValue(result.answer) : QJsonValue());
    s.insert(QStringLiteral("holds"), holds);
    m_steps.append(s);
}

void LessonReport::finish()
{
    m_json.insert(QStringLiteral("steps"), m_steps);
    m_json.insert(QStringLiteral("language"), m_lang);
    if (m_asJson)
        out(QString::fromUtf8(QJsonDocument(m_json).toJson(QJsonDocument::Indented)));
}

} // namespace proclab::cli
