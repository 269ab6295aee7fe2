// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/livechartspecs.h"

#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {

using Metric = RunHistory::Metric;

QString labelOf(const Scenario &s, const QString &id)
{
    for (const ChannelSpec &c : s.channels)
        if (c.id == id && !c.label.isEmpty())
            return c.label.text();
    for (const ProcessSpec &p : s.processes)
        if (p.id == id && !p.label.isEmpty())
            return p.label.text();
    return id;
}

using Colour = ChartSeriesSpec::Colour;
using Line = ChartSeriesSpec::Line;

ChartSeriesSpec stored(const QString &name, Metric metric, const QString &id, Colour colour,
                       Line line = Line::Solid, bool right = false)
{
    ChartSeriesSpec spec;
    spec.name = name;
    spec.ownerName = name;
    spec.column = RunHistory::metricColumnName(metric) + u':' + id;
    spec.colour = colour;
    spec.owner = id;
    spec.line = line;
    spec.rightAxis = right;
    spec.key = {metric, id};
    return spec;
}

ChartSeriesSpec styled(ChartSeriesSpec spec, const QString &owner, const QString &style)
{
    spec.ownerName = owner;
    spec.styleName = style;
    return spec;
}

} // namespace

QString LiveChartSpecs::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Throughput:
        return u"throughput"_s;
    case Kind::SwitchingShare:
        return u"switching-share"_s;
    case Kind::Fill:
        return u"fill"_s;
    case Kind::Latency:
        return u"latency"_s;
    case Kind::Switches:
        return u"switches"_s;
    case Kind::CpuTimeline:
        return u"cpu"_s;
    }
    return {};
}

std::optional<LiveChartSpecs::Kind> LiveChartSpecs::kindFromName(const QString &name)
{
    for (int k = 0; k < kKinds; ++k)
        if (kindName(Kind(k)) == name)
            return Kind(k);
    return std::nullopt;
}

QList<LiveChartSpecs::Kind> LiveChartSpecs::order(const Scenario &scenario, bool switchCostKnown)
{
    auto has = [&](ChannelKind kind) {
        return std::any_of(scenario.channels.cbegin(), scenario.channels.cend(),
                           [kind](const ChannelSpec &c) { return c.kind == kind; });
    };
    const bool speedUpLab = std::any_of(
        scenario.processes.cbegin(), scenario.processes.cend(),
        [](const ProcessSpec &p) { return p.behaviour.kind == BehaviourKind::CountPrimes; });
    QList<Kind> first;
    if (speedUpLab)
        first = {Kind::CpuTimeline, Kind::Switches}; // which CPU each worker got, and how
    else if (has(ChannelKind::ShmBuffer))
        first = {Kind::Fill, Kind::Throughput}; // the bounded buffer fills and drains
    else if (has(ChannelKind::Mailbox) || has(ChannelKind::Pipe) || has(ChannelKind::SocketPair))
        first = {Kind::Throughput, Kind::Latency}; // message passing: how many, how fast
    else if (has(ChannelKind::ShmCounter))
        first = {Kind::Throughput, Kind::Switches}; // increments and who gets the CPU
    else if (switchCostKnown)
        first = {Kind::Switches, Kind::SwitchingShare}; // processes only: the scheduler
    else
        first = {Kind::Switches, Kind::CpuTimeline};
    for (int k = 0; k < kKinds; ++k)
        if (!first.contains(Kind(k)))
            first.append(Kind(k));
    return first;
}

QList<QPointF> LiveChartSpecs::switchingShare(const RunHistory &history, const Scenario &scenario,
                                              double switchCostUs)
{
    QMap<double, QPair<double, double>> perTime; // t -> (switches/s, CPU ms/s)
    QList<RunHistory::Key> switches, cpu;
    for (const ProcessSpec &p : scenario.processes) {
        switches << RunHistory::Key{Metric::VoluntaryPerS, p.id}
                 << RunHistory::Key{Metric::InvoluntaryPerS, p.id};
        cpu << RunHistory::Key{Metric::CpuMsPerS, p.id};
    }
    for (const auto &pt : history.sumPoints(switches))
        perTime[pt.tS].first += pt.value;
    for (const auto &pt : history.sumPoints(cpu))
        perTime[pt.tS].second += pt.value;
    QList<QPointF> out;
    for (auto it = perTime.cbegin(); it != perTime.cend(); ++it) {
        const double cpuUsPerS = it->second * 1000.0;
        if (cpuUsPerS > 0) // no CPU used: no share to speak of
            out.append({it.key(), 100.0 * it->first * switchCostUs / cpuUsPerS});
    }
    return out;
}

ChartSpec LiveChartSpecs::spec(Kind kind, const Scenario &scenario, const QStringList &channels,
                               const QStringList &processes, std::optional<double> switchCostUs)
{
    ChartSpec chart;
    chart.timeAxis = tr("time (s)");
    QList<ChartSeriesSpec> &specs = chart.series;
    switch (kind) {
    case Kind::Throughput:
        chart.title = tr("Throughput");
        chart.leftAxis = tr("items/s");
        for (const QString &id : channels) {
            specs.append(styled(stored(tr("%1 items/s").arg(labelOf(scenario, id)),
                                       Metric::ItemsPerS, id, Colour::Channel),
                                labelOf(scenario, id), tr("items/s")));
            // A shared counter moves no bytes: its MB/s would be a line stuck at 0 on an axis
            // of its own. Only what is measured is shown.
            const bool counter = std::any_of(
                scenario.channels.cbegin(), scenario.channels.cend(), [&id](const ChannelSpec &c) {
                    return c.id == id && c.kind == ChannelKind::ShmCounter;
                });
            if (counter)
                continue;
            chart.rightAxis = tr("MB/s");
            specs.append(styled(stored(tr("%1 MB/s").arg(labelOf(scenario, id)), Metric::MBPerS, id,
                                       Colour::Channel, Line::Dash, true),
                                labelOf(scenario, id), tr("MB/s")));
        }
        break;
    case Kind::SwitchingShare:
        // Axis titles stay short: a long one is cut off on a chart in a low dock.
        chart.title = tr("Switching overhead (estimate)");
        chart.leftAxis = tr("% of CPU time");
        if (switchCostUs) {
            ChartSeriesSpec spec;
            spec.name = tr("switching / CPU time");
            spec.column = u"switching_share_percent"_s;
            spec.colour = Colour::Accent;
            const double cost = *switchCostUs;
            spec.derive = [scenario, cost](const RunHistory &h) {
                return switchingShare(h, scenario, cost);
            };
            specs.append(spec);
        } else {
            chart.notice = tr("Not measured yet: the cost of one context switch on this "
                              "machine. Press \"Measure\" (a few seconds) to see this chart.");
        }
        break;
    case Kind::Fill:
        chart.title = tr("Buffer fill (% of capacity)");
        chart.leftAxis = tr("%");
        chart.leftTop = 100;
        for (const QString &id : channels)
            specs.append(stored(labelOf(scenario, id), Metric::FillPercent, id, Colour::Channel));
        break;
    case Kind::Latency:
        chart.title = tr("Latency");
        chart.leftAxis = tr("µs");
        chart.leftAxisThousandfold = tr("ms");
        for (const QString &id : channels) {
            specs.append(styled(stored(tr("%1 p50").arg(labelOf(scenario, id)),
                                       Metric::LatencyP50Us, id, Colour::Channel),
                                labelOf(scenario, id), tr("p50")));
            specs.append(styled(stored(tr("%1 p99").arg(labelOf(scenario, id)),
                                       Metric::LatencyP99Us, id, Colour::Channel, Line::Dash),
                                labelOf(scenario, id), tr("p99")));
        }
        break;
    case Kind::Switches:
        chart.title = tr("Context switches");
        chart.leftAxis = tr("switches/s");
        for (const QString &id : processes) {
            specs.append(styled(stored(tr("%1 voluntary").arg(labelOf(scenario, id)),
                                       Metric::VoluntaryPerS, id, Colour::Process),
                                labelOf(scenario, id), tr("voluntary")));
            specs.append(styled(stored(tr("%1 involuntary").arg(labelOf(scenario, id)),
                                       Metric::InvoluntaryPerS, id, Colour::Process, Line::Dot),
                                labelOf(scenario, id), tr("involuntary")));
        }
        break;
    case Kind::CpuTimeline:
        // Each CPU is a band around its number, n - 0.5 to n + 0.5; within it every process
        // has its own height, so processes on the same CPU do not hide each other and a
        // migration is a jump between bands (the sampler sees the CPU a process last ran on,
        // at each sample). The title short enough for a chart at 1280x800; the axis says
        // how to read it.
        chart.title = tr("Which CPU each process ran on");
        chart.leftAxis = tr("CPU number");
        chart.leftBands = true;
        for (qsizetype i = 0; i < processes.size(); ++i) {
            const QString id = processes[i];
            ChartSeriesSpec spec = stored(labelOf(scenario, id), Metric::Cpu, id, Colour::Process);
            spec.column = u"cpu_band:"_s + id; // the CPU number plus the process's offset
            const double offset = 0.8 * ((double(i) + 0.5) / double(processes.size()) - 0.5);
            spec.derive = [id, offset](const RunHistory &h) {
                QList<QPointF> out;
                for (const auto &pt : h.points({Metric::Cpu, id}))
                    out.append({pt.tS, pt.value + offset});
                return out;
            };
            specs.append(spec);
        }
        break;
    }
    return chart;
}

} // namespace proclab
