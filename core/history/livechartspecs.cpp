// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/livechartspecs.h"

#include <QMap>

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
    spec.column = RunHistory::metricColumnName(metric) + u':' + id;
    spec.colour = colour;
    spec.owner = id;
    spec.line = line;
    spec.rightAxis = right;
    spec.key = {metric, id};
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
        chart.rightAxis = tr("MB/s");
        for (const QString &id : channels) {
            specs.append(stored(tr("%1 items/s").arg(labelOf(scenario, id)), Metric::ItemsPerS, id,
                                Colour::Channel));
            specs.append(stored(tr("%1 MB/s").arg(labelOf(scenario, id)), Metric::MBPerS, id,
                                Colour::Channel, Line::Dash, true));
        }
        break;
    case Kind::SwitchingShare:
        // Axis titles stay short: a long one is cut off on a chart in a low dock.
        chart.title = tr("CPU time spent switching (estimate, % of the run's CPU time)");
        chart.leftAxis = tr("%");
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
        chart.title = tr("Latency (p50 solid, p99 dashed)");
        chart.leftAxis = tr("µs");
        chart.leftAxisThousandfold = tr("ms");
        for (const QString &id : channels) {
            specs.append(stored(tr("%1 p50").arg(labelOf(scenario, id)), Metric::LatencyP50Us, id,
                                Colour::Channel));
            specs.append(stored(tr("%1 p99").arg(labelOf(scenario, id)), Metric::LatencyP99Us, id,
                                Colour::Channel, Line::Dash));
        }
        break;
    case Kind::Switches:
        chart.title = tr("Context switches (voluntary solid, involuntary dotted)");
        chart.leftAxis = tr("switches/s");
        for (const QString &id : processes) {
            specs.append(stored(tr("%1 voluntary").arg(labelOf(scenario, id)),
                                Metric::VoluntaryPerS, id, Colour::Process));
            specs.append(stored(tr("%1 involuntary").arg(labelOf(scenario, id)),
                                Metric::InvoluntaryPerS, id, Colour::Process, Line::Dot));
        }
        break;
    }
    return chart;
}

} // namespace proclab
