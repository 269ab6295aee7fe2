// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The labs' sweep charts. Speed-up lab: wall time and speed-up against the number of
// workers K, with the ideal speed-up (= K) and the number of CPUs marked. Cluster lab:
// requests per second against the number of workers W, and each worker's share of the
// answers beside the fair share 100/W.

#include "core/bench/sweep.h"

#include <QCoreApplication>

class QChart;

namespace proclab {

class LabSweepChart
{
    Q_DECLARE_TR_FUNCTIONS(LabSweepChart)
public:
    // Draws into an empty `chart` when the sweep's runs are lab runs; false (and the chart
    // untouched) otherwise. The x axis is the number of worker processes.
    static bool plot(QChart *chart, const QList<Sweep::Point> &points, int cpus);
    // The plotted figures as CSV (a header row, one row per run); empty if not a lab.
    static QByteArray csv(const QList<Sweep::Point> &points, const QString &parameter);
};

} // namespace proclab
