// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/labsweepchart.h"

#include "widgets/charts/seriescolors.h"
#include "widgets/charts/timechart.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {

QValueAxis *valueAxis(const QString &title, double lo, double hi)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(lo, hi > lo ? hi : lo + 1);
    axis->setLabelFormat(axisLabelFormat(hi));
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

void plotSpeedUp(QChart *chart, const QList<Sweep::Point> &points, const QString &xTitle, int cpus)
{
    auto *wall = new QLineSeries;
    auto *speed = new QLineSeries;
    auto *ideal = new QLineSeries;
    auto *cpuMark = new QLineSeries;
    // Legend names stay short: long ones are cut off in a dialog-sized chart.
    wall->setName(LabSweepChart::tr("parallel wall time (ms)"));
    speed->setName(LabSweepChart::tr("speed-up"));
    ideal->setName(LabSweepChart::tr("ideal (= K)"));
    cpuMark->setName(LabSweepChart::tr("CPUs: %1").arg(cpus));
    wall->setPen(QPen(processColor(0), 2));
    speed->setPen(QPen(processColor(2), 3));
    ideal->setPen(QPen(Qt::gray, 1.5, Qt::DashLine));
    cpuMark->setPen(QPen(QColor(0xc0392b), 1.5, Qt::DotLine));
    wall->setPointsVisible(true);
    speed->setPointsVisible(true);
    int hiK = 1;
    double wallMax = 0, speedMax = 1;
    for (const Sweep::Point &p : points) {
        const auto &r = *p.record.lab.speedUp;
        wall->append(p.value, r.parallelMs);
        speed->append(p.value, r.speedUp());
        hiK = std::max(hiK, p.value);
        wallMax = std::max(wallMax, r.parallelMs);
        speedMax = std::max(speedMax, r.speedUp());
    }
    hiK = std::max(hiK, cpus);
    ideal->append(0, 0);
    ideal->append(hiK, hiK);
    // Whole numbers on the speed-up axis, so "2×" sits on a grid line.
    const int speedTop = int(std::ceil(std::max(speedMax, double(hiK))));
    cpuMark->append(cpus, 0);
    cpuMark->append(cpus, speedTop);
    auto *x = valueAxis(xTitle, 0, hiK);
    x->setTickCount(hiK + 1);
    x->setLabelFormat(u"%d"_s);
    auto *left = valueAxis(LabSweepChart::tr("wall time (ms)"), 0, wallMax * 1.1);
    auto *right = valueAxis(LabSweepChart::tr("speed-up (×)"), 0, speedTop);
    right->setTickCount(speedTop + 1);
    right->setLabelFormat(u"%d"_s);
    left->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    attach(chart, wall, x, left);
    attach(chart, speed, x, right);
    attach(chart, ideal, x, right);
    attach(chart, cpuMark, x, right);
    chart->setTitle(LabSweepChart::tr("Speed-up against the number of worker processes"));
}

void plotCluster(QChart *chart, const QList<Sweep::Point> &points, const QString &xTitle)
{
    auto *rate = new QLineSeries;
    auto *shares = new QScatterSeries;
    auto *fair = new QLineSeries;
    rate->setName(LabSweepChart::tr("answers per second"));
    shares->setName(LabSweepChart::tr("one worker's share (%)"));
    fair->setName(LabSweepChart::tr("fair share (100 / W)"));
    rate->setPen(QPen(channelColor(0), 3));
    rate->setPointsVisible(true);
    shares->setColor(processColor(3));
    shares->setMarkerSize(9);
    fair->setPen(QPen(Qt::gray, 1.5, Qt::DashLine));
    int hiW = 1, loW = INT_MAX;
    double rateMax = 0, shareMax = 0;
    for (const Sweep::Point &p : points) {
        const auto &c = *p.record.lab.cluster;
        rate->append(p.value, c.requestsPerS());
        QStringList nodes;
        for (const LabSummary::Share &s : c.shares)
            if (!nodes.contains(s.node))
                nodes.append(s.node);
        for (const QString &node : std::as_const(nodes)) {
            const double share = c.served > 0 ? 100.0 * c.servedBy(node) / c.served : 0;
            shares->append(p.value, share);
            shareMax = std::max(shareMax, share);
        }
        hiW = std::max(hiW, p.value);
        loW = std::min(loW, p.value);
        rateMax = std::max(rateMax, c.requestsPerS());
    }
    for (int w = std::min(loW, hiW); w <= hiW; ++w)
        fair->append(w, 100.0 / w);
    auto *x = valueAxis(xTitle, 0, hiW + 1);
    x->setTickCount(hiW + 2);
    x->setLabelFormat(u"%d"_s);
    auto *left = valueAxis(LabSweepChart::tr("requests/s"), 0, rateMax * 1.1);
    auto *right = valueAxis(LabSweepChart::tr("share (%)"), 0, std::max(100.0, shareMax));
    left->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    attach(chart, rate, x, left);
    attach(chart, shares, x, right);
    attach(chart, fair, x, right);
    chart->setTitle(LabSweepChart::tr("Requests per second and each worker's share"));
}

bool allHave(const QList<Sweep::Point> &points, bool speedUp)
{
    if (points.isEmpty())
        return false;
    for (const Sweep::Point &p : points)
        if (speedUp ? !p.record.lab.speedUp : !p.record.lab.cluster)
            return false;
    return true;
}

} // namespace

bool LabSweepChart::plot(QChart *chart, const QList<Sweep::Point> &points, int cpus)
{
    if (allHave(points, true)) {
        plotSpeedUp(chart, points, tr("worker processes (K)"), cpus);
        return true;
    }
    if (allHave(points, false)) {
        plotCluster(chart, points, tr("worker processes (W)"));
        return true;
    }
    return false;
}

QByteArray LabSweepChart::csv(const QList<Sweep::Point> &points, const QString &parameter)
{
    const auto n = [](double v) { return QByteArray::number(v, 'g', 17); };
    QByteArray out;
    if (allHave(points, true)) {
        out = parameter.toUtf8() +
              ",workers,combined,serial_reference,parallel_ms,serial_ms,speedup\n";
        for (const Sweep::Point &p : points) {
            const auto &r = *p.record.lab.speedUp;
            out += QByteArray::number(p.value) + ',' + QByteArray::number(r.workers) + ',' +
                   QByteArray::number(r.combined) + ',' + QByteArray::number(r.serial) + ',' +
                   n(r.parallelMs) + ',' + n(r.serialMs) + ',' + n(r.speedUp()) + '\n';
        }
    } else if (allHave(points, false)) {
        out = parameter.toUtf8() + ",sent,served,failed,restarts,requests_per_s\n";
        for (const Sweep::Point &p : points) {
            const auto &c = *p.record.lab.cluster;
            out += QByteArray::number(p.value) + ',' + QByteArray::number(c.sent) + ',' +
                   QByteArray::number(c.served) + ',' + QByteArray::number(c.failed) + ',' +
                   QByteArray::number(c.restarts.size()) + ',' + n(c.requestsPerS()) + '\n';
        }
    }
    return out;
}

} // namespace proclab
