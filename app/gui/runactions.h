// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Run menu's job: starting the document's scenario (refused, with the problems, when
// it does not validate) and telling the user when a run fails.

#include <QObject>

class QWidget;

namespace proclab {
struct Scenario;
class RunController;
class ScenarioDocument;
} // namespace proclab

class RunActions : public QObject
{
    Q_OBJECT
public:
    // window: the parent of message boxes.
    RunActions(proclab::RunController *run, proclab::ScenarioDocument *document, QWidget *window);

    void startRun(); // the document's scenario
    // Any scenario (a lesson step's copy or its comparison), checked and started the same
    // way; false when it was refused or could not start.
    bool start(const proclab::Scenario &scenario);

signals:
    void statusMessage(const QString &message, int timeoutMs);
    // A run started; channels are what the charts plot, a process-only run is told by
    // its events, so the window raises the matching panel.
    void started(bool hasChannels);

private:
    void onFailed(const QString &reason);

    proclab::RunController *m_run;
    proclab::ScenarioDocument *m_document;
    QWidget *m_window;
};
