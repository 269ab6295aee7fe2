// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/planwriter.h"

#include "core/scenario/scenarioio.h"
#include "core/scenario/scenariolimits.h"

#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

namespace proclab {

namespace {

// Breadth-first from the root, children in file order: every parent gets its index before
// its children, which is what the agent needs to fork them in order.
QList<qsizetype> parentsFirst(const Scenario &s)
{
    QHash<QString, QList<qsizetype>> children;
    qsizetype root = -1;
    for (qsizetype i = 0; i < s.processes.size(); ++i) {
        const ProcessSpec &p = s.processes.at(i);
        if (p.parent.isEmpty())
            root = i;
        else
            children[p.parent].append(i);
    }
    QList<qsizetype> order;
    if (root < 0)
        return order;
    order.append(root);
    for (qsizetype next = 0; next < order.size(); ++next)
        order.append(children.value(s.processes.at(order.at(next)).id));
    return order;
}

QString behaviourParams(const Behaviour &b, const QHash<QString, int> &channelIndex)
{
    QStringList params;
    for (QLatin1String name : behaviourFields(b.kind)) {
        using namespace field;
        qint64 value = 0;
        if (name == QLatin1String(kMs))
            value = b.ms;
        else if (name == QLatin1String(kAfterMs))
            value = b.afterMs;
        else if (name == QLatin1String(kCode))
            value = b.code;
        else if (name == QLatin1String(kSignal))
            value = b.signal;
        else if (name == QLatin1String(kChannel))
            value = channelIndex.value(b.channel, -1);
        else if (name == QLatin1String(kCount))
            value = b.count;
        else if (name == QLatin1String(kRate))
            value = b.rate;
        else if (name == QLatin1String(kHoldMs))
            value = b.holdMs;
        else if (name == QLatin1String(kWorkUs))
            value = b.workUs;
        params.append(name + u'=' + QString::number(value));
    }
    return params.join(u' ');
}

} // namespace

QByteArray buildAgentPlan(const Scenario &scenario, const QString &runTag, int graceMs)
{
    static const QRegularExpression tagPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]{1,16}")));
    if (!tagPattern.match(runTag).hasMatch() || graceMs < 0 ||
        !validateScenario(scenario).isEmpty())
        return {};

    QStringList lines;
    lines.append(QStringLiteral("PROCLAB-PLAN %1").arg(Scenario::kFormatVersion));
    lines.append(QStringLiteral("run ") + runTag);
    lines.append(QStringLiteral("limit %1").arg(scenario.settings.maxProcesses));
    lines.append(QStringLiteral("grace_ms %1").arg(graceMs));

    QHash<QString, int> channelIndex;
    for (int i = 0; i < scenario.channels.size(); ++i) {
        const ChannelSpec &c = scenario.channels.at(i);
        channelIndex.insert(c.id, i);
        lines.append(
            QStringLiteral("channel %1 %2 %3 capacity=%4 item_size=%5 sync=%6 send=%7")
                .arg(i)
                .arg(c.id, channelKindName(c.kind))
                .arg(c.capacity)
                .arg(c.itemSize)
                .arg(c.sync ? 1 : 0)
                .arg(c.send == SendMode::Sync ? QStringLiteral("sync") : QStringLiteral("async")));
    }

    const QList<qsizetype> order = parentsFirst(scenario);
    QHash<QString, int> processIndex;
    for (int i = 0; i < order.size(); ++i)
        processIndex.insert(scenario.processes.at(order.at(i)).id, i);
    for (int i = 0; i < order.size(); ++i) {
        const ProcessSpec &p = scenario.processes.at(order.at(i));
        QString line = QStringLiteral("process %1 %2 %3 %4")
                           .arg(i)
                           .arg(p.id)
                           .arg(p.parent.isEmpty() ? -1 : processIndex.value(p.parent))
                           .arg(behaviourKindName(p.behaviour.kind));
        const QString params = behaviourParams(p.behaviour, channelIndex);
        if (!params.isEmpty())
            line += u' ' + params;
        lines.append(line);
    }
    lines.append(QStringLiteral("end"));
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QString makeRunTag()
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString tag;
    for (int i = 0; i < 8; ++i)
        tag += QLatin1Char(kAlphabet[QRandomGenerator::global()->bounded(36)]);
    return tag;
}

} // namespace proclab
