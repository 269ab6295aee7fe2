// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the fields of one JSON object of a scenario file and reports, with the JSON
// path, every field that is missing, of the wrong type, out of range or unknown.
// The getters return nothing when the field is absent or wrong, so callers keep
// their defaults and go on: the loader reports every problem, not just the first.

#include "core/scenario/scenarioerror.h"
#include "core/scenario/scenariolimits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace proclab {

class JsonFieldReader
{
public:
    enum Need
    {
        Optional,
        Required
    };

    JsonFieldReader(const QJsonObject &object, const QString &path, ScenarioErrorList *errors);

    const QString &path() const { return m_path; }
    QString pathOf(QLatin1String key) const;
    bool has(QLatin1String key) const { return m_object.contains(key); }
    void error(QLatin1String key, const QString &message);

    std::optional<QString> string(QLatin1String key, Need need);
    // A whole number within `range` (when given).
    std::optional<qint64> integer(QLatin1String key, Need need,
                                  std::optional<ValueRange> range = std::nullopt);
    std::optional<double> number(QLatin1String key, Need need);
    std::optional<bool> boolean(QLatin1String key, Need need);
    std::optional<QJsonObject> object(QLatin1String key, Need need);
    std::optional<QJsonArray> array(QLatin1String key, Need need);
    // The raw value, for fields that accept several types (e.g. a signal's number or name).
    QJsonValue take(QLatin1String key);

    // Reports every key not read. Keys in `otherKinds` exist elsewhere in the format (a
    // field of another behaviour kind): they get "does not apply to <where>" instead of
    // "unknown field", and typos get the closest known name.
    void reportUnusedKeys(const QList<QLatin1String> &allowed, const QString &where,
                          const QList<QLatin1String> &otherKinds = {});

private:
    std::optional<QJsonValue> fetch(QLatin1String key, Need need);
    void markUsed(QLatin1String key);
    void wrongType(QLatin1String key, const QJsonValue &value, const QString &expected);

    QJsonObject m_object;
    QString m_path;
    ScenarioErrorList *m_errors;
    QStringList m_usedInOrder;
};

// The JSON type of `value` for messages: "a string", "an array", ...
QString jsonTypeName(const QJsonValue &value);
// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
QString closestName(const QString &word, const QStringList &candidates);

} // namespace proclab
