// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a finished run came to, in large type right under the diagram: for a shared counter
// the expected and actual count and the lost updates; for every other channel the items
// produced, consumed, lost, duplicated and corrupted. The race lesson's result must not be
// 8-pixel text on a node. The numbers are the run summary's (RunSummary::fromRun), the
// same the CLI prints with --json. Hidden while nothing has finished.

#include "core/run/runsummary.h"
#include "core/scenario/scenario.h"

#include <QFrame>

class QVBoxLayout;
class QLabel;

namespace proclab {

class RunController;
class ScenarioDocument;

class ResultStrip : public QFrame
{
    Q_OBJECT
public:
    explicit ResultStrip(QWidget *parent = nullptr);

    // Shows the run's summary when it ends; hides when the next run starts.
    void attach(const RunController *run);
    // A new document starts clean: its diagram has no result yet.
    void followDocument(const ScenarioDocument *document);

    // Shows the channels of `summary`, named as `scenario` labels them. Nothing to show
    // (a run without channels) hides the strip.
    void showSummary(const RunSummary &summary, const Scenario &scenario);
    void clearResult();

    // The number shown for `field` ("expected", "actual", "lost_updates", "produced",
    // "consumed", "lost", "duplicated", "corrupted") of a channel; empty if not shown.
    QString shownValue(const QString &channelId, const QString &field) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    RunSummary m_summary;
    Scenario m_scenario;
    QVBoxLayout *m_rows;
};

} // namespace proclab
