// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One proclab-agent run as the IPC tests drive it: started from $PROCLAB_AGENT with a
// handwritten plan, its JSON-line events collected, its stats page mapped read-only after
// "ready" (as core does), and the checks that nothing of the run is left afterwards.

#include "core/agent/wire/proclab_statspage.h"
#include "core/agent/wire/proclab_wire.h"

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <optional>

class IpcRun
{
public:
    IpcRun() = default;
    ~IpcRun(); // never leaves the agent running, unmaps the page
    IpcRun(const IpcRun &) = delete;
    IpcRun &operator=(const IpcRun &) = delete;

    // Starts the agent, writes the plan (without "end"), waits for "ready" and maps the
    // stats page. On failure `error()` says why.
    bool start(const QStringList &planLines, int timeoutMs = 20000);
    void command(const QString &line);
    // Waits for "finished" and for the agent to exit.
    bool waitFinished(int timeoutMs);
    // Waits for the agent to exit, whatever it said.
    bool waitExited(int timeoutMs);

    const QList<QJsonObject> &events(); // reads what arrived so far
    std::optional<QJsonObject> event(const QString &kind);
    QList<qint64> spawnedPids();
    const proclab::wire::StatsPage *stats() const { return m_stats; }
    const proclab::wire::ChannelStats &channel(int i) const { return m_stats->channels[i]; }
    // "/proclab-<agentpid>-<tag>", the prefix of every IPC name of this run.
    QString ipcPrefix() const { return m_prefix; }
    QString error() const { return m_error; }
    QString transcript(); // every event line so far, for failure messages

    // Empty if nothing of the run remains: no process it spawned, no /dev/shm object of
    // its agent, and none of `queueNames` (suffixes like "-mq0") can be opened (ENOENT).
    QString leftovers(const QStringList &queueSuffixes);

private:
    QProcess m_process;
    QByteArray m_pending;
    QList<QJsonObject> m_events;
    const proclab::wire::StatsPage *m_stats = nullptr;
    QString m_prefix;
    QString m_error;
    qint64 m_agentPid = 0;
};

// The plan text for a run tagged `tag` (channels and processes as plan lines).
QStringList planWith(const QString &tag, const QStringList &body);
