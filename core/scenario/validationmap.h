// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Maps validateScenario's JSON paths ("$.processes[2].behaviour.count") back to the
// item ("p3") and the field ("count") they are about, so the diagram and the property
// panel can mark the exact place with the reason.

#include "core/scenario/scenarioio.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace proclab {

class ValidationMap
{
public:
    ValidationMap() = default;
    ValidationMap(const Scenario &scenario, const QList<ScenarioError> &errors);

    QStringList problemsOf(const QString &id) const; // every field
    QStringList problemsOf(const QString &id, const QString &field) const;
    QStringList fieldsWithProblems(const QString &id) const;
    QStringList generalProblems() const; // not about one item
    int count() const { return m_count; }

    // "$.processes[2].behaviour.count" -> ("processes", 2, "count"). Public for tests.
    struct Location
    {
        QString collection;
        int index = -1;
        QString field;
    };
    static Location locate(const QString &path);

private:
    QHash<QString, QList<QPair<QString, QString>>> m_byId; // id -> (field, message)
    QStringList m_general;
    int m_count = 0;
};

} // namespace proclab
