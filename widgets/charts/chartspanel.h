// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything the charts show, in one panel the main window embeds: live charts of the
// current run, the context-switch cost, the session's finished runs compared, and
// parameter sweeps.

#include "core/scenario/scenario.h"

#include <QWidget>

class QPushButton;
class QTabWidget;

namespace proclab {

class LiveChartsPage;
class OverheadPage;
class RunController;
class RunsPage;
class ScenarioDocument;

class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(proclab::RunController *run, QWidget *parent = nullptr);

    // The document a sweep starts from (the diagram as it is now, not the last run's
    // copy). Without one the scenario of the last run is used.
    void setDocument(const ScenarioDocument *document) { m_document = document; }

    // Brings a chart to the front: a live chart by its CLI name ("fill", "switches", ...),
    // "overhead" or "runs" for those pages. False when the name is unknown.
    bool showChart(const QString &name);

    LiveChartsPage *livePage() const { return m_live; }
    OverheadPage *overheadPage() const { return m_overhead; }
    RunsPage *runsPage() const { return m_runs; }

public slots:
    void openSweepDialog();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RunController *m_run;
    const ScenarioDocument *m_document = nullptr;
    QTabWidget *m_tabs;
    LiveChartsPage *m_live;
    OverheadPage *m_overhead;
    RunsPage *m_runs;
    QPushButton *m_sweep;
};

} // namespace proclab
