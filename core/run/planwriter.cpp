// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/planwriter.h"

#include "core/run/wirewords.h"
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

// The behaviour's fields (the scenario's names) as the plan's key=value pairs.
QString behaviourParams(const Behaviour &b, const QHash<QString, int> &channelIndex)
{
    using wire::ProcessKey;
    QStringList params;
    auto add = [&params](ProcessKey key, qint64 value) {
        params.append(wireWord(key) + u'=' + QString::number(value));
    };
    for (QLatin1String name : behaviourFields(b.kind)) {
        using namespace field;
        if (name == QLatin1String(kMs))
            add(ProcessKey::Ms, b.ms);
        else if (name == QLatin1String(kAfterMs))
            add(ProcessKey::AfterMs, b.afterMs);
        else if (name == QLatin1String(kCode))
            add(ProcessKey::Code, b.code);
        else if (name == QLatin1String(kSignal))
            add(ProcessKey::Signal, b.signal);
        else if (name == QLatin1String(kChannel))
            add(ProcessKey::Channel, channelIndex.value(b.channel, -1));
        else if (name == QLatin1String(kCount))
            add(ProcessKey::Count, b.count);
        else if (name == QLatin1String(kRate))
            add(ProcessKey::Rate, b.rate);
        else if (name == QLatin1String(kHoldMs))
            add(ProcessKey::HoldMs, b.holdMs);
        else if (name == QLatin1String(kWorkUs))
            add(ProcessKey::WorkUs, b.workUs);
        else if (name == QLatin1String(kInitial))
            add(ProcessKey::Initial, b.initial);
        else if (name == QLatin1String(kValue))
            add(ProcessKey::Value, b.value);
        else if (name == QLatin1String(kProgram))
            add(ProcessKey::Program, execProgramNames().indexOf(b.program));
        else if (name == QLatin1String(kN))
            add(ProcessKey::N, b.n);
        else if (name == QLatin1String(kRestarts))
            add(ProcessKey::Restarts, b.restarts);
        else if (name == QLatin1String(kParallel))
            add(ProcessKey::Parallel, b.parallel);
        else if (name == QLatin1String(kTimeoutMs))
            add(ProcessKey::TimeoutMs, b.timeoutMs);
        else if (name == QLatin1String(kKillAt))
            add(ProcessKey::KillAt, b.killAt);
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

    using wire::ChannelKey;
    using wire::PlanLine;
    const QString space = QStringLiteral(" ");
    auto pair = [](ChannelKey key, const QString &value) -> QString {
        return wireWord(key) + u'=' + value;
    };
    QStringList lines;
    lines.append(QLatin1String(wire::kPlanMagic) + space + QString::number(wire::kPlanVersion));
    lines.append(wireWord(PlanLine::Run) + space + runTag);
    lines.append(wireWord(PlanLine::Limit) + space +
                 QString::number(scenario.settings.maxProcesses));
    lines.append(wireWord(PlanLine::GraceMs) + space + QString::number(graceMs));

    QHash<QString, int> channelIndex;
    for (int i = 0; i < scenario.channels.size(); ++i) {
        const ChannelSpec &c = scenario.channels.at(i);
        channelIndex.insert(c.id, i);
        const wire::SendMode send =
            c.send == SendMode::Sync ? wire::SendMode::Sync : wire::SendMode::Async;
        QStringList words{wireWord(PlanLine::Channel),
                          QString::number(i),
                          c.id,
                          wireWord(toWire(c.kind)),
                          pair(ChannelKey::Capacity, QString::number(c.capacity)),
                          pair(ChannelKey::ItemSize, QString::number(c.itemSize)),
                          pair(ChannelKey::Sync, QString::number(c.sync ? 1 : 0)),
                          pair(ChannelKey::Send, wireWord(send))};
        if (c.fast) // only then: every other plan stays word for word as it was
            words.append(pair(ChannelKey::Fast, QStringLiteral("1")));
        lines.append(words.join(space));
    }

    const QList<qsizetype> order = parentsFirst(scenario);
    QHash<QString, int> processIndex;
    for (int i = 0; i < order.size(); ++i)
        processIndex.insert(scenario.processes.at(order.at(i)).id, i);
    for (int i = 0; i < order.size(); ++i) {
        const ProcessSpec &p = scenario.processes.at(order.at(i));
        QString line =
            QStringList{wireWord(PlanLine::Process), QString::number(i), p.id,
                        QString::number(p.parent.isEmpty() ? -1 : processIndex.value(p.parent)),
                        wireWord(toWire(p.behaviour.kind))}
                .join(space);
        const QString params = behaviourParams(p.behaviour, channelIndex);
        if (!params.isEmpty())
            line += u' ' + params;
        lines.append(line);
    }
    lines.append(wireWord(PlanLine::End));
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
