// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session's finished runs, compared: pick two or more and see one measure overlaid
// over time or as grouped bars (e.g. buffer capacity 1 vs 1024, pipe vs shm vs mailbox).
// Runs are told apart by the parameters that differ between them.

#include "core/history/runrecord.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QChart;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QValueAxis;

namespace proclab {

class ChartView;
class TimeChart;

class RunsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Measure
    {
        ItemsPerS,
        MBPerS,
        SwitchesPerS,
        LatencyP99,
        FillPercent
    };
    Q_ENUM(Measure)
    enum class Mode
    {
        Overlay,
        Bars
    };
    Q_ENUM(Mode)

    explicit RunsPage(QWidget *parent = nullptr);

    void addRun(const RunRecord &record); // checked by default
    const QList<RunRecord> &runs() const { return m_runs; }
    void setChecked(int index, bool checked);
    void setMeasure(Measure measure);
    void setMode(Mode mode);
    QString labelOf(int index) const;      // the differing parameters, scenario and time
    QString shortLabelOf(int index) const; // "#2 buf.capacity 1024" (legends)
    TimeChart *overlayChart() const { return m_overlay; }
    QChart *barChart() const { return m_barChart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    QList<int> checkedRuns() const;
    QStringList differingParameters(int index) const;
    QString measureTitle(Measure measure) const;
    // The bar value of one run for one channel ("" = every process together).
    double summaryValue(const RunRecord &run, const QString &channel) const;
    bool writeBarsCsv(QIODevice *device, QString *error) const;

    QList<RunRecord> m_runs;
    QLabel *m_hint;
    QListWidget *m_list;
    QComboBox *m_measure;
    QComboBox *m_mode;
    QPushButton *m_remove;
    QStackedWidget *m_stack;
    TimeChart *m_overlay;
    ChartView *m_overlayView;
    QChart *m_barChart;
    QBarSeries *m_bars;
    QBarCategoryAxis *m_barCategories;
    QValueAxis *m_barValues;
    ChartView *m_barView;
};

} // namespace proclab
