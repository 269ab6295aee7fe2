// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/runsummary.h"

#include "core/run/runcontroller.h"

#include <QJsonArray>
#include <QJsonValue>

namespace proclab {

namespace {
// The per-process item count's name in the summary, by what the process does.
QString itemsKey(BehaviourKind kind)
{
    switch (kind) {
    case BehaviourKind::Produce:
        return QStringLiteral("sent");
    case BehaviourKind::Consume:
        return QStringLiteral("received");
    case BehaviourKind::Increment:
        return QStringLiteral("increments");
    default:
        return {};
    }
}
} // namespace

RunSummary RunSummary::fromRun(const RunController &run)
{
    RunSummary s;
    s.scenario = run.scenario().name.text();
    s.durationS = double(run.elapsedMs()) / 1000.0;
    s.completed = run.state() == RunController::State::Finished;
    s.failure = run.failureReason();
    s.events = run.events();
    s.lab = LabSummary::fromEvents(s.events);
    s.channels = run.lastSnapshot().channels;
    // The snapshot's rates are the last sampling interval's, 0 once producers are done;
    // a summary reports the whole run's average, like RunRecord and the charts' run list.
    for (ChannelSample &c : s.channels) {
        c.itemsPerS = s.durationS > 0 ? double(c.consumed) / s.durationS : 0;
        c.bytesPerS = s.durationS > 0 ? double(c.bytesConsumed) / s.durationS : 0;
    }

    QHash<QString, int> spawnPpid, lastPpid;
    QHash<QString, qint64> zombieNs, reapedNs;
    QHash<QString, const RunEvent *> memory; // the last memory event of each process
    QHash<QString, QString> program;
    for (const RunEvent &e : std::as_const(s.events)) { // shared with the run: no copy
        switch (e.kind) {
        case RunEvent::Kind::Ready:
            s.adopterPid = e.pid;
            break;
        case RunEvent::Kind::Spawned:
            spawnPpid.insert(e.node, e.ppid);
            break;
        case RunEvent::Kind::Reparented:
            lastPpid.insert(e.node, e.ppid);
            if (!s.adopted.contains(e.node))
                s.adopted.append(e.node);
            break;
        case RunEvent::Kind::Zombie:
            zombieNs.insert(e.node, e.tNs);
            break;
        case RunEvent::Kind::Exited:
            reapedNs.insert(e.node, e.tNs);
            break;
        case RunEvent::Kind::Memory:
            memory.insert(e.node, &e);
            break;
        case RunEvent::Kind::Exec:
            program.insert(e.node, e.message);
            break;
        default:
            break;
        }
    }
    QHash<QString, const ProcessSample *> sampleOf;
    for (const ProcessSample &ps : run.lastSnapshot().processes)
        sampleOf.insert(ps.node, &ps);
    s.processes.reserve(run.scenario().processes.size());
    for (const ProcessSpec &spec : run.scenario().processes) {
        Process p;
        p.id = spec.id;
        p.parent = spec.parent;
        p.forkPpid = spawnPpid.value(spec.id);
        p.ppid = lastPpid.value(spec.id, p.forkPpid);
        p.reparented = lastPpid.contains(spec.id);
        if (reapedNs.contains(spec.id)) {
            // Seen as a zombie by the agent, or reaped before it could look: then it was a
            // zombie for no measurable time and ended when it was reaped.
            const qint64 reaped = reapedNs.value(spec.id);
            const qint64 ended = qMin(zombieNs.value(spec.id, reaped), reaped);
            p.endedAtMs = double(ended) / 1e6;
            p.reapedAtMs = double(reaped) / 1e6;
            p.zombieMs = double(reaped - ended) / 1e6;
        } else if (zombieNs.contains(spec.id)) {
            p.endedAtMs = double(zombieNs.value(spec.id)) / 1e6; // never reaped (run failed)
        }
        p.program = program.value(spec.id);
        p.behaviour = spec.behaviour.kind;
        p.channel = spec.behaviour.channel;
        if (const RunEvent *m = memory.value(spec.id)) {
            p.memoryBefore = m->before;
            p.memoryAfter = m->after;
            p.memoryAddress = m->address;
        }
        if (const ProcessSample *ps = sampleOf.value(spec.id)) {
            p.pid = ps->pid;
            p.comm = ps->comm;
            p.reparented = p.reparented || ps->reparented;
            if (!lastPpid.contains(spec.id) && ps->reparented)
                p.ppid = ps->ppid;
            p.killedByUser = ps->killedByUser;
            p.exitCode = ps->exitCode;
            p.exitSignal = ps->exitSignal;
            p.utimeMs = ps->utimeMs;
            p.stimeMs = ps->stimeMs;
            p.voluntaryCtxt = ps->voluntaryCtxt;
            p.nonvoluntaryCtxt = ps->nonvoluntaryCtxt;
            p.maxRssKb = ps->maxRssKb;
            p.items = ps->items;
            p.lastCpu = ps->cpu;
        }
        s.processes.append(p);
    }
    return s;
}

QJsonObject RunSummary::eventToJson(const RunEvent &e)
{
    QJsonObject o;
    o.insert(QLatin1String("ev"), runEventKindName(e.kind));
    o.insert(QLatin1String("t_ms"), double(e.tNs) / 1e6);
    if (!e.node.isEmpty())
        o.insert(QLatin1String("node"), e.node);
    if (!e.channel.isEmpty())
        o.insert(QLatin1String("channel"), e.channel);
    if (e.pid)
        o.insert(QLatin1String("pid"), e.pid);
    if (e.ppid)
        o.insert(QLatin1String("ppid"), e.ppid);
    if (e.oldPpid)
        o.insert(QLatin1String("old_ppid"), e.oldPpid);
    if (e.reaper)
        o.insert(QLatin1String("reaper"), e.reaper);
    if (e.code)
        o.insert(QLatin1String("code"), *e.code);
    if (e.signal)
        o.insert(QLatin1String("signal"), *e.signal);
    if (e.kind == RunEvent::Kind::Exec)
        o.insert(QLatin1String("program"), e.message);
    else if (!e.message.isEmpty())
        o.insert(QLatin1String("message"), e.message);
    if (e.kind == RunEvent::Kind::Lost) {
        o.insert(QLatin1String("producer"), e.producer);
        o.insert(QLatin1String("seq"), e.seq.value_or(0));
    }
    if (e.kind == RunEvent::Kind::Memory) {
        o.insert(QLatin1String("role"), e.role);
        o.insert(QLatin1String("before"), e.before.value_or(0));
        o.insert(QLatin1String("after"), e.after.value_or(0));
        o.insert(QLatin1String("address"), e.address);
        o.insert(QLatin1String("of"), e.of);
    }
    for (auto it = e.data.begin(); it != e.data.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject RunSummary::channelToJson(const ChannelSample &c)
{
    auto num = [](quint64 v) { return QJsonValue(qint64(v)); };
    QJsonObject o;
    o.insert(QLatin1String("id"), c.id);
    o.insert(QLatin1String("kind"), channelKindName(c.kind));
    o.insert(QLatin1String("produced"), num(c.produced));
    o.insert(QLatin1String("consumed"), num(c.consumed));
    o.insert(QLatin1String("lost"), num(c.lost));
    o.insert(QLatin1String("duplicated"), num(c.duplicated));
    o.insert(QLatin1String("corrupted"), num(c.corrupted));
    o.insert(QLatin1String("left_in_channel"), num(c.leftInChannel));
    o.insert(QLatin1String("items_per_s"), c.itemsPerS);
    o.insert(QLatin1String("bytes_per_s"), c.bytesPerS);
    o.insert(QLatin1String("latency_us"), QJsonObject{{QLatin1String("p50"), c.latency.p50},
                                                      {QLatin1String("p99"), c.latency.p99}});
    o.insert(QLatin1String("waits_full"), num(c.waitsFull));
    o.insert(QLatin1String("waits_empty"), num(c.waitsEmpty));
    o.insert(QLatin1String("final"), c.final);
    if (c.kind == ChannelKind::ShmCounter) {
        o.insert(QLatin1String("expected"), num(c.expected));
        o.insert(QLatin1String("actual"), num(c.actual));
        o.insert(QLatin1String("lost_updates"), num(c.lostUpdates));
    }
    return o;
}

QJsonObject RunSummary::toJson() const
{
    QJsonArray procs;
    for (const Process &p : processes) {
        QJsonObject o;
        o.insert(QLatin1String("id"), p.id);
        o.insert(QLatin1String("pid"), p.pid);
        o.insert(QLatin1String("ppid"), p.ppid);
        o.insert(QLatin1String("fork_ppid"), p.forkPpid);
        o.insert(QLatin1String("parent"), p.parent.isEmpty() ? QJsonValue() : QJsonValue(p.parent));
        o.insert(QLatin1String("reparented"), p.reparented);
        if (p.reparented)
            o.insert(QLatin1String("final_ppid"), p.ppid);
        auto ms = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
        o.insert(QLatin1String("ended_at_ms"), ms(p.endedAtMs));
        o.insert(QLatin1String("reaped_at_ms"), ms(p.reapedAtMs));
        o.insert(QLatin1String("zombie_ms"), p.zombieMs);
        if (const QString key = itemsKey(p.behaviour); !key.isEmpty()) {
            o.insert(QLatin1String("channel"), p.channel);
            o.insert(key, qint64(p.items));
        }
        if (!p.program.isEmpty())
            o.insert(QLatin1String("program"), p.program);
        // Measured, not planned: what the kernel calls it (lesson 6 compares it with the id).
        if (!p.comm.isEmpty())
            o.insert(QLatin1String("comm"), p.comm);
        if (p.memoryBefore) {
            o.insert(QLatin1String("memory_before"), *p.memoryBefore);
            o.insert(QLatin1String("memory_after"), p.memoryAfter.value_or(0));
            o.insert(QLatin1String("memory_address"), p.memoryAddress);
        }
        QJsonValue exit; // null: never exited (or never spawned)
        if (p.exitSignal)
            exit = QJsonObject{{QLatin1String("signal"), *p.exitSignal}};
        else if (p.exitCode)
            exit = QJsonObject{{QLatin1String("code"), *p.exitCode}};
        o.insert(QLatin1String("exit"), exit);
        if (p.killedByUser)
            o.insert(QLatin1String("killed_by_user"), true);
        o.insert(QLatin1String("utime_ms"), p.utimeMs);
        o.insert(QLatin1String("stime_ms"), p.stimeMs);
        o.insert(QLatin1String("voluntary_ctxt_switches"), p.voluntaryCtxt);
        o.insert(QLatin1String("nonvoluntary_ctxt_switches"), p.nonvoluntaryCtxt);
        o.insert(QLatin1String("max_rss_kb"), p.maxRssKb);
        // Where it ran (lesson 1 asks); absent when the sampler never saw it alive.
        if (p.lastCpu >= 0)
            o.insert(QLatin1String("cpu"), p.lastCpu);
        procs.append(o);
    }
    QJsonArray evs;
    for (const RunEvent &e : events)
        evs.append(eventToJson(e));
    QJsonArray chans;
    for (const ChannelSample &c : channels) {
        QJsonObject o = channelToJson(c);
        // Who sent and who received how many: how a mailbox split its messages.
        QJsonObject senders, receivers;
        for (const Process &p : processes) {
            if (p.channel != c.id)
                continue;
            if (p.behaviour == BehaviourKind::Produce)
                senders.insert(p.id, qint64(p.items));
            else if (p.behaviour == BehaviourKind::Consume)
                receivers.insert(p.id, qint64(p.items));
            else if (p.behaviour == BehaviourKind::Increment)
                senders.insert(p.id, qint64(p.items));
        }
        // Items that died with the process working on them, by name: exactly what was lost.
        QJsonArray inFlight;
        for (const RunEvent &e : events)
            if (e.kind == RunEvent::Kind::Lost && e.channel == c.id)
                inFlight.append(QJsonObject{{QLatin1String("by"), e.node},
                                            {QLatin1String("producer"), e.producer},
                                            {QLatin1String("seq"), e.seq.value_or(0)}});
        o.insert(QLatin1String("lost_in_flight"), inFlight);
        o.insert(c.kind == ChannelKind::ShmCounter ? QLatin1String("incrementers")
                                                   : QLatin1String("senders"),
                 senders);
        if (c.kind != ChannelKind::ShmCounter)
            o.insert(QLatin1String("receivers"), receivers);
        chans.append(o);
    }

    QJsonObject o;
    o.insert(QLatin1String("scenario"), scenario);
    o.insert(QLatin1String("duration_s"), durationS);
    o.insert(QLatin1String("completed"), completed);
    if (!failure.isEmpty())
        o.insert(QLatin1String("failure"), failure);
    QJsonArray adoptedIds;
    for (const QString &id : adopted)
        adoptedIds.append(id);
    o.insert(QLatin1String("adopter"),
             QJsonObject{{QLatin1String("pid"), adopterPid},
                         {QLatin1String("name"), QStringLiteral("proclab-agent")},
                         {QLatin1String("role"), QStringLiteral("subreaper")},
                         {QLatin1String("adopted"), adoptedIds}});
    o.insert(QLatin1String("processes"), procs);
    o.insert(QLatin1String("events"), evs);
    o.insert(QLatin1String("channels"), chans);
    if (!lab.isEmpty())
        o.insert(QLatin1String("lab"), lab.toJson());
    return o;
}

} // namespace proclab
