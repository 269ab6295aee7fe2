#include "scenarioerror.h"

#include <QRegularExpression>

namespace proclab {

QString ScenarioError::toString() const
{
    QString text = file.isEmpty() ? QStringLiteral("<scenario>") : file;
    if (!path.isEmpty())
        text += QStringLiteral(": ") + path;
    return text + QStringLiteral(": ") + message;
}

namespace {

// Whether `path` is `container` itself or lies inside it. An empty container is the whole
// file (syntax, size): it covers everything.
bool pathWithin(const QString &path, const QString &container)
{
    if (container.isEmpty() || path == container)
        return true;
    if (!path.startsWith(container) || path.size() == container.size())
        return false;
    const QChar next = path.at(container.size());
    return next == u'.' || next == u'[';
}

} // namespace

void ScenarioErrorList::add(const QString &path, const QString &message)
{
    m_errors.append(ScenarioError{m_fileName, path, message});
}

bool ScenarioErrorList::covers(const QString &path) const
{
    for (const ScenarioError &e : m_errors) {
        if (pathWithin(path, e.path))
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
