// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/runrecord.h"

using namespace Qt::StringLiterals;

namespace proclab {

QList<QPair<QString, QString>> RunRecord::parametersOf(const Scenario &scenario)
{
    QList<QPair<QString, QString>> out;
    out.append({u"processes"_s, QString::number(scenario.processes.size())});
    for (const ChannelSpec &c : scenario.channels) {
        out.append({c.id + u".kind"_s, channelKindName(c.kind)});
        out.append({c.id + u".capacity"_s, QString::number(c.capacity)});
        out.append({c.id + u".item_size"_s, QString::number(c.itemSize)});
        out.append({c.id + u".sync"_s, c.sync ? u"on"_s : u"off"_s});
        if (c.kind == ChannelKind::ShmBuffer) // textbook or fast ring: runs compare on it
            out.append({c.id + u".fast"_s, c.fast ? u"on"_s : u"off"_s});
    }
    return out;
}

RunRecord RunRecord::fromRun(const Scenario &scenario, std::shared_ptr<const RunHistory> history,
                             const QDateTime &date)
{
    RunRecord r;
    r.scenarioName = scenario.name;
    r.date = date;
    r.parameters = parametersOf(scenario);
    if (history) {
        const RunSnapshot &last = history->lastSnapshot();
        r.durationS = last.elapsedMs / 1000.0;
        for (const ChannelSample &c : last.channels) {
            ChannelSummary s;
            s.id = c.id;
            s.kind = c.kind;
            s.produced = c.produced;
            s.consumed = c.consumed;
            s.lost = c.lost;
            s.bytesConsumed = c.bytesConsumed;
            if (r.durationS > 0) {
                s.itemsPerS = double(c.consumed) / r.durationS;
                s.mbPerS = double(c.bytesConsumed) / r.durationS / 1e6;
            }
            s.latencyP50Us = c.latency.p50;
            s.latencyP99Us = c.latency.p99;
            r.channels.append(s);
        }
        for (const ProcessSample &p : last.processes)
            r.processes.append(
                {p.node, p.voluntaryCtxt, p.nonvoluntaryCtxt, p.utimeMs + p.stimeMs});
    }
    r.history = std::move(history);
    return r;
}

qint64 RunRecord::totalSwitches() const
{
    qint64 n = 0;
    for (const ProcessSummary &p : processes)
        n += p.voluntary + p.involuntary;
    return n;
}

qint64 RunRecord::totalCpuMs() const
{
    qint64 n = 0;
    for (const ProcessSummary &p : processes)
        n += p.cpuMs;
    return n;
}

double RunRecord::totalItemsPerS() const
{
    double n = 0;
    for (const ChannelSummary &c : channels)
        n += c.itemsPerS;
    return n;
}

const RunRecord::ChannelSummary *RunRecord::channel(const QString &id) const
{
    for (const ChannelSummary &c : channels)
        if (c.id == id)
            return &c;
    return nullptr;
}

const RunRecord::ProcessSummary *RunRecord::process(const QString &node) const
{
    for (const ProcessSummary &p : processes)
        if (p.node == node)
            return &p;
    return nullptr;
}

} // namespace proclab
