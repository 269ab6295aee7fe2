// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a scenario as real processes through proclab-agent and watches it live.
// Used the same way by the GUI, the CLI and the tests. RAII: destroying a running
// controller stops the run and reaps the agent.

#include "core/run/runsnapshot.h"
#include "core/scenario/scenario.h"

#include <QObject>
#include <memory>

namespace proclab {

class RunController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Starting,
        Running,
        Stopping,
        Finished,
        Failed
    };
    Q_ENUM(State)

    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // Where proclab-agent is: see InstallLayout::agentPath().
    static QString agentPath();

    // Validates (limits included) before anything is forked. Returns false and emits
    // failed() when the scenario is refused or the agent cannot start.
    bool start(const Scenario &scenario);
    void stop(); // SIGTERM to the run, SIGKILL after the grace period

    void killProcess(const QString &node, int signal = 9);
    void pauseProcess(const QString &node); // "*" = every process
    void resumeProcess(const QString &node);

    void setSampleRate(int hz); // 1..100; default from the scenario (10)

    State state() const;
    bool isActive() const; // Starting, Running or Stopping
    int agentPid() const;
    qint64 elapsedMs() const;
    const Scenario &scenario() const;
    const RunSnapshot &lastSnapshot() const;
    const QList<RunEvent> &events() const;
    QString failureReason() const;

signals:
    void stateChanged(proclab::RunController::State state);
    void started();
    void eventReceived(const proclab::RunEvent &event);
    void snapshotReady(const proclab::RunSnapshot &snapshot);
    void finished(); // every process reaped, the IPC objects removed
    void failed(const QString &reason);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace proclab
