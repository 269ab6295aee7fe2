// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The live charts of one run: throughput (items/s and MB/s), the estimated share of CPU
// time spent switching, buffer fill, latency p50/p99 and context switches per second
// (voluntary and involuntary apart). The learner picks which channels and processes
// are plotted; curves take the diagram items' colours; the time axis scrolls.

#include "core/history/runhistory.h"
#include "core/scenario/scenario.h"
#include "widgets/charts/chartexport.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;
class QScrollArea;
class QTimer;

namespace proclab {

class ChartView;
class TimeChart;

class LiveChartsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LiveChartsPage(QWidget *parent = nullptr);

    // A new run: clears the history and lists the scenario's channels and processes.
    void startRun(const Scenario &scenario);
    void addSnapshot(const RunSnapshot &snapshot);
    std::shared_ptr<RunHistory> history() const { return m_history; }
    const Scenario &scenario() const { return m_scenario; }

    // Measured cost of one context switch (µs); without it the share is not drawn.
    void setSwitchCostUs(std::optional<double> us);
    void setWindowS(double seconds);
    void setSelected(const QStringList &channels, const QStringList &processes);

    QList<TimeChart *> charts() const;
    // Scrolls the chart named like LiveChartSpecs::kindName into view; false if unknown.
    bool showChart(const QString &name);
    QList<ChartView *> views() const { return m_views; } // in LiveChartSpecs::Kind order
    QList<ChartView *> viewsInOrder() const;             // as placed: most telling first
    ExportCaption caption() const;
    // Redraws every chart from the history now. The page's own timer does it at 5 Hz for
    // the charts in sight; the others are redrawn when they come into sight.
    void refreshNow();

signals:
    void selectionChanged();
    // "Measure": the cost of a context switch is wanted (the overhead page measures it).
    void measureRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void rebuildSeries();
    void orderCharts(); // the scenario's most telling charts first
    void placeCharts(int columns);
    void fitRows(const QSize &viewport);
    void updatePickText();
    QStringList checked(int kind) const;
    bool inSight(const TimeChart *chart) const;
    void catchUp(); // the charts left behind out of sight, redrawn if they are in sight now

    Scenario m_scenario;
    std::shared_ptr<RunHistory> m_history;
    std::optional<double> m_costUs;
    bool m_dirty = false;
    QDateTime m_started;

    QToolButton *m_pick;
    QListWidget *m_items;
    QLabel *m_windowLabel;
    QComboBox *m_window;
    QLabel *m_costLabel;
    QPushButton *m_measure;
    TimeChart *m_throughput;
    TimeChart *m_share;
    TimeChart *m_fill;
    TimeChart *m_latency;
    TimeChart *m_switches;
    TimeChart *m_cpus;
    QList<ChartView *> m_views;
    QGridLayout *m_grid = nullptr;
    QScrollArea *m_scroll = nullptr;
    int m_columns = 0;
    QList<int> m_order;  // indices into m_views, most telling first
    QList<int> m_placed; // the order the grid holds now
    QTimer *m_refresh;
    QTimer *m_stagger;          // refreshes the charts in m_stale, one per event-loop turn
    QList<TimeChart *> m_stale; // charts not yet redrawn since the last refresh tick
    // Charts out of sight (scrolled away, another tab, the dock closed) when their turn
    // came: not redrawn until they are seen. At a hundred processes a chart's redraw is
    // milliseconds of the GUI thread that nobody would look at.
    QList<TimeChart *> m_behind;
};

} // namespace proclab
