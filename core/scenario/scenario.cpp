// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenario.h"

#include <QStringList>
#include <array>
#include <utility>

namespace proclab {

namespace {

// One table per enum so the names used by the file format, the plan and the UI never drift.
constexpr std::array<std::pair<BehaviourKind, const char *>, 17> kBehaviourNames{{
    {BehaviourKind::Idle, "idle"},
    {BehaviourKind::Sleep, "sleep"},
    {BehaviourKind::Cpu, "cpu"},
    {BehaviourKind::Exit, "exit"},
    {BehaviourKind::Crash, "crash"},
    {BehaviourKind::NoWait, "no-wait"},
    {BehaviourKind::ExitEarly, "exit-early"},
    {BehaviourKind::Produce, "produce"},
    {BehaviourKind::Consume, "consume"},
    {BehaviourKind::Increment, "increment"},
    {BehaviourKind::WriteCopy, "write-copy"},
    {BehaviourKind::Exec, "exec"},
    {BehaviourKind::Combine, "combine"},
    {BehaviourKind::CountPrimes, "count-primes"},
    {BehaviourKind::PreforkMaster, "prefork-master"},
    {BehaviourKind::Serve, "serve"},
    {BehaviourKind::Load, "load"},
}};

constexpr std::array<std::pair<ChannelKind, const char *>, 5> kChannelNames{{
    {ChannelKind::ShmBuffer, "shm-buffer"},
    {ChannelKind::ShmCounter, "shm-counter"},
    {ChannelKind::Pipe, "pipe"},
    {ChannelKind::SocketPair, "socketpair"},
    {ChannelKind::Mailbox, "mailbox"},
}};

} // namespace

const ProcessSpec *Scenario::process(const QString &id) const
{
    for (const ProcessSpec &p : processes) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const ChannelSpec *Scenario::channel(const QString &id) const
{
    for (const ChannelSpec &c : channels) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QStringList Scenario::childrenOf(const QString &id) const
{
    QStringList children;
    if (id.isEmpty())
        return children; // the root's "parent" is empty; it is nobody's child list
    for (const ProcessSpec &p : processes) {
        if (p.parent == id)
            children.append(p.id);
    }
    return children;
}

QString Scenario::rootId() const
{
    QString root;
    for (const ProcessSpec &p : processes) {
        if (!p.parent.isEmpty())
            continue;
        if (!root.isNull())
            return {}; // several roots
        root = p.id;
    }
    return root;
}

QString Scenario::commonAncestor(const QString &a, const QString &b) const
{
    // Bounded by the process count, so a cycle in a file not validated yet cannot loop.
    const auto chainOf = [this](const QString &id) {
        QStringList chain;
        for (const ProcessSpec *p = process(id); p && chain.size() <= processes.size();
             p = p->parent.isEmpty() ? nullptr : process(p->parent))
            chain.append(p->id);
        return chain;
    };
    const QStringList up = chainOf(a);
    for (const QString &id : chainOf(b)) {
        if (up.contains(id))
            return id;
    }
    return {};
}

QString behaviourKindName(BehaviourKind kind)
{
    for (const auto &[k, name] : kBehaviourNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<BehaviourKind> behaviourKindFromName(const QString &name)
{
    for (const auto &[k, n] : kBehaviourNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

QString channelKindName(ChannelKind kind)
{
    for (const auto &[k, name] : kChannelNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<ChannelKind> channelKindFromName(const QString &name)
{
    for (const auto &[k, n] : kChannelNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

} // namespace proclab
