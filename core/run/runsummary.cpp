// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/runsummary.h"

#include "core/run/runcontroller.h"

#include <QJsonArray>
#include <QJsonValue>

namespace proclab {

RunSummary RunSummary::fromRun(const RunController &run)
{
    RunSummary s;
    s.scenario = run.scenario().name;
    s.durationS = double(run.elapsedMs()) / 1000.0;
    s.completed = run.state() == RunController::State::Finished;
    s.failure = run.failureReason();
    s.events = run.events();
    s.channels = run.lastSnapshot().channels;
    // The snapshot's rates are the last sampling interval's, 0 once producers are done;
    // a summary reports the whole run's average, like RunRecord and the charts' run list.
    for (ChannelSample &c : s.channels) {
        c.itemsPerS = s.durationS > 0 ? double(c.consumed) / s.durationS : 0;
        c.bytesPerS = s.durationS > 0 ? double(c.bytesConsumed) / s.durationS : 0;
    }

    QHash<QString, int> spawnPpid, lastPpid;
    for (const RunEvent &e : s.events) {
        if (e.kind == RunEvent::Kind::Spawned)
            spawnPpid.insert(e.node, e.ppid);
        else if (e.kind == RunEvent::Kind::Reparented)
            lastPpid.insert(e.node, e.ppid);
    }
    QHash<QString, const ProcessSample *> sampleOf;
    for (const ProcessSample &ps : run.lastSnapshot().processes)
        sampleOf.insert(ps.node, &ps);
    for (const ProcessSpec &spec : run.scenario().processes) {
        Process p;
        p.id = spec.id;
        p.parent = spec.parent;
        p.ppid = spawnPpid.value(spec.id);
        if (const ProcessSample *ps = sampleOf.value(spec.id)) {
            p.pid = ps->pid;
            p.reparented = ps->reparented || lastPpid.contains(spec.id);
            p.finalPpid = lastPpid.value(spec.id, ps->ppid);
            p.killedByUser = ps->killedByUser;
            p.exitCode = ps->exitCode;
            p.exitSignal = ps->exitSignal;
            p.utimeMs = ps->utimeMs;
            p.stimeMs = ps->stimeMs;
            p.voluntaryCtxt = ps->voluntaryCtxt;
            p.nonvoluntaryCtxt = ps->nonvoluntaryCtxt;
            p.maxRssKb = ps->maxRssKb;
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
    if (!e.message.isEmpty())
        o.insert(QLatin1String("message"), e.message);
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
        o.insert(QLatin1String("parent"), p.parent.isEmpty() ? QJsonValue() : QJsonValue(p.parent));
        if (p.reparented)
            o.insert(QLatin1String("final_ppid"), p.finalPpid);
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
    for (const ChannelSample &c : channels)
        chans.append(channelToJson(c));

    QJsonObject o;
    o.insert(QLatin1String("scenario"), scenario);
    o.insert(QLatin1String("duration_s"), durationS);
    o.insert(QLatin1String("completed"), completed);
    if (!failure.isEmpty())
        o.insert(QLatin1String("failure"), failure);
    o.insert(QLatin1String("processes"), procs);
    o.insert(QLatin1String("events"), evs);
    o.insert(QLatin1String("channels"), chans);
    return o;
}

} // namespace proclab
