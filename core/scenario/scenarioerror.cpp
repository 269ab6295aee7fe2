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

QString escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 ||
                 (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            // Line breaks and direction overrides could forge or hide a line of output.
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString shortened(const QString &text)
{
    if (text.size() <= kMaxQuotedChars)
        return text;
    return text.left(kMaxQuotedChars - 1) + QStringLiteral("…");
}

QString quoteContent(const QString &text)
{
    return shortened(escapeControls(text));
}

namespace {

// Every piece of the file a message quotes stands between double quotes: shorten those
// that are long, so a 3 MB key is not echoed whole.
QString shortenQuoted(const QString &message)
{
    static const QRegularExpression quoted(
        QStringLiteral("\"([^\"]{%1,})\"").arg(kMaxQuotedChars + 1));
    QString out;
    qsizetype last = 0;
    for (auto it = quoted.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(message).mid(last, m.capturedStart(1) - last);
        out += shortened(m.captured(1));
        last = m.capturedEnd(1);
    }
    out += QStringView(message).mid(last);
    return out;
}

} // namespace

void ScenarioErrorList::add(const QString &path, const QString &message)
{
    // Paths and messages quote the file; they must not be able to forge another line.
    m_errors.append(ScenarioError{m_fileName, path, shortenQuoted(escapeControls(message))});
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
    QString escaped = quoteContent(key);
    escaped.replace(u'"', QStringLiteral("\\\""));
    return path + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

} // namespace proclab
