// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenarioedits.h"

#include "core/scenario/labtemplate.h"

#include <QCoreApplication>
#include <QHash>

namespace proclab {

bool ScenarioEdits::hasId(const Scenario &scenario, const QString &id)
{
    return scenario.process(id) || scenario.channel(id);
}

QString ScenarioEdits::uniqueId(const Scenario &scenario, const QString &stem)
{
    for (int n = 1;; ++n) {
        const QString id = stem + QString::number(n);
        if (!hasId(scenario, id))
            return id;
    }
}

QString ScenarioEdits::idStem(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Process:
        return QStringLiteral("p");
    case NodeKind::ShmBuffer:
        return QStringLiteral("buf");
    case NodeKind::ShmCounter:
        return QStringLiteral("ctr");
    case NodeKind::Pipe:
        return QStringLiteral("pipe");
    case NodeKind::Mailbox:
        return QStringLiteral("mbox");
    case NodeKind::SocketPair:
        return QStringLiteral("sock");
    case NodeKind::LabSpeedUp:
    case NodeKind::LabCluster:
        return QStringLiteral("p");
    }
    return QStringLiteral("n");
}

QString ScenarioEdits::addNode(Scenario &scenario, NodeKind kind, QPointF position)
{
    if (kind == NodeKind::LabSpeedUp || kind == NodeKind::LabCluster)
        return LabTemplate::add(scenario, kind == NodeKind::LabSpeedUp, position);
    const QString id = uniqueId(scenario, idStem(kind));
    const auto channelKind = channelKindOf(kind);
    if (!channelKind) {
        ProcessSpec spec;
        spec.id = id;
        spec.label = id;
        // A process that ends by itself, so a first run of a new diagram finishes.
        spec.behaviour.kind = BehaviourKind::Sleep;
        spec.behaviour.ms = 3000;
        spec.position = position;
        scenario.processes.append(spec);
        return id;
    }
    ChannelSpec spec;
    spec.id = id;
    spec.label = id;
    spec.kind = *channelKind;
    spec.position = position;
    scenario.channels.append(spec);
    return id;
}

void ScenarioEdits::removeNodes(Scenario &scenario, const QSet<QString> &ids)
{
    QHash<QString, QString> parentOf;
    for (const ProcessSpec &p : scenario.processes)
        parentOf.insert(p.id, p.parent);
    for (ProcessSpec &p : scenario.processes) {
        // Walk up past removed ancestors so the tree stays connected.
        QString parent = p.parent;
        int guard = 0;
        while (!parent.isEmpty() && ids.contains(parent) && guard++ < 10000)
            parent = parentOf.value(parent);
        p.parent = parent;
        if (!p.behaviour.channel.isEmpty() && ids.contains(p.behaviour.channel)) {
            p.behaviour = Behaviour{};
        }
    }
    scenario.processes.removeIf([&](const ProcessSpec &p) { return ids.contains(p.id); });
    scenario.channels.removeIf([&](const ChannelSpec &c) { return ids.contains(c.id); });
}

void ScenarioEdits::removeForkEdge(Scenario &scenario, const QString &child)
{
    if (ProcessSpec *p = process(scenario, child))
        p->parent.clear();
}

void ScenarioEdits::removeDataEdge(Scenario &scenario, const QString &processId)
{
    if (ProcessSpec *p = process(scenario, processId))
        p->behaviour = Behaviour{};
}

void ScenarioEdits::setPosition(Scenario &scenario, const QString &id, QPointF position)
{
    if (ProcessSpec *p = process(scenario, id))
        p->position = position;
    else if (ChannelSpec *c = channel(scenario, id))
        c->position = position;
}

std::optional<QPointF> ScenarioEdits::position(const Scenario &scenario, const QString &id)
{
    if (const ProcessSpec *p = scenario.process(id))
        return p->position;
    if (const ChannelSpec *c = scenario.channel(id))
        return c->position;
    return std::nullopt;
}

Scenario ScenarioEdits::extract(const Scenario &scenario, const QSet<QString> &ids)
{
    Scenario fragment;
    for (const ProcessSpec &p : scenario.processes) {
        if (ids.contains(p.id))
            fragment.processes.append(p);
    }
    for (const ChannelSpec &c : scenario.channels) {
        if (ids.contains(c.id))
            fragment.channels.append(c);
    }
    return fragment;
}

void ScenarioEdits::setProcessCopies(Scenario &s, const ProcessSpec &tmpl,
                                     const QStringList &existing, int n)
{
    for (int i = 1; i < existing.size(); ++i)
        s.processes.removeIf([&](const ProcessSpec &p) { return p.id == existing[i]; });
    int at = 0;
    while (at < s.processes.size() && s.processes[at].id != tmpl.id)
        ++at;
    for (int k = 2; k <= n; ++k) {
        ProcessSpec copy = tmpl;
        copy.id = tmpl.id + QLatin1Char('_') + QString::number(k);
        copy.label = (tmpl.label.isEmpty() ? LocalizedText(tmpl.id) : tmpl.label)
                         .withSuffix(QLatin1Char(' ') + QString::number(k));
        copy.position.reset();
        s.processes.insert(at + k - 1, copy);
    }
}

QSet<QString> ScenarioEdits::paste(Scenario &scenario, const Scenario &fragment, QPointF offset)
{
    QHash<QString, QString> newId;
    QSet<QString> created;
    for (const ChannelSpec &c : fragment.channels) {
        ChannelSpec copy = c;
        copy.id = uniqueId(scenario, idStem(nodeKindOf(c.kind)));
        if (copy.position)
            copy.position = *copy.position + offset;
        newId.insert(c.id, copy.id);
        created.insert(copy.id);
        scenario.channels.append(copy);
    }
    QList<ProcessSpec> pasted;
    for (const ProcessSpec &p : fragment.processes) {
        ProcessSpec copy = p;
        // Reserve the id now so the next copy does not pick the same one.
        copy.id = uniqueId(scenario, idStem(NodeKind::Process));
        newId.insert(p.id, copy.id);
        created.insert(copy.id);
        scenario.processes.append(copy);
    }
    for (ProcessSpec &p : scenario.processes) {
        if (!created.contains(p.id))
            continue;
        if (p.position)
            p.position = *p.position + offset;
        // Links inside the fragment follow the copies; links outside stay if still valid,
        // so a copied child becomes a sibling of the original.
        if (newId.contains(p.parent))
            p.parent = newId.value(p.parent);
        else if (!p.parent.isEmpty() && !scenario.process(p.parent))
            p.parent.clear();
        if (newId.contains(p.behaviour.channel))
            p.behaviour.channel = newId.value(p.behaviour.channel);
        else if (!p.behaviour.channel.isEmpty() && !scenario.channel(p.behaviour.channel))
            p.behaviour = Behaviour{};
    }
    return created;
}

ProcessSpec *ScenarioEdits::process(Scenario &scenario, const QString &id)
{
    for (ProcessSpec &p : scenario.processes) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

ChannelSpec *ScenarioEdits::channel(Scenario &scenario, const QString &id)
{
    for (ChannelSpec &c : scenario.channels) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace proclab
