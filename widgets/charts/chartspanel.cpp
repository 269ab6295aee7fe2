// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/chartspanel.h"

#include "core/activity/activitycoordinator.h"
#include "core/document/scenariodocument.h"
#include "core/history/runrecord.h"
#include "core/run/runcontroller.h"
#include "widgets/charts/livechartspage.h"
#include "widgets/charts/overheadpage.h"
#include "widgets/charts/runspage.h"
#include "widgets/charts/sweepdialog.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace proclab {

ChartsPanel::ChartsPanel(RunController *run, QWidget *parent)
    : QWidget(parent), m_run(run), m_tabs(new QTabWidget(this)), m_live(new LiveChartsPage(this)),
      m_overhead(new OverheadPage(this)), m_runs(new RunsPage(this)), m_sweep(new QPushButton(this))
{
    m_tabs->addTab(m_live, QString());
    // In a low dock the pages scroll instead of making the main window taller than the
    // screen (their charts need about 250 px to keep axis labels whole).
    auto scrolled = [this](QWidget *page) {
        auto *area = new QScrollArea(this);
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_tabs->addTab(scrolled(m_overhead), QString());
    m_tabs->addTab(scrolled(m_runs), QString());
    m_tabs->setCornerWidget(m_sweep, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_live->setSwitchCostUs(m_overhead->costPerSwitchUs());
    connect(m_overhead, &OverheadPage::costChanged, m_live, &LiveChartsPage::setSwitchCostUs);
    connect(m_live, &LiveChartsPage::measureRequested, m_overhead, &OverheadPage::measure);
    connect(m_sweep, &QPushButton::clicked, this, &ChartsPanel::openSweepDialog);
    if (m_run) {
        connect(m_run, &RunController::started, this,
                [this] { m_live->startRun(m_run->scenario()); });
        connect(m_run, &RunController::snapshotReady, m_live, &LiveChartsPage::addSnapshot);
        connect(m_run, &RunController::finished, this, [this] {
            // Keep the finished run for comparison, with the agent's final accounting.
            const auto history = m_live->history();
            history->appendFinal(m_run->lastSnapshot());
            m_runs->addRun(RunRecord::fromRun(m_live->scenario(), history));
        });
    }
    retranslateUi();
}

void ChartsPanel::setCoordinator(ActivityCoordinator *coordinator)
{
    m_coordinator = coordinator;
    m_overhead->setCoordinator(coordinator);
}

bool ChartsPanel::showChart(const QString &name)
{
    if (name == u"overhead"_s || name == u"runs"_s) {
        m_tabs->setCurrentIndex(name == u"overhead"_s ? 1 : 2);
        return true;
    }
    m_tabs->setCurrentWidget(m_live);
    return m_live->showChart(name);
}

void ChartsPanel::openSweepDialog()
{
    const Scenario scenario = m_document ? m_document->scenario()
                              : m_run    ? m_run->scenario()
                                         : Scenario();
    if (scenario.processes.isEmpty()) {
        QMessageBox::information(this, tr("Sweep"),
                                 tr("Open or build a scenario first: a sweep runs it again "
                                    "and again with one parameter changed."));
        return;
    }
    if (m_coordinator && m_coordinator->isBusy()) {
        QMessageBox::information(this, tr("Sweep"),
                                 m_coordinator->busyMessage(ActivityCoordinator::Activity::Sweep));
        return;
    }
    if (m_run && m_run->isActive()) {
        QMessageBox::information(this, tr("Sweep"),
                                 tr("A run is going on. Stop it before starting a sweep."));
        return;
    }
    auto *dialog = new SweepDialog(scenario, this);
    dialog->setCoordinator(m_coordinator);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SweepDialog::runFinished, m_runs, &RunsPage::addRun);
    dialog->show();
}

void ChartsPanel::retranslateUi()
{
    m_tabs->setTabText(0, tr("Live"));
    m_tabs->setTabText(1, tr("Context-switch cost"));
    m_tabs->setTabText(2, tr("Compare runs"));
    m_sweep->setText(tr("Sweep…"));
    m_sweep->setToolTip(tr("Run the scenario over a range of one parameter"));
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChartsPanel::setDocument(const ScenarioDocument *document)
{
    m_document = document;
    connect(document, &ScenarioDocument::replaced, this,
            [this] { showDocument(m_document->scenario()); });
}

void ChartsPanel::showDocument(const Scenario &scenario)
{
    if (!m_run->isActive())
        m_live->startRun(scenario);
}

} // namespace proclab
