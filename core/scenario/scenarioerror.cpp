// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenarioerror.h"

#include <QRegularExpression>

namespace proclab {

QString ScenarioError::toString() const
{
    QString text = file.isEmpty() ? QStringLiteral("<scenario>") : file;
    if (!path.isEmpty())
        text += QStringLiteral(": ") + path;
    return text + QStringLiteral(": ") + message;
}

void ScenarioErrorList::add(const QString &path, const QString &message)
{
    m_errors.append(ScenarioError{m_fileName, path, message});
    if (path.isEmpty())
        m_fileLevel = true; // syntax, size: the whole file
    else
        m_paths.insert(path);
}

bool ScenarioErrorList::covers(const QString &path) const
{
    if (m_fileLevel || m_paths.contains(path))
        return true;
    // Every place that contains `path` is a prefix ending before a '.' or a '['.
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if ((c == u'.' || c == u'[') && m_paths.contains(path.left(i)))
            return true;
    }
    return false;
}

void ScenarioErrorList::mergeUncovered(const QList<ScenarioError> &other)
{
    const ScenarioErrorList before = *this; // errors of `other` never cover each other
    for (const ScenarioError &e : other) {
        if (!before.covers(e.path))
            add(e.path, e.message);
    }
}

QString jsonPathIndex(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString jsonPathKey(const QString &path, const QString &key)
{
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_-]*")));
    if (plain.match(key).hasMatch())
        return path + u'.' + key;
    QString escaped = key;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return path + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

} // namespace proclab
