// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pipe to one proclab-agent: starts `proclab-agent run --parent-pid <ours>`, writes the
// plan, turns its JSON-line output into RunEvents, sends commands and notices its death.
// It knows nothing of snapshots or processes; RunController gives the events meaning.

#include "core/run/runsnapshot.h"

#include <QObject>
#include <QProcess>

namespace proclab {

class AgentConnection : public QObject
{
    Q_OBJECT
public:
    explicit AgentConnection(QObject *parent = nullptr);
    ~AgentConnection() override;

    // Starts the agent and queues the plan; false (with *error) if it cannot be started.
    bool start(const QString &agentPath, const QByteArray &plan, QString *error);
    void sendCommand(const QByteArray &line); // without the newline
    void closeInput();                        // EOF: the agent stops the run and exits
    void killAgent();                         // SIGKILL
    // Blocks (still reading its output) until the agent exited; false on timeout.
    bool waitForExit(int msecs);

    int pid() const { return m_pid; }
    bool isRunning() const;
    // True once the agent has exited by itself (not by a signal): it then ran its own
    // clean-up, which removes exactly the objects it created and nothing else.
    bool cleanedUpItself() const { return m_cleanedUpItself; }
    bool sawFinished() const { return m_sawFinished; }

signals:
    void ready(const QByteArray &statsName, int pgid);
    void eventReceived(const proclab::RunEvent &event);
    // The agent process is gone. `clean` is true only after "finished" and exit code 0;
    // otherwise `reason` says how it ended ("refused: ...", "killed by signal 9", ...).
    void exited(bool clean, const QString &reason);

private:
    static constexpr qint64 kSliceMs = 20; // of event handling per event-loop turn
    void readLines(qint64 sliceMs);        // 0: every complete line there is
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
    int m_pid = 0;
    bool m_sawFinished = false;
    bool m_exitReported = false;
    QString m_refusal;
    QString m_agentError;
    bool m_cleanedUpItself = false;
    bool m_readPending = false; // a slice of lines was left for the next turn
};

} // namespace proclab
