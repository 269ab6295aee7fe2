// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/connectionrules.h"

#include "core/scenario/scenarioedits.h"

#include <QCoreApplication>

namespace proclab {

namespace {

QString noCommonAncestor(const QString &channel, const QString &a, const QString &b)
{
    return QCoreApplication::translate("ConnectionRules",
                                       "%2 and %3 have no common ancestor, so they cannot share "
                                       "%1: it has no name and is only inherited through fork(). "
                                       "Fork both from one process, or use a mailbox.")
        .arg(channel, a, b);
}

ConnectionResult refused(const QString &reason)
{
    ConnectionResult r;
    r.reason = reason;
    return r;
}

bool isDirect(ChannelKind kind)
{
    return kind == ChannelKind::Pipe || kind == ChannelKind::SocketPair;
}

bool writes(BehaviourKind kind)
{
    return kind == BehaviourKind::Produce || kind == BehaviourKind::Increment;
}

} // namespace

bool ConnectionRules::isAncestor(const Scenario &scenario, const QString &ancestor,
                                 const QString &id)
{
    const ProcessSpec *p = scenario.process(id);
    int guard = 0;
    while (p && !p->parent.isEmpty() && guard++ <= scenario.processes.size()) {
        if (p->parent == ancestor)
            return true;
        p = scenario.process(p->parent);
    }
    return false;
}

bool ConnectionRules::haveCommonAncestor(const Scenario &scenario, const QString &a,
                                         const QString &b)
{
    return !scenario.commonAncestor(a, b).isEmpty();
}

QStringList ConnectionRules::writersOf(const Scenario &scenario, const QString &channel)
{
    QStringList ids;
    for (const ProcessSpec &p : scenario.processes) {
        if (p.behaviour.channel == channel && writes(p.behaviour.kind))
            ids.append(p.id);
    }
    return ids;
}

QStringList ConnectionRules::readersOf(const Scenario &scenario, const QString &channel)
{
    QStringList ids;
    for (const ProcessSpec &p : scenario.processes) {
        if (p.behaviour.channel == channel && p.behaviour.kind == BehaviourKind::Consume)
            ids.append(p.id);
    }
    return ids;
}

ConnectionResult ConnectionRules::connect(const Scenario &scenario, const QString &from,
                                          const QString &to)
{
    if (from == to)
        return refused(QCoreApplication::translate("ConnectionRules",
                                                   "An item cannot be connected to itself."));
    const bool fromProcess = scenario.process(from);
    const bool toProcess = scenario.process(to);
    if (!fromProcess && !scenario.channel(from))
        return refused(QCoreApplication::translate("ConnectionRules", "Unknown item."));
    if (!toProcess && !scenario.channel(to))
        return refused(QCoreApplication::translate("ConnectionRules", "Unknown item."));
    if (fromProcess && toProcess)
        return fork(scenario, from, to);
    if (fromProcess)
        return produce(scenario, from, to);
    if (toProcess)
        return consume(scenario, from, to);
    return refused(QCoreApplication::translate(
        "ConnectionRules",
        "A channel connects processes; it cannot be connected to another channel."));
}

ConnectionResult ConnectionRules::fork(const Scenario &scenario, const QString &parent,
                                       const QString &child)
{
    const ProcessSpec *c = scenario.process(child);
    if (c->parent == parent)
        return refused(
            QCoreApplication::translate("ConnectionRules", "%1 is already a child of %2.")
                .arg(child, parent));
    if (!c->parent.isEmpty())
        return refused(QCoreApplication::translate(
                           "ConnectionRules",
                           "%1 already has a parent (%2): a process is forked by exactly one "
                           "parent.")
                           .arg(child, c->parent));
    if (isAncestor(scenario, child, parent))
        return refused(QCoreApplication::translate(
                           "ConnectionRules", "%1 is an ancestor of %2: forks cannot form a cycle.")
                           .arg(child, parent));
    ConnectionResult r;
    r.ok = true;
    r.scenario = scenario;
    ScenarioEdits::process(r.scenario, child)->parent = parent;
    r.description =
        QCoreApplication::translate("ConnectionRules", "Fork %1 from %2").arg(child, parent);
    return r;
}

ConnectionResult ConnectionRules::produce(const Scenario &scenario, const QString &process,
                                          const QString &channelId)
{
    const ChannelSpec *channel = scenario.channel(channelId);
    if (isDirect(channel->kind)) {
        const QStringList writers = writersOf(scenario, channelId);
        if (!writers.isEmpty() && !writers.contains(process))
            return refused(QCoreApplication::translate(
                               "ConnectionRules",
                               "%1 already has a writer (%2): a pipe or socket pair has one at "
                               "each end.")
                               .arg(channelId, writers.first()));
        for (const QString &reader : readersOf(scenario, channelId)) {
            if (reader != process && !haveCommonAncestor(scenario, process, reader))
                return refused(noCommonAncestor(channelId, process, reader));
        }
        if (readersOf(scenario, channelId).contains(process))
            return refused(QCoreApplication::translate("ConnectionRules",
                                                       "A process cannot be both ends of %1.")
                               .arg(channelId));
    }
    ConnectionResult r;
    r.ok = true;
    r.scenario = scenario;
    Behaviour &b = ScenarioEdits::process(r.scenario, process)->behaviour;
    const BehaviourKind kind = channel->kind == ChannelKind::ShmCounter ? BehaviourKind::Increment
                                                                        : BehaviourKind::Produce;
    if (b.kind != kind) {
        b = Behaviour{};
        b.kind = kind;
        b.count = kind == BehaviourKind::Increment ? 100000 : 1000;
    }
    b.channel = channelId;
    r.description =
        QCoreApplication::translate("ConnectionRules", "%1 sends to %2").arg(process, channelId);
    return r;
}

ConnectionResult ConnectionRules::consume(const Scenario &scenario, const QString &channelId,
                                          const QString &process)
{
    const ChannelSpec *channel = scenario.channel(channelId);
    if (channel->kind == ChannelKind::ShmCounter)
        return refused(QCoreApplication::translate(
            "ConnectionRules",
            "Nobody reads a shared counter: connect processes to it to increment "
            "it."));
    if (isDirect(channel->kind)) {
        const QStringList readers = readersOf(scenario, channelId);
        if (!readers.isEmpty() && !readers.contains(process))
            return refused(QCoreApplication::translate(
                               "ConnectionRules",
                               "%1 already has a reader (%2): a pipe or socket pair has one at "
                               "each end.")
                               .arg(channelId, readers.first()));
        for (const QString &writer : writersOf(scenario, channelId)) {
            if (writer == process)
                return refused(QCoreApplication::translate("ConnectionRules",
                                                           "A process cannot be both ends of %1.")
                                   .arg(channelId));
            if (!haveCommonAncestor(scenario, writer, process))
                return refused(noCommonAncestor(channelId, writer, process));
        }
    }
    ConnectionResult r;
    r.ok = true;
    r.scenario = scenario;
    Behaviour &b = ScenarioEdits::process(r.scenario, process)->behaviour;
    if (b.kind != BehaviourKind::Consume) {
        b = Behaviour{};
        b.kind = BehaviourKind::Consume;
    }
    b.channel = channelId;
    r.description = QCoreApplication::translate("ConnectionRules", "%1 receives from %2")
                        .arg(process, channelId);
    return r;
}

} // namespace proclab
