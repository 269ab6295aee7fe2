// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/lessoncommand.h"

#include "app/cli/clioutput.h"
#include "app/cli/interruptwatcher.h"
#include "app/cli/lessonreport.h"
#include "core/lesson/lessonexpression.h"
#include "core/lesson/lessonlibrary.h"
#include "core/lesson/lessonoutcome.h"
#include "core/lesson/lessonsteprunner.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace proclab::cli {

namespace {

QString usage()
{
    return Text::tr(
        "Usage: proclab-cli lesson list [--json]\n"
        "       proclab-cli lesson run ID|FILE [--lang ko|en] [--answer K]... [--json]\n"
        "       proclab-cli lesson validate FILE...\n");
}

void printErrors(const QList<ScenarioError> &errors)
{
    for (const ScenarioError &e : errors)
        err(e.toString() + QLatin1Char('\n'));
}

int listLessons(bool json)
{
    const QList<LessonLoadResult> all = LessonLibrary::loadAll();
    int status = Ok;
    for (const LessonLoadResult &r : all) {
        if (!r.ok()) {
            printErrors(r.errors);
            status = InvalidScenario;
        }
    }
    const QList<Lesson> lessons = LessonLibrary::lessons();
    if (json) {
        QJsonArray list;
        for (const Lesson &l : lessons)
            list.append(lessonHeaderJson(l));
        out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
    } else {
        const QString lang = cliLanguage();
        for (const Lesson &l : lessons)
            out(QStringLiteral("%1  %2  %3 — %4\n")
                    .arg(l.number, 2)
                    .arg(l.id, -22)
                    .arg(l.topic.in(lang), l.title.in(lang)));
    }
    return status;
}

int validateLessons(const QStringList &files)
{
    if (files.isEmpty()) {
        err(Text::tr("lesson validate: no FILE given\n"));
        return Usage;
    }
    int status = Ok;
    for (const QString &file : files) {
        const LessonLoadResult r = loadLessonFile(file);
        if (r.ok()) {
            out(Text::tr("%1: valid (%n step(s))\n", nullptr, int(r.lesson->steps.size()))
                    .arg(file));
        } else {
            printErrors(r.errors);
            status = InvalidScenario;
        }
    }
    return status;
}

// Runs one step's runs to the end; empty list when it failed (reason in *error).
QList<QJsonObject> runStep(const LessonStep &step, const QString &lessonFile, QString *error)
{
    LessonStepRunner runner;
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&runner, &LessonStepRunner::finished, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&runner, &LessonStepRunner::failed, &loop, [&](const QString &reason) {
        *error = reason;
        loop.quit();
    });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &runner, [&runner](int) {
        err(Text::tr("interrupted: stopping the run\n"));
        runner.stop();
    });
    if (runner.start(step, lessonFile))
        loop.exec();
    return ok ? runner.summaries() : QList<QJsonObject>();
}

int runLesson(const Lesson &lesson, const QString &lang, const QStringList &answers, bool json)
{
    LessonReport report(lesson, lang, json);
    int status = Ok;
    qsizetype nextAnswer = 0;
    for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep &step = lesson.steps.at(i);
        StepResult result;
        if (step.prediction && nextAnswer < answers.size())
            result.answer = answers.at(nextAnswer++);
        report.stepStarted(int(i), step);
        if (!step.scenario.isEmpty()) {
            QString error;
            const QList<QJsonObject> runs = runStep(step, lesson.fileName, &error);
            result.ran = true;
            result.runs = int(runs.size());
            if (runs.isEmpty()) {
                result.error = error;
                status = Failure;
            } else {
                const QJsonObject context = lessonContext(runs);
                if (step.prediction) {
                    result.prediction = evaluatePrediction(*step.prediction, context);
                    if (!result.prediction->ok())
                        status = Failure;
                }
                if (step.challenge)
                    result.challenge = evaluateChallenge(*step.challenge, context);
            }
        }
        report.stepFinished(int(i), step, result);
    }
    if (nextAnswer < answers.size())
        err(Text::tr("lesson run: %n answer(s) more than the lesson's predictions were ignored\n",
                     nullptr, int(answers.size() - nextAnswer)));
    report.finish();
    return status;
}

} // namespace

QString cliLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    return QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

int lessonCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the lessons, runs a lesson's steps with real processes, or checks "
                 "lesson files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("list, run or validate"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     Text::tr("print one JSON document instead of text"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     Text::tr("language of the texts: ko or en"),
                                     QStringLiteral("LANG"));
    const QCommandLineOption answerOpt(
        QStringLiteral("answer"),
        Text::tr("your choice for the next prediction (repeat for each prediction)"),
        QStringLiteral("K"));
    parser.addOptions({jsonOpt, langOpt, answerOpt});
    if (!parser.parse(QStringList{QStringLiteral("proclab-cli lesson")} + args)) {
        err(parser.errorText() + QLatin1Char('\n'));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err(usage());
        return Usage;
    }
    const QString action = positional.takeFirst();
    if (action == u"list")
        return listLessons(parser.isSet(jsonOpt));
    if (action == u"validate")
        return validateLessons(positional);
    if (action != u"run") {
        err(Text::tr("lesson: unknown action '%1'\n").arg(action) + usage());
        return Usage;
    }
    if (positional.size() != 1) {
        err(Text::tr("lesson run: exactly one lesson ID (or file) is needed\n"));
        return Usage;
    }
    const QString lang = cliLanguage(parser.value(langOpt));
    if (lang != u"ko" && lang != u"en") {
        err(Text::tr("lesson run: --lang takes ko or en\n"));
        return Usage;
    }
    const QString which = positional.constFirst();
    std::optional<Lesson> lesson;
    if (which.endsWith(u".json")) {
        const LessonLoadResult r = loadLessonFile(which);
        if (!r.ok()) {
            printErrors(r.errors);
            return InvalidScenario;
        }
        lesson = r.lesson;
    } else {
        lesson = LessonLibrary::find(which);
    }
    if (!lesson) {
        QStringList ids;
        for (const Lesson &l : LessonLibrary::lessons())
            ids.append(l.id);
        err(Text::tr("lesson run: no lesson '%1'; the lessons are: %2\n")
                .arg(which, ids.join(QStringLiteral(", "))));
        return Usage;
    }
    return runLesson(*lesson, lang, parser.values(answerOpt), parser.isSet(jsonOpt));
}

} // namespace proclab::cli
