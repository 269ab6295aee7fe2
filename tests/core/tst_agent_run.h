// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One proclab-agent under test: started with QProcess from $PROCLAB_AGENT, fed a handwritten
// plan, its event lines collected as JSON. Plus what the tests read from /proc.

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <optional>

// Conditions are waited for this long: generous, since the machine may be loaded.
inline constexpr int kTimeoutMs = 20000;

// One process line of a handwritten plan.
struct Node
{
    QString id;
    int parent;        // index, -1 for the root
    QString behaviour; // "idle", "sleep ms=100", ...
};
QStringList planHeader(const QString &tag, int limit = 64);
QStringList planOf(const QString &tag, const QList<Node> &nodes);

class AgentRun
{
public:
    AgentRun();
    ~AgentRun(); // never leaves the agent running

    // Starts the agent and writes `planLines` (without "end"), then "end".
    bool start(const QStringList &planLines, const QStringList &extraArguments = {});
    void command(const QString &line);
    void closeInput();

    // Reads whatever the agent wrote so far (call inside QTRY_* conditions).
    const QList<QJsonObject> &events();
    QList<QJsonObject> eventsOf(const QString &kind);
    std::optional<QJsonObject> event(const QString &kind, const QString &node = {});
    int count(const QString &kind);
    qint64 pidOf(const QString &node); // from "spawned", 0 if not yet
    qint64 agentPid() const { return m_agentPid; }
    QList<qint64> spawnedPids();

    QProcess &process() { return m_process; }
    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    QString allOutput() const;

private:
    QProcess m_process;
    QByteArray m_pending;
    QList<QJsonObject> m_events;
    qint64 m_agentPid = 0;
};

// /proc/<pid>/stat fields, std::nullopt if there is no such process.
struct ProcInfo
{
    char state = '?';
    qint64 ppid = 0;
    qint64 pgid = 0;
};
std::optional<ProcInfo> procInfo(qint64 pid);
// Every process whose process group is `pgid`.
QList<qint64> processesInGroup(qint64 pgid);
// /dev/shm entries whose name contains "proclab-<agentPid>-".
QStringList shmOfAgent(qint64 agentPid);
