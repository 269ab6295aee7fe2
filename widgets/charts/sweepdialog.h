// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sweep dialog: pick a parameter (buffer capacity, item size, producers, processes),
// its target and the values, run them one after another with progress and cancel,
// and see throughput and context switches plotted against the parameter.

#include "core/bench/sweep.h"
#include "core/scenario/scenario.h"
#include "widgets/charts/chartexport.h"

#include <QDialog>

class QAbstractAxis;
class QChart;
class QComboBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QScatterSeries;

namespace proclab {

class ActivityCoordinator;
class ChartView;

class SweepDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SweepDialog(const Scenario &scenario, QWidget *parent = nullptr);

    // "1, 4, 16" or "1-1024x2" (doubling) or "8-64+8" (step); nullopt with *error.
    // `minimum`: the smallest single value allowed (0 for the fast/textbook switch).
    static std::optional<QList<int>> parseValues(const QString &text, QString *error,
                                                 int minimum = 1);

    void setParameter(Sweep::Parameter parameter, const QString &target);
    void setValuesText(const QString &text);
    Sweep *sweep() const { return m_sweep; }
    // Starts go through the coordinator (one activity at a time) when there is one.
    void setCoordinator(ActivityCoordinator *coordinator) { m_coordinator = coordinator; }
    QChart *chart() const { return m_chart; }

public slots:
    void startSweep();
    void cancelSweep();

signals:
    void runFinished(const proclab::RunRecord &record);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void fillTargets();
    void plot();
    void setBusy(bool busy);

    Scenario m_scenario;
    Sweep *m_sweep;
    ActivityCoordinator *m_coordinator = nullptr;
    QLabel *m_parameterLabel;
    QComboBox *m_parameter;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QLabel *m_valuesLabel;
    QLineEdit *m_values;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QChart *m_chart;
    ChartView *m_view;
};

} // namespace proclab
