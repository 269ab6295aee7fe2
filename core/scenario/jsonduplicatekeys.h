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

// `json` must already be known to be valid JSON (QJsonDocument accepted it).
QList<DuplicateKey> findDuplicateKeys(const QByteArray &json);

} // namespace proclab
