// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/benchtable.h"

#include "app/cli/clioutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace proclab::cli {

namespace {

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'f', 3);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
        return QStringLiteral("-");
    default:
        return QString::fromUtf8(
            QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                .toJson(QJsonDocument::Compact));
    }
}

void appendObject(QString &out, const QJsonObject &o, const QString &indent);

void appendArray(QString &out, const QString &key, const QJsonArray &a, const QString &indent)
{
    // An array of objects becomes a table whose columns are the union of their keys.
    QStringList columns;
    bool allObjects = !a.isEmpty();
    for (const QJsonValue &v : a) {
        if (!v.isObject()) {
            allObjects = false;
            break;
        }
        for (const QString &k : v.toObject().keys())
            if (!columns.contains(k))
                columns.append(k);
    }
    if (!allObjects) {
        QStringList items;
        for (const QJsonValue &v : a)
            items.append(scalarText(v));
        out += indent + key + QStringLiteral(": ") + items.join(QStringLiteral(", ")) +
               QLatin1Char('\n');
        return;
    }
    QList<QStringList> rows{columns};
    for (const QJsonValue &v : a) {
        QStringList row;
        for (const QString &c : columns)
            row.append(scalarText(v.toObject().value(c)));
        rows.append(row);
    }
    QList<qsizetype> width(columns.size(), 0);
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size(); ++i)
            width[i] = qMax(width[i], r[i].size());
    out += indent + key + QStringLiteral(":\n");
    for (const QStringList &r : rows) {
        QString line = indent + QStringLiteral("  ");
        for (qsizetype i = 0; i < r.size(); ++i)
            line += r[i].rightJustified(width[i]) + QStringLiteral("  ");
        out += line.trimmed().prepend(indent + QStringLiteral("  ")) + QLatin1Char('\n');
    }
}

void appendObject(QString &out, const QJsonObject &o, const QString &indent)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isObject()) {
            out += indent + it.key() + QStringLiteral(":\n");
            appendObject(out, it->toObject(), indent + QStringLiteral("  "));
        } else if (it->isArray()) {
            appendArray(out, it.key(), it->toArray(), indent);
        } else {
            out += indent + it.key() + QStringLiteral(": ") + scalarText(*it) + QLatin1Char('\n');
        }
    }
}

} // namespace

QString formatBenchTable(const BenchResult &result)
{
    QString out = Text::tr("Benchmark: %1 (%2 ms)\n").arg(result.kind).arg(result.wallMs);
    appendObject(out, result.json, QString());
    return out;
}

} // namespace proclab::cli
