// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns the JSON text of a *.proclab.json file into a Scenario, reporting every problem
// of syntax, structure and type with its JSON path. Semantic checks (ids, the tree,
// channel wiring) are the validator's; the parser hands it the model it could build.

#include "core/scenario/scenario.h"
#include "core/scenario/scenarioerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace proclab {

class JsonFieldReader;

struct ParsedScenario
{
    Scenario scenario;
    // For each process/channel of the model, its index in the file's array: entries that
    // were not even objects are left out of the model, yet paths must name the file's index.
    QList<qsizetype> processFileIndex;
    QList<qsizetype> channelFileIndex;
    // Model indices of channels whose "kind" was missing or unknown (already reported).
    QSet<qsizetype> channelsOfUnknownKind;
};

class ScenarioParser
{
public:
    explicit ScenarioParser(ScenarioErrorList *errors) : m_errors(errors) {}

    // Nothing when the text is not a ProcLab scenario at all (syntax, size, format,
    // version): then nothing else can be said about it.
    std::optional<ParsedScenario> parse(const QByteArray &json);

private:
    std::optional<QJsonObject> readDocument(const QByteArray &json);
    bool readHeader(JsonFieldReader &top);
    void readSettings(const QJsonObject &object, RunSettings *settings);
    std::optional<ProcessSpec> readProcess(const QJsonValue &value, const QString &path);
    void readBehaviour(const QJsonObject &object, const QString &path, Behaviour *behaviour);
    void readSignal(JsonFieldReader &reader, Behaviour *behaviour);
    std::optional<ChannelSpec> readChannel(const QJsonValue &value, const QString &path,
                                           bool *kindKnown);
    std::optional<QPointF> readPosition(JsonFieldReader &reader);

    ScenarioErrorList *m_errors;
};

} // namespace proclab
