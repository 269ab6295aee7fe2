// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_translations_files.h"

#include <QFile>
#include <QXmlStreamReader>

namespace proclab::test {

bool readTs(const QString &path, QList<TsMessage> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool sawTs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        // A plural message ends at </translation>, after its <numerusform>s.
        if (xml.isEndElement() && current.numerus && xml.name() == QLatin1String("translation"))
            messages->append(current);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            sawTs = true;
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.translations = {xml.readElementText()};
                messages->append(current);
            }
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1: line %2: %3")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
        return false;
    }
    if (!sawTs) {
        *error = path + QStringLiteral(": not a Qt Linguist .ts file");
        return false;
    }
    return true;
}

QList<QStringList> glossaryTable(const QString &markdown, const QString &section)
{
    QList<QStringList> rows;
    bool inSection = false;
    bool headerSeen = false;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(QLatin1String("## "))) {
            inSection = line.mid(3).trimmed() == section;
            headerSeen = false;
            continue;
        }
        if (!inSection || !line.startsWith(u'|'))
            continue;
        QStringList cells = line.split(u'|');
        cells = cells.mid(1, cells.size() - 2);
        for (QString &c : cells)
            c = c.trimmed();
        if (!headerSeen) { // the header row, then the |---| row
            headerSeen = true;
            continue;
        }
        if (!cells.isEmpty() && cells.first().startsWith(QLatin1String("---")))
            continue;
        rows.append(cells);
    }
    return rows;
}

} // namespace proclab::test
