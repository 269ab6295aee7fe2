// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenarioparser.h"

#include "core/scenario/jsonduplicatekeys.h"
#include "core/scenario/jsonfieldreader.h"
#include "core/scenario/scenariolimits.h"
#include "core/scenario/scenariomessages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>
#include <cmath>

namespace proclab {

namespace {

const QString kRoot = QStringLiteral("$");

QLatin1String l1(const char *s)
{
    return QLatin1String(s);
}

// Every behaviour parameter of every kind: a field of another kind "does not apply",
// anything else is unknown (and maybe a typo).
QList<QLatin1String> allBehaviourFields()
{
    using namespace field;
    return {l1(kMs),   l1(kCode),     l1(kSignal),   l1(kAfterMs),   l1(kChannel), l1(kCount),
            l1(kRate), l1(kHoldMs),   l1(kWorkUs),   l1(kInitial),   l1(kValue),   l1(kProgram),
            l1(kN),    l1(kRestarts), l1(kParallel), l1(kTimeoutMs), l1(kKillAt)};
}

// 1-based line and column of a byte offset, the column counted in characters.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return {line, column};
}

} // namespace

std::optional<ParsedScenario> ScenarioParser::parse(const QByteArray &json)
{
    const std::optional<QJsonObject> top = readDocument(json);
    if (!top)
        return std::nullopt;

    JsonFieldReader reader(*top, kRoot, m_errors);
    if (!readHeader(reader))
        return std::nullopt;

    ParsedScenario parsed;
    Scenario &s = parsed.scenario;
    if (const auto name = reader.text(l1("name"), JsonFieldReader::Required))
        s.name = *name;
    if (const auto description = reader.text(l1("description"), JsonFieldReader::Optional))
        s.description = *description;
    if (const auto settings = reader.object(l1("settings"), JsonFieldReader::Optional))
        readSettings(*settings, &s.settings);

    if (const auto processes = reader.array(l1("processes"), JsonFieldReader::Required)) {
        const QString base = reader.pathOf(l1("processes"));
        // Beyond what any run may have, reading every entry would only produce an
        // avalanche of messages (and take long for a 4 MiB file of "{}"s).
        const qsizetype limit = maxProcessesRange().max;
        if (processes->size() > limit) {
            m_errors->add(base, QCoreApplication::translate(
                                    "ScenarioValidator",
                                    "%1 processes are more than the %2 a run can have; only the "
                                    "first %2 were checked")
                                    .arg(processes->size())
                                    .arg(limit));
        }
        for (qsizetype i = 0; i < std::min(processes->size(), limit); ++i) {
            if (auto p = readProcess(processes->at(i), jsonPathIndex(base, i))) {
                s.processes.append(*p);
                parsed.processFileIndex.append(i);
            }
        }
    }
    if (const auto channels = reader.array(l1("channels"), JsonFieldReader::Optional)) {
        const QString base = reader.pathOf(l1("channels"));
        const qsizetype limit = maxChannels();
        if (channels->size() > limit) {
            m_errors->add(base, QCoreApplication::translate(
                                    "ScenarioValidator",
                                    "%1 channels are more than the %2 a run can hold; only the "
                                    "first %2 were checked")
                                    .arg(channels->size())
                                    .arg(limit));
        }
        for (qsizetype i = 0; i < std::min(channels->size(), limit); ++i) {
            bool kindKnown = false;
            if (auto c = readChannel(channels->at(i), jsonPathIndex(base, i), &kindKnown)) {
                if (!kindKnown)
                    parsed.channelsOfUnknownKind.insert(s.channels.size());
                s.channels.append(*c);
                parsed.channelFileIndex.append(i);
            }
        }
    }
    reader.reportUnusedKeys({}, QCoreApplication::translate("ScenarioValidator", "the scenario"));
    return parsed;
}

std::optional<QJsonObject> ScenarioParser::readDocument(const QByteArray &json)
{
    if (json.size() > kMaxScenarioFileBytes) {
        m_errors->add({}, QCoreApplication::translate(
                              "ScenarioValidator",
                              "the file is %1 bytes, larger than the %2 MiB a scenario may have")
                              .arg(json.size())
                              .arg(kMaxScenarioFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        m_errors->add({}, QCoreApplication::translate("ScenarioValidator",
                                                      "JSON syntax error at line %1, column %2: %3")
                              .arg(line)
                              .arg(column)
                              .arg(error.errorString()));
        return std::nullopt;
    }
    const QList<OverlongText> overlong = findOverlongStrings(json, kMaxKeyChars, kMaxTextChars);
    for (const OverlongText &o : overlong) {
        m_errors->add(
            o.path,
            o.isKey ? QCoreApplication::translate("ScenarioValidator",
                                                  "a field name %1 characters long; no field name "
                                                  "is longer than %2")
                          .arg(o.chars)
                          .arg(kMaxKeyChars)
                    : QCoreApplication::translate("ScenarioValidator",
                                                  "a text %1 characters long; a scenario's texts "
                                                  "(names, labels, descriptions) are at most %2")
                          .arg(o.chars)
                          .arg(kMaxTextChars));
    }
    if (!overlong.isEmpty())
        return std::nullopt; // refused before anything slower looks at those strings
    for (const DuplicateKey &d : findDuplicateKeys(json)) {
        m_errors->add(d.path, QCoreApplication::translate(
                                  "ScenarioValidator",
                                  "\"%1\" appears more than once here; only the last would "
                                  "count, so write it once")
                                  .arg(d.key));
    }
    if (!doc.isObject()) {
        m_errors->add(kRoot, QCoreApplication::translate(
                                 "ScenarioValidator",
                                 "a scenario must be a JSON object { ... }, not an array"));
        return std::nullopt;
    }
    return doc.object();
}

bool ScenarioParser::readHeader(JsonFieldReader &top)
{
    const QLatin1String formatName(kScenarioFormatName);
    const QJsonValue format = top.take(l1("format"));
    if (format.isUndefined()) {
        top.error(l1("format"),
                  QCoreApplication::translate(
                      "ScenarioValidator",
                      "missing required field \"format\": a scenario file starts with "
                      "\"format\": \"%1\"")
                      .arg(formatName));
        return false;
    }
    if (format.toString() != formatName) {
        const QString got =
            format.isString() ? u'"' + format.toString() + u'"' : jsonTypeName(format);
        top.error(l1("format"), QCoreApplication::translate(
                                    "ScenarioValidator",
                                    "\"format\" must be \"%1\", not %2: this is not a ProcLab "
                                    "scenario")
                                    .arg(formatName, got));
        return false;
    }
    const auto version = top.integer(l1("version"), JsonFieldReader::Required);
    if (!version)
        return false;
    if (*version != Scenario::kFormatVersion) {
        top.error(l1("version"),
                  QCoreApplication::translate("ScenarioValidator",
                                              "unsupported version %1: this ProcLab reads "
                                              "version %2")
                      .arg(*version)
                      .arg(Scenario::kFormatVersion));
        return false;
    }
    return true;
}

void ScenarioParser::readSettings(const QJsonObject &object, RunSettings *settings)
{
    JsonFieldReader r(object, jsonPathKey(kRoot, QStringLiteral("settings")), m_errors);
    if (auto v = r.integer(l1("max_processes"), JsonFieldReader::Optional, maxProcessesRange()))
        settings->maxProcesses = int(*v);
    if (auto v = r.integer(l1("sample_hz"), JsonFieldReader::Optional, sampleHzRange()))
        settings->sampleHz = int(*v);
    if (auto v = r.integer(l1("duration_s"), JsonFieldReader::Optional, durationSRange()))
        settings->durationS = int(*v);
    r.reportUnusedKeys({}, QCoreApplication::translate("ScenarioValidator", "\"settings\""));
}

std::optional<ProcessSpec> ScenarioParser::readProcess(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        m_errors->add(path, QCoreApplication::translate(
                                "ScenarioValidator", "a process must be an object { ... }, not %1")
                                .arg(jsonTypeName(value)));
        return std::nullopt;
    }
    JsonFieldReader r(value.toObject(), path, m_errors);
    ProcessSpec p;
    if (auto id = r.string(l1("id"), JsonFieldReader::Required))
        p.id = *id;
    if (auto label = r.text(l1("label"), JsonFieldReader::Optional))
        p.label = *label;
    // Required even for the root: "parent": null says "this is the root" on purpose,
    // where a forgotten parent would otherwise make a second root.
    const QJsonValue parent = r.take(l1("parent"));
    if (parent.isUndefined()) {
        r.error(l1("parent"), QCoreApplication::translate("ScenarioValidator",
                                                          "missing required field \"parent\" "
                                                          "(null for the root process)"));
    } else if (parent.isString()) {
        p.parent = parent.toString();
    } else if (!parent.isUndefined() && !parent.isNull()) {
        r.error(l1("parent"),
                QCoreApplication::translate("ScenarioValidator",
                                            "\"parent\" must be a process id or null, not %1")
                    .arg(jsonTypeName(parent)));
    }
    if (auto behaviour = r.object(l1("behaviour"), JsonFieldReader::Required))
        readBehaviour(*behaviour, r.pathOf(l1("behaviour")), &p.behaviour);
    p.position = readPosition(r);
    r.reportUnusedKeys({}, QCoreApplication::translate("ScenarioValidator", "a process"));
    return p;
}

void ScenarioParser::readBehaviour(const QJsonObject &object, const QString &path,
                                   Behaviour *behaviour)
{
    JsonFieldReader r(object, path, m_errors);
    const auto kindName = r.string(l1("kind"), JsonFieldReader::Required);
    if (!kindName)
        return; // without a kind, no other field can be judged
    const auto kind = behaviourKindFromName(*kindName);
    if (!kind) {
        r.error(l1("kind"), unknownNameMessage(
                                QCoreApplication::translate("ScenarioValidator", "behaviour kind"),
                                *kindName, behaviourKindNames()));
        return;
    }
    *behaviour = defaultBehaviour(*kind);
    using namespace field;
    const QList<QLatin1String> fields = behaviourFields(*kind);
    for (QLatin1String name : fields) {
        const auto need = behaviourFieldRequired(*kind, name) ? JsonFieldReader::Required
                                                              : JsonFieldReader::Optional;
        if (name == l1(kChannel)) {
            if (auto c = r.string(name, need))
                behaviour->channel = *c;
        } else if (name == l1(kProgram)) {
            if (auto program = r.string(name, need))
                behaviour->program = *program; // the validator checks it is on the list
        } else if (name == l1(kSignal)) {
            readSignal(r, behaviour);
        } else if (auto v = r.integer(name, need, behaviourFieldRange(*kind, name))) {
            if (name == l1(kMs))
                behaviour->ms = int(*v);
            else if (name == l1(kAfterMs))
                behaviour->afterMs = int(*v);
            else if (name == l1(kCode))
                behaviour->code = int(*v);
            else if (name == l1(kCount))
                behaviour->count = *v;
            else if (name == l1(kRate))
                behaviour->rate = int(*v);
            else if (name == l1(kHoldMs))
                behaviour->holdMs = int(*v);
            else if (name == l1(kWorkUs))
                behaviour->workUs = int(*v);
            else
                setBehaviourFieldValue(*behaviour, name, *v);
        }
    }
    r.reportUnusedKeys(
        fields,
        QCoreApplication::translate("ScenarioValidator", "a \"%1\" behaviour").arg(*kindName),
        allBehaviourFields());
}

void ScenarioParser::readSignal(JsonFieldReader &r, Behaviour *behaviour)
{
    const QLatin1String key(field::kSignal);
    const QJsonValue v = r.take(key);
    if (v.isUndefined()) {
        r.error(key,
                QCoreApplication::translate("ScenarioValidator", "missing required field \"%1\"")
                    .arg(key));
    } else if (v.isString()) {
        if (auto number = signalFromName(v.toString())) {
            behaviour->signal = *number;
        } else {
            QStringList names;
            for (int s : crashSignals())
                names.append(signalName(s));
            r.error(key,
                    unknownNameMessage(QCoreApplication::translate("ScenarioValidator", "signal"),
                                       v.toString(), names));
        }
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        // Range first: int(d) of a double beyond int (2e74, found by fuzz_scenario) is
        // undefined behaviour.
        const bool listed =
            d == std::floor(d) && d >= 1 && d <= 64 && crashSignals().contains(int(d));
        if (listed)
            behaviour->signal = int(d);
        else
            r.error(key,
                    badSignalMessage(std::isfinite(d) && std::fabs(d) < 1e15 ? qint64(d) : -1));
    } else {
        r.error(key, QCoreApplication::translate("ScenarioValidator",
                                                 "\"signal\" must be a number or a name like "
                                                 "\"SIGSEGV\", not %1")
                         .arg(jsonTypeName(v)));
    }
}

} // namespace proclab
