// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/validationmap.h"

#include <QRegularExpression>

namespace proclab {

ValidationMap::Location ValidationMap::locate(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\$\.(processes|channels)\[(\d+)\](?:\.([A-Za-z_]+))?(?:\.([A-Za-z_]+))?)"));
    static const QRegularExpression top(QStringLiteral(
        R"(^\$\.(?:settings\.)?(name|description|max_processes|sample_hz|duration_s)$)"));
    Location loc;
    if (const auto t = top.match(path); t.hasMatch()) {
        loc.collection = QStringLiteral("scenario");
        loc.field = t.captured(1);
        return loc;
    }
    const auto m = re.match(path);
    if (!m.hasMatch())
        return loc;
    loc.collection = m.captured(1);
    loc.index = m.captured(2).toInt();
    // The innermost named key is the field ("behaviour.count" -> "count").
    loc.field = m.captured(4).isEmpty() ? m.captured(3) : m.captured(4);
    if (m.captured(3) == QLatin1String("behaviour") &&
        (loc.field == QLatin1String("kind") || loc.field == QLatin1String("type")))
        loc.field = QStringLiteral("behaviour");
    return loc;
}

ValidationMap::ValidationMap(const Scenario &scenario, const QList<ScenarioError> &errors)
{
    m_count = int(errors.size());
    for (const ScenarioError &e : errors) {
        const Location loc = locate(e.path);
        QString id;
        if (loc.collection == QLatin1String("processes") && loc.index >= 0 &&
            loc.index < scenario.processes.size())
            id = scenario.processes.at(loc.index).id;
        else if (loc.collection == QLatin1String("channels") && loc.index >= 0 &&
                 loc.index < scenario.channels.size())
            id = scenario.channels.at(loc.index).id;
        if (loc.collection == QLatin1String("scenario"))
            m_byId[QString()].append({loc.field, e.message}); // the scenario form's fields
        else if (id.isEmpty())
            m_general.append(e.path.isEmpty() ? e.message
                                              : e.path + QStringLiteral(": ") + e.message);
        else
            m_byId[id].append({loc.field, e.message});
    }
}

QStringList ValidationMap::problemsOf(const QString &id) const
{
    QStringList out;
    for (const auto &p : m_byId.value(id))
        out.append(p.second);
    return out;
}

QStringList ValidationMap::problemsOf(const QString &id, const QString &field) const
{
    QStringList out;
    for (const auto &p : m_byId.value(id)) {
        if (p.first == field)
            out.append(p.second);
    }
    return out;
}

QStringList ValidationMap::fieldsWithProblems(const QString &id) const
{
    QStringList out;
    for (const auto &p : m_byId.value(id))
        out.append(p.first);
    return out;
}

QStringList ValidationMap::generalProblems() const
{
    return m_general;
}

} // namespace proclab
