// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What each live chart plots and how it is titled, shared by the GUI's live page and
// the CLI's --chart output so both draw the same thing. Widget-free: TimeChart::setSpec
// turns a ChartSpec into curves.

#include "core/history/chartspec.h"
#include "core/scenario/scenario.h"

#include <QCoreApplication>
#include <optional>

namespace proclab {

class LiveChartSpecs
{
    Q_DECLARE_TR_FUNCTIONS(LiveChartSpecs)
public:
    enum class Kind
    {
        Throughput,
        SwitchingShare,
        Fill,
        Latency,
        Switches,
        CpuTimeline // which CPU each process ran on, one band per CPU
    };
    static constexpr int kKinds = 6;

    static QString kindName(Kind kind); // "throughput", ... (CLI spelling)
    static std::optional<Kind> kindFromName(const QString &name);
    // Every kind, the two that tell most about `scenario` first (buffer fill and
    // throughput for a shared buffer, throughput and switches for a counter, ...), so a
    // low dock shows those side by side without scrolling. Processes alone show their
    // switches and the switching share; before a switch's cost is measured that chart
    // holds only a notice, so the CPU timeline takes its place.
    static QList<Kind> order(const Scenario &scenario, bool switchCostKnown = true);

    // Titles and series of `kind` for the chosen channels and processes. The switching
    // share needs the measured cost of a switch; without it that chart stays empty.
    static ChartSpec spec(Kind kind, const Scenario &scenario, const QStringList &channels,
                          const QStringList &processes, std::optional<double> switchCostUs);

    // CPU time spent switching as % of the processes' CPU time, per sample time:
    // (switches/s summed over processes) × (µs per switch) / (CPU µs per s).
    static QList<QPointF> switchingShare(const RunHistory &history, const Scenario &scenario,
                                         double switchCostUs);
};

} // namespace proclab
