// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Readers for what tst_translations checks: a Qt Linguist .ts file and the glossary's tables.

#include <QList>
#include <QString>
#include <QStringList>

namespace proclab::test {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QString where() const { return context + QStringLiteral(" / \"") + source + u'"'; }
};

// False (and *error set) when the file cannot be read or is not a .ts file.
bool readTs(const QString &path, QList<TsMessage> *messages, QString *error);

// The rows of the markdown table under the heading "## <section>", cells trimmed, header and
// separator rows left out.
QList<QStringList> glossaryTable(const QString &markdown, const QString &section);

} // namespace proclab::test
