// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// QJsonDocument keeps only the last of two equal keys in an object, silently. A human who
// writes "ms" twice deserves to hear about it, so the loader looks for repeats itself.

#include <QByteArray>
#include <QList>
#include <QString>

namespace proclab {

struct DuplicateKey
{
    QString path; // JSON path of the repeated field, e.g. "$.processes[0].behaviour.ms"
    QString key;
};

struct OverlongText
{
    QString path;    // where the string is (a key's own path for a key)
    qsizetype chars; // its length as written, escapes counted as written
    bool isKey = false;
};

// `json` must already be known to be valid JSON (QJsonDocument accepted it). Keys are
// compared decoded, so "na\u006de" repeats "name".
QList<DuplicateKey> findDuplicateKeys(const QByteArray &json);
// Keys longer than `maxKeyChars` and strings longer than `maxTextChars`, found in one
// linear pass over the raw text, before anything slower looks at them.
QList<OverlongText> findOverlongStrings(const QByteArray &json, qsizetype maxKeyChars,
                                        qsizetype maxTextChars);

} // namespace proclab
