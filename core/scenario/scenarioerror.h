// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Collects ScenarioErrors for one file while the parser and the validator walk it.

#include "core/scenario/scenarioio.h"

#include <QList>
#include <QSet>
#include <QString>

namespace proclab {

class ScenarioErrorList
{
public:
    explicit ScenarioErrorList(QString fileName) : m_fileName(std::move(fileName)) {}

    void add(const QString &path, const QString &message);
    // True when an error was reported at `path` or at a place that contains it, e.g.
    // "$.processes[2]" covers "$.processes[2].behaviour.ms": a later check of the same
    // spot would only repeat the first complaint in other words.
    bool covers(const QString &path) const;
    // Appends the errors of `other` that this list does not already cover.
    void mergeUncovered(const QList<ScenarioError> &other);

    const QString &fileName() const { return m_fileName; }
    const QList<ScenarioError> &errors() const { return m_errors; }
    bool isEmpty() const { return m_errors.isEmpty(); }

private:
    QString m_fileName;
    QList<ScenarioError> m_errors;
    // For covers(): a file may hold thousands of errors, so look paths up, don't scan.
    QSet<QString> m_paths;
    bool m_fileLevel = false;
};

// Text from a file as a message may quote it: control characters, line breaks and
// direction overrides escaped (\n, \u0007), at most kMaxQuotedChars, cut with "…".
inline constexpr qsizetype kMaxQuotedChars = 48;
QString escapeControls(const QString &text);
QString shortened(const QString &text);
QString quoteContent(const QString &text);

// "$.processes" + 2 -> "$.processes[2]"; "$" + "ms" -> "$.ms" (["..."] for odd keys).
QString jsonPathIndex(const QString &path, qsizetype index);
QString jsonPathKey(const QString &path, const QString &key);

} // namespace proclab
