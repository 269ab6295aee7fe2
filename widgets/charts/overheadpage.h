// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The context-switch overhead panel: runs `proclab-agent bench ctxswitch` (through
// BenchRunner), charts µs per switch with both processes on one CPU and across CPUs,
// shows switches per round trip, caches the result per machine, and re-measures on
// request. The measured cost feeds the live "CPU time spent switching" estimate.

#include "core/bench/ctxswitchcache.h"
#include "widgets/charts/chartexport.h"

#include <QWidget>
#include <optional>

class QBarCategoryAxis;
class QBarSeries;
class QLabel;
class QPushButton;
class QValueAxis;
class QChart;

namespace proclab {

class ActivityCoordinator;
class BenchRunner;
class ChartNotice;
class ChartView;
struct BenchResult;

class OverheadPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverheadPage(QWidget *parent = nullptr, const QString &cacheFile = {});

    const std::optional<CtxSwitchResult> &result() const { return m_result; }
    // The cost used for estimates: µs per switch with both processes on one CPU, where
    // the round trip is pure switching (across CPUs it also holds wake-up latency).
    std::optional<double> costPerSwitchUs() const;
    void setResult(const CtxSwitchResult &result); // shows it (and does not cache it)
    QChart *chart() const { return m_chart; }

    // A measurement claims the coordinator (one activity at a time) when there is one.
    void setCoordinator(ActivityCoordinator *coordinator) { m_coordinator = coordinator; }

public slots:
    void measure();

signals:
    void costChanged(std::optional<double> usPerSwitch);

protected:
    void changeEvent(QEvent *event) override;

private:
    void releaseActivity();
    void retranslateUi();
    void showResult();
    void onBenchFinished(const BenchResult &result);
    void onBenchFailed(const QString &reason);

    CtxSwitchCache m_cache;
    std::optional<CtxSwitchResult> m_result;
    BenchRunner *m_bench;
    ActivityCoordinator *m_coordinator = nullptr;
    QString m_status;
    QLabel *m_intro;
    QLabel *m_details;
    QPushButton *m_measure;
    QChart *m_chart;
    QBarSeries *m_bars;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    ChartView *m_view;
    ChartNotice *m_notice;
};

} // namespace proclab
