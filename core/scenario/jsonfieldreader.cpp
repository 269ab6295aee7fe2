// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/jsonfieldreader.h"

#include "core/scenario/scenariolimits.h"
#include "core/scenario/scenariomessages.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace proclab {

namespace {

QString joinQuoted(const QList<QLatin1String> &names)
{
    QStringList list;
    for (QLatin1String n : names)
        list.append(n);
    return quotedNames(list);
}

QString joinQuoted(const QStringList &names)
{
    return quotedNames(names);
}

// Edit distance counting a swap of two neighbours as one edit ("mian" -> "main"), the
// commonest typo; case-insensitive. Names are short, so the plain O(n*m) table is fine.
qsizetype editDistance(const QString &a, const QString &b)
{
    const QString x = a.toLower(), y = b.toLower();
    const qsizetype n = x.size(), m = y.size();
    std::vector<std::vector<qsizetype>> d(n + 1, std::vector<qsizetype>(m + 1));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = i;
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = x[i - 1] == y[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

} // namespace

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("ScenarioValidator", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("ScenarioValidator", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("ScenarioValidator", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("ScenarioValidator", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("ScenarioValidator", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("ScenarioValidator", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("ScenarioValidator", "nothing");
}

QString closestName(const QString &word, const QStringList &candidates)
{
    // Bounded work: a long word is no typo of a short name, and a candidate whose length
    // differs by more than the largest accepted distance cannot be close enough.
    if (word.size() > kMaxSuggestedWordChars)
        return {};
    QString best;
    qsizetype bestDistance = 0;
    for (const QString &c : candidates) {
        if (std::abs(c.size() - word.size()) > 3)
            continue;
        const qsizetype d = editDistance(word, c);
        if (best.isNull() || d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    // A typo changes a letter or two; beyond that the suggestion would only confuse.
    const qsizetype limit = std::max<qsizetype>(1, std::min<qsizetype>(3, best.size() / 3));
    return (!best.isNull() && bestDistance <= limit) ? best : QString();
}

JsonFieldReader::JsonFieldReader(const QJsonObject &object, const QString &path,
                                 ScenarioErrorList *errors)
    : m_object(object), m_path(path), m_errors(errors)
{}

QString JsonFieldReader::pathOf(QLatin1String key) const
{
    return jsonPathKey(m_path, key);
}

void JsonFieldReader::error(QLatin1String key, const QString &message)
{
    m_errors->add(pathOf(key), message);
}

std::optional<QJsonValue> JsonFieldReader::fetch(QLatin1String key, Need need)
{
    markUsed(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (need == Required) {
            error(key,
                  QCoreApplication::translate("ScenarioValidator", "missing required field \"%1\"")
                      .arg(key));
        }
        return std::nullopt;
    }
    return it.value();
}

void JsonFieldReader::wrongType(QLatin1String key, const QJsonValue &value, const QString &expected)
{
    error(key, QCoreApplication::translate("ScenarioValidator", "\"%1\" must be %2, not %3")
                   .arg(key, expected, jsonTypeName(value)));
}

std::optional<QString> JsonFieldReader::string(QLatin1String key, Need need)
{
    const auto v = fetch(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        wrongType(key, *v, QCoreApplication::translate("ScenarioValidator", "a string"));
        return std::nullopt;
    }
    return v->toString();
}

std::optional<LocalizedText> JsonFieldReader::text(QLatin1String key, Need need)
{
    const auto v = fetch(key, need);
    if (!v)
        return std::nullopt;
    if (v->isString())
        return LocalizedText(v->toString());
    if (!v->isObject()) {
        wrongType(key, *v,
                  QCoreApplication::translate("ScenarioValidator",
                                              "a string or {\"ko\": \"...\", \"en\": \"...\"}"));
        return std::nullopt;
    }
    JsonFieldReader inner(v->toObject(), pathOf(key), m_errors);
    const auto ko = inner.string(QLatin1String("ko"), Required);
    const auto en = inner.string(QLatin1String("en"), Required);
    inner.reportUnusedKeys(
        {QLatin1String("ko"), QLatin1String("en")},
        QCoreApplication::translate("ScenarioValidator", "a text in two languages"));
    if (!ko || !en)
        return std::nullopt;
    return LocalizedText::bilingual(*ko, *en);
}

std::optional<qint64> JsonFieldReader::integer(QLatin1String key, Need need,
                                               std::optional<ValueRange> range)
{
    const auto v = fetch(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        wrongType(key, *v, QCoreApplication::translate("ScenarioValidator", "a whole number"));
        return std::nullopt;
    }
    const double d = v->toDouble();
    // 2^53: beyond it a double no longer holds every whole number, and no field gets near.
    constexpr double kExact = 9007199254740992.0;
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > kExact) {
        error(key, QCoreApplication::translate("ScenarioValidator",
                                               "\"%1\" must be a whole number, not %2")
                       .arg(key, QString::number(d, 'g', 17)));
        return std::nullopt;
    }
    const auto n = static_cast<qint64>(d);
    if (range && !range->contains(n)) {
        error(key, outOfRangeMessage(key, n, *range));
        return std::nullopt;
    }
    return n;
}

std::optional<double> JsonFieldReader::number(QLatin1String key, Need need)
{
    const auto v = fetch(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        wrongType(key, *v, QCoreApplication::translate("ScenarioValidator", "a number"));
        return std::nullopt;
    }
    return v->toDouble();
}

std::optional<bool> JsonFieldReader::boolean(QLatin1String key, Need need)
{
    const auto v = fetch(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        wrongType(key, *v, QCoreApplication::translate("ScenarioValidator", "true or false"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QJsonObject> JsonFieldReader::object(QLatin1String key, Need need)
{
    const auto v = fetch(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        wrongType(key, *v, QCoreApplication::translate("ScenarioValidator", "an object"));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> JsonFieldReader::array(QLatin1String key, Need need)
{
    const auto v = fetch(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        wrongType(key, *v, QCoreApplication::translate("ScenarioValidator", "an array"));
        return std::nullopt;
    }
    return v->toArray();
}

void JsonFieldReader::markUsed(QLatin1String key)
{
    if (!m_usedInOrder.contains(key))
        m_usedInOrder.append(key);
}

QJsonValue JsonFieldReader::take(QLatin1String key)
{
    markUsed(key);
    return m_object.value(key);
}

void JsonFieldReader::reportUnusedKeys(const QList<QLatin1String> &allowed, const QString &where,
                                       const QList<QLatin1String> &otherKinds)
{
    // Known names in the order the reader asked for them, then the allowed ones: the
    // order of the format's documentation, so messages read the same every time.
    QStringList known = m_usedInOrder;
    for (QLatin1String a : allowed) {
        if (!known.contains(a))
            known.append(a);
    }
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        if (known.contains(key))
            continue;
        const QString path = jsonPathKey(m_path, key);
        if (otherKinds.contains(key)) {
            // Name only the kind's own fields, not the ones every object has (id, kind).
            QList<QLatin1String> own;
            for (QLatin1String a : allowed) {
                if (otherKinds.contains(a))
                    own.append(a);
            }
            const QString fields =
                own.isEmpty()
                    ? QCoreApplication::translate("ScenarioValidator", "it takes no fields")
                    : QCoreApplication::translate("ScenarioValidator", "its fields: %1")
                          .arg(joinQuoted(own));
            m_errors->add(path, QCoreApplication::translate("ScenarioValidator",
                                                            "\"%1\" does not apply to %2 (%3)")
                                    .arg(key, where, fields));
            continue;
        }
        const QString suggestion = closestName(key, known);
        if (!suggestion.isEmpty()) {
            m_errors->add(
                path, QCoreApplication::translate(
                          "ScenarioValidator", "unknown field \"%1\" in %2; did you mean \"%3\"?")
                          .arg(key, where, suggestion));
        } else {
            m_errors->add(
                path, QCoreApplication::translate("ScenarioValidator",
                                                  "unknown field \"%1\" in %2 (known fields: %3)")
                          .arg(key, where, joinQuoted(known)));
        }
    }
}

} // namespace proclab
