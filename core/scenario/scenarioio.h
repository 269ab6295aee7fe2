// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading, validating and writing *.proclab.json files.

#include "core/scenario/scenario.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace proclab {

// One problem in a scenario: the file, the JSON path ("$.processes[2].parent") and what
// is wrong. toString() gives "FILE: PATH: MESSAGE", the form the CLI and GUI show.
struct ScenarioError
{
    QString file;
    QString path;
    QString message;
    QString toString() const;
};

struct LoadResult
{
    std::optional<Scenario> scenario; // set only when errors is empty
    QList<ScenarioError> errors;
    bool ok() const { return errors.isEmpty(); }
};

// Parses and validates; never throws, never crashes on any input.
LoadResult parseScenario(const QByteArray &json, const QString &fileName);
LoadResult loadScenarioFile(const QString &path);

// Semantic checks on a model that did not come from a file (the editor's):
// unknown parents, cycles, duplicate ids, bad channel wiring, limits.
QList<ScenarioError> validateScenario(const Scenario &scenario, const QString &fileName = {});

QByteArray scenarioToJson(const Scenario &scenario);
// Writes atomically (QSaveFile); on failure returns false and sets *error.
bool saveScenarioFile(const Scenario &scenario, const QString &path, QString *error);

} // namespace proclab
