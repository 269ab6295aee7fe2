// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lesson/lessonparser.h"

#include "core/lesson/lessoncharts.h"
#include "core/lesson/lessonexpression.h"
#include "core/lesson/lessontext.h"
#include "core/scenario/jsonduplicatekeys.h"
#include "core/scenario/jsonfieldreader.h"
#include "core/scenario/scenariolimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace proclab {

namespace {

const QString kRoot = QStringLiteral("$");

QLatin1String l1(const char *s)
{
    return QLatin1String(s);
}

const ValueRange kTimes{1, kMaxLessonRuns};
const ValueRange kAtMs{0, 600000};
constexpr int kMaxBenchSizes = 4;
constexpr qint64 kMaxBenchSize = 1 << 20;

} // namespace

std::optional<QJsonObject> LessonParser::readDocument(const QByteArray &json)
{
    if (json.size() > kMaxLessonFileBytes) {
        m_errors->add(
            {}, LessonText::tr("the file is %1 bytes, larger than the %2 KiB a lesson may have")
                    .arg(json.size())
                    .arg(kMaxLessonFileBytes / 1024));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        m_errors->add({}, LessonText::tr("JSON syntax error at line %1: %2")
                              .arg(before.count('\n') + 1)
                              .arg(error.errorString()));
        return std::nullopt;
    }
    for (const DuplicateKey &d : findDuplicateKeys(json))
        m_errors->add(
            d.path, LessonText::tr("\"%1\" appears more than once here; write it once").arg(d.key));
    if (!doc.isObject()) {
        m_errors->add(kRoot, LessonText::tr("a lesson must be a JSON object { ... }"));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<LocalText> LessonParser::readText(JsonFieldReader &reader, const char *key,
                                                bool required)
{
    const auto object =
        reader.object(l1(key), required ? JsonFieldReader::Required : JsonFieldReader::Optional);
    if (!object)
        return std::nullopt;
    JsonFieldReader text(*object, reader.pathOf(l1(key)), m_errors);
    LocalText out;
    bool ok = true;
    for (const char *language : {"ko", "en"}) {
        const QJsonValue v = text.take(l1(language));
        if (v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty())) {
            m_errors->add(
                text.path(),
                LessonText::tr("missing \"%1\": every text is needed in Korean (\"ko\") and "
                               "English (\"en\")")
                    .arg(QLatin1String(language)));
            ok = false;
        } else if (!v.isString()) {
            text.error(l1(language), LessonText::tr("must be a string"));
            ok = false;
        } else if (v.toString().size() > kMaxLessonTextChars) {
            text.error(l1(language),
                       LessonText::tr("%1 characters, more than the %2 a text may have")
                           .arg(v.toString().size())
                           .arg(kMaxLessonTextChars));
            ok = false;
        } else {
            (language[0] == 'k' ? out.ko : out.en) = v.toString();
        }
    }
    text.reportUnusedKeys({l1("ko"), l1("en")}, LessonText::tr("a text"));
    return ok ? std::optional<LocalText>(out) : std::nullopt;
}

QString LessonParser::readExpression(JsonFieldReader &reader, const char *key, bool condition)
{
    const auto text = reader.string(l1(key), JsonFieldReader::Required);
    if (!text)
        return {};
    QString problem;
    const auto e = LessonExpression::parse(*text, &problem);
    if (!e) {
        reader.error(l1(key), problem);
        return {};
    }
    if (condition && !e->isCondition()) {
        reader.error(l1(key), LessonText::tr("\"%1\" must be a condition (a comparison such as "
                                             "\"value == 4\")")
                                  .arg(*text));
        return {};
    }
    return *text;
}

std::optional<Lesson> LessonParser::parse(const QByteArray &json)
{
    const auto top = readDocument(json);
    if (!top)
        return std::nullopt;
    JsonFieldReader reader(*top, kRoot, m_errors);
    const auto format = reader.string(l1("format"), JsonFieldReader::Required);
    if (format && *format != QLatin1String(kLessonFormatName)) {
        reader.error(l1("format"), LessonText::tr("must be \"%1\": this is not a ProcLab lesson")
                                       .arg(QLatin1String(kLessonFormatName)));
        return std::nullopt;
    }
    if (!format)
        return std::nullopt;
    reader.integer(l1("version"), JsonFieldReader::Required,
                   ValueRange{Lesson::kFormatVersion, Lesson::kFormatVersion});

    Lesson lesson;
    if (const auto id = reader.string(l1("id"), JsonFieldReader::Required)) {
        static const QRegularExpression idPattern(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9-]{1,40}")));
        if (idPattern.match(*id).hasMatch())
            lesson.id = *id;
        else
            reader.error(
                l1("id"),
                LessonText::tr("an id is 1 to 40 of a-z, 0-9 and -, not \"%1\"").arg(id->left(60)));
    }
    lesson.number =
        int(reader.integer(l1("number"), JsonFieldReader::Required, ValueRange{1, 99}).value_or(0));
    for (auto [key, text] : {std::pair{"topic", &lesson.topic}, std::pair{"title", &lesson.title},
                             std::pair{"summary", &lesson.summary}}) {
        if (const auto t = readText(reader, key, true))
            *text = *t;
    }
    if (const auto steps = reader.array(l1("steps"), JsonFieldReader::Required)) {
        const QString base = reader.pathOf(l1("steps"));
        if (steps->isEmpty())
            m_errors->add(base, LessonText::tr("a lesson needs at least one step"));
        if (steps->size() > kMaxLessonSteps)
            m_errors->add(base, LessonText::tr("%1 steps are more than the %2 a lesson may have")
                                    .arg(steps->size())
                                    .arg(kMaxLessonSteps));
        for (qsizetype i = 0; i < std::min<qsizetype>(steps->size(), kMaxLessonSteps); ++i) {
            if (auto step = readStep(steps->at(i), jsonPathIndex(base, i)))
                lesson.steps.append(*step);
        }
    }
    reader.reportUnusedKeys({l1("format"), l1("version"), l1("id"), l1("number"), l1("topic"),
                             l1("title"), l1("summary"), l1("steps")},
                            LessonText::tr("a lesson"));
    if (!m_errors->isEmpty())
        return std::nullopt;
    return lesson;
}

std::optional<LessonStep> LessonParser::readStep(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        m_errors->add(path,
                      LessonText::tr("a step must be an object, not %1").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    JsonFieldReader reader(value.toObject(), path, m_errors);
    LessonStep step;
    step.title = readText(reader, "title", true).value_or(LocalText{});
    step.text = readText(reader, "text", true).value_or(LocalText{});
    step.figure = readText(reader, "figure", false).value_or(LocalText{});
    if (const auto scenario = reader.string(l1("scenario"), JsonFieldReader::Optional)) {
        static const QRegularExpression namePattern(QRegularExpression::anchoredPattern(
            QStringLiteral("[A-Za-z0-9_.-]{1,80}\\.proclab\\.json")));
        if (namePattern.match(*scenario).hasMatch())
            step.scenario = *scenario;
        else
            reader.error(l1("scenario"), LessonText::tr("a scenario is named by its file name only "
                                                        "(NAME.proclab.json), not \"%1\"")
                                             .arg(scenario->left(100)));
    }
    if (const auto action = reader.object(l1("action"), JsonFieldReader::Optional))
        step.action = readAction(*action, reader.pathOf(l1("action")));
    if (const auto p = reader.object(l1("prediction"), JsonFieldReader::Optional))
        step.prediction = readPrediction(*p, reader.pathOf(l1("prediction")));
    if (const auto c = reader.object(l1("challenge"), JsonFieldReader::Optional))
        step.challenge = readChallenge(*c, reader.pathOf(l1("challenge")));
    if (step.scenario.isEmpty() && (step.action || step.prediction || step.challenge) &&
        !reader.has(l1("scenario")))
        m_errors->add(path,
                      LessonText::tr("a step with an action, a prediction or a challenge needs a "
                                     "\"scenario\" to run"));
    reader.reportUnusedKeys({l1("title"), l1("text"), l1("figure"), l1("scenario"), l1("action"),
                             l1("prediction"), l1("challenge")},
                            LessonText::tr("a step"));
    if (!m_errors->covers(path) && !step.scenario.isEmpty())
        checkStepScenario(step, path);
    return step;
}

std::optional<LessonAction> LessonParser::readAction(const QJsonObject &object, const QString &path)
{
    JsonFieldReader reader(object, path, m_errors);
    static const QStringList kinds{QStringLiteral("run"),   QStringLiteral("kill"),
                                   QStringLiteral("pause"), QStringLiteral("set"),
                                   QStringLiteral("sweep"), QStringLiteral("compare"),
                                   QStringLiteral("bench")};
    const auto kind = reader.string(l1("kind"), JsonFieldReader::Required);
    if (!kind)
        return std::nullopt;
    if (!kinds.contains(*kind)) {
        reader.error(l1("kind"), LessonText::tr("unknown action \"%1\"; known: %2")
                                     .arg(kind->left(40), kinds.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    LessonAction a;
    a.kind = LessonAction::Kind(kinds.indexOf(*kind));
    QList<QLatin1String> fields{l1("kind")};
    switch (a.kind) {
    case LessonAction::Kind::Run:
        a.times = int(reader.integer(l1("times"), JsonFieldReader::Optional, kTimes).value_or(1));
        fields << l1("times");
        break;
    case LessonAction::Kind::Kill:
    case LessonAction::Kind::Pause:
        a.process = reader.string(l1("process"), JsonFieldReader::Required).value_or(QString());
        a.atMs = int(reader.integer(l1("at_ms"), JsonFieldReader::Required, kAtMs).value_or(0));
        fields << l1("process") << l1("at_ms");
        if (a.kind == LessonAction::Kind::Pause) {
            a.forMs =
                int(reader.integer(l1("for_ms"), JsonFieldReader::Optional, kAtMs).value_or(0));
            fields << l1("for_ms");
        } else if (reader.has(l1("signal"))) {
            const QJsonValue s = reader.take(l1("signal"));
            const auto number = signalFromName(s.toString());
            if (!number)
                reader.error(l1("signal"), LessonText::tr("a signal name such as \"SIGKILL\" or "
                                                          "\"SIGSEGV\""));
            a.signal = number.value_or(9);
        }
        fields << l1("signal");
        break;
    case LessonAction::Kind::Set:
    case LessonAction::Kind::Sweep:
        a.target = reader.string(l1("target"), JsonFieldReader::Required).value_or(QString());
        a.property = reader.string(l1("property"), JsonFieldReader::Required).value_or(QString());
        fields << l1("target") << l1("property");
        if (a.kind == LessonAction::Kind::Set) {
            a.value = reader.take(l1("value"));
            if (a.value.isUndefined())
                reader.error(l1("value"), LessonText::tr("missing required field \"value\""));
            fields << l1("value");
        } else if (const auto values = reader.array(l1("values"), JsonFieldReader::Required)) {
            if (values->isEmpty() || values->size() > kMaxLessonRuns)
                reader.error(l1("values"),
                             LessonText::tr("a sweep takes 1 to %1 values").arg(kMaxLessonRuns));
            else
                a.values = QList<QJsonValue>(values->begin(), values->end());
        }
        fields << l1("values");
        break;
    case LessonAction::Kind::Compare:
        a.compareWith = reader.string(l1("with"), JsonFieldReader::Required).value_or(QString());
        fields << l1("with");
        break;
    case LessonAction::Kind::Bench:
        a.values = readBenchSizes(reader);
        fields << l1("sizes");
        break;
    }
    reader.reportUnusedKeys(fields, LessonText::tr("the action \"%1\"").arg(*kind),
                            {l1("times"), l1("process"), l1("at_ms"), l1("for_ms"), l1("signal"),
                             l1("target"), l1("property"), l1("value"), l1("values"), l1("with"),
                             l1("sizes")});
    return a;
}

// A bench action's item sizes: 1 to 4 of them (each size measures every mechanism for a
// fixed time, so the step stays a few seconds long), 1 byte to 1 MiB.
QList<QJsonValue> LessonParser::readBenchSizes(JsonFieldReader &reader)
{
    const auto sizes = reader.array(l1("sizes"), JsonFieldReader::Required);
    if (!sizes)
        return {};
    if (sizes->isEmpty() || sizes->size() > kMaxBenchSizes) {
        reader.error(l1("sizes"),
                     LessonText::tr("a bench takes 1 to %1 item sizes").arg(kMaxBenchSizes));
        return {};
    }
    QList<QJsonValue> out;
    for (const QJsonValue &v : *sizes) {
        const qint64 size = v.toInteger(-1);
        if (!v.isDouble() || double(size) != v.toDouble() || size < 1 || size > kMaxBenchSize) {
            reader.error(l1("sizes"), LessonText::tr("an item size is a whole number of bytes "
                                                     "from 1 to %1")
                                          .arg(kMaxBenchSize));
            return {};
        }
        out.append(size);
    }
    return out;
}

std::optional<LessonPrediction> LessonParser::readPrediction(const QJsonObject &object,
                                                             const QString &path)
{
    JsonFieldReader reader(object, path, m_errors);
    LessonPrediction p;
    p.question = readText(reader, "question", true).value_or(LocalText{});
    if (const auto choices = reader.array(l1("choices"), JsonFieldReader::Required)) {
        const QString base = reader.pathOf(l1("choices"));
        if (choices->size() < 2 || choices->size() > kMaxLessonChoices)
            m_errors->add(
                base, LessonText::tr("a prediction offers 2 to %1 choices").arg(kMaxLessonChoices));
        for (qsizetype i = 0; i < std::min<qsizetype>(choices->size(), kMaxLessonChoices); ++i) {
            const QString at = jsonPathIndex(base, i);
            if (!choices->at(i).isObject()) {
                m_errors->add(at, LessonText::tr("a choice must be an object {\"key\", \"text\"}"));
                continue;
            }
            JsonFieldReader c(choices->at(i).toObject(), at, m_errors);
            LessonChoice choice;
            choice.key = c.string(l1("key"), JsonFieldReader::Required).value_or(QString());
            static const QRegularExpression keyPattern(
                QRegularExpression::anchoredPattern(QStringLiteral("[a-z]")));
            if (!c.has(l1("key")) || !keyPattern.match(choice.key).hasMatch())
                c.error(l1("key"), LessonText::tr("a choice's key is one letter a-z"));
            for (const LessonChoice &before : p.choices) {
                if (before.key == choice.key)
                    c.error(l1("key"),
                            LessonText::tr("two choices have the key \"%1\"").arg(choice.key));
            }
            choice.text = readText(c, "text", true).value_or(LocalText{});
            c.reportUnusedKeys({l1("key"), l1("text")}, LessonText::tr("a choice"));
            p.choices.append(choice);
        }
    }
    p.measure = readExpression(reader, "measure", false);
    readRule(reader, &p);
    p.figureName = readText(reader, "figure_name", true).value_or(LocalText{});
    p.explain = readText(reader, "explain", true).value_or(LocalText{});
    if (const auto notes = reader.array(l1("notes"), JsonFieldReader::Optional)) {
        const QString base = reader.pathOf(l1("notes"));
        for (qsizetype i = 0; i < std::min<qsizetype>(notes->size(), kMaxLessonChoices); ++i) {
            JsonFieldReader n(notes->at(i).toObject(), jsonPathIndex(base, i), m_errors);
            LessonNote note;
            note.when = readExpression(n, "when", true);
            note.text = readText(n, "text", true).value_or(LocalText{});
            n.reportUnusedKeys({l1("when"), l1("text")}, LessonText::tr("a note"));
            p.notes.append(note);
        }
        if (notes->size() > kMaxLessonChoices)
            m_errors->add(base, LessonText::tr("at most %1 notes").arg(kMaxLessonChoices));
    }
    if (const auto figures = reader.array(l1("figures"), JsonFieldReader::Optional)) {
        const QString base = reader.pathOf(l1("figures"));
        if (figures->size() > kMaxLessonRuns)
            m_errors->add(base, LessonText::tr("at most %1 figures").arg(kMaxLessonRuns));
        for (qsizetype i = 0; i < std::min<qsizetype>(figures->size(), kMaxLessonRuns); ++i) {
            JsonFieldReader f(figures->at(i).toObject(), jsonPathIndex(base, i), m_errors);
            LessonFigure figure;
            figure.name = readText(f, "name", true).value_or(LocalText{});
            figure.measure = readExpression(f, "measure", false);
            f.reportUnusedKeys({l1("name"), l1("measure")}, LessonText::tr("a figure"));
            p.figures.append(figure);
        }
    }
    p.highlight = reader.string(l1("highlight"), JsonFieldReader::Optional).value_or(QString());
    static const QRegularExpression highlightPattern(QRegularExpression::anchoredPattern(
        QStringLiteral("(process|channel|chart):[A-Za-z0-9_.-]{1,32}")));
    if (!p.highlight.isEmpty() && !highlightPattern.match(p.highlight).hasMatch())
        reader.error(l1("highlight"), LessonText::tr("write \"process:ID\", \"channel:ID\" or "
                                                     "\"chart:NAME\""));
    else if (p.highlight.startsWith(u"chart:") &&
             LessonCharts::canonical(p.highlight.mid(6)).isEmpty())
        reader.error(l1("highlight"),
                     LessonText::tr("no chart is called \"%1\"; the charts are %2")
                         .arg(p.highlight.mid(6), LessonCharts::names().join(u", ")));
    reader.reportUnusedKeys({l1("question"), l1("choices"), l1("measure"), l1("correct"),
                             l1("figure_name"), l1("explain"), l1("notes"), l1("figures"),
                             l1("highlight")},
                            LessonText::tr("a prediction"));
    return p;
}

void LessonParser::readRule(JsonFieldReader &reader, LessonPrediction *p)
{
    const auto rule = reader.object(l1("correct"), JsonFieldReader::Required);
    if (!rule)
        return;
    JsonFieldReader r(*rule, reader.pathOf(l1("correct")), m_errors);
    if (rule->isEmpty())
        reader.error(l1("correct"),
                     LessonText::tr("the rule needs a condition for at least one choice"));
    for (const LessonChoice &choice : p->choices) {
        if (!rule->contains(choice.key))
            continue;
        const QString condition = readExpression(r, choice.key.toLatin1().constData(), true);
        p->rule.append({choice.key, condition});
    }
    QList<QLatin1String> keys;
    QList<QByteArray> storage; // keeps the Latin-1 bytes alive for the QLatin1Strings
    for (const LessonChoice &c : p->choices)
        storage.append(c.key.toLatin1());
    for (const QByteArray &k : storage)
        keys.append(QLatin1String(k));
    r.reportUnusedKeys(keys, LessonText::tr("the rule (its keys are the choices' keys)"));
}

std::optional<LessonChallenge> LessonParser::readChallenge(const QJsonObject &object,
                                                           const QString &path)
{
    JsonFieldReader reader(object, path, m_errors);
    LessonChallenge c;
    c.task = readText(reader, "task", true).value_or(LocalText{});
    c.passesWhen = readExpression(reader, "passes_when", true);
    c.hint = readText(reader, "hint", true).value_or(LocalText{});
    reader.reportUnusedKeys({l1("task"), l1("passes_when"), l1("hint")},
                            LessonText::tr("a challenge"));
    return c;
}

} // namespace proclab
