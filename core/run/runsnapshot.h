// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a run looks like at one moment, and what happened in it. Plain values, emitted
// by RunController as signals and used by the diagram, the table, the charts and the CLI.

#include "core/agent/wire/proclab_statspage.h"
#include "core/agent/wire/proclab_wire.h"
#include "core/scenario/scenario.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace proclab {

// One process of the run, from the agent's events and the sampler's /proc reads.
struct ProcessSample
{
    enum class Life
    {
        NotStarted,
        Alive,
        Exited,
        Reaped
    };
    QString node;       // scenario id
    QString parentNode; // scenario parent id, empty for the root
    int pid = 0;
    int ppid = 0; // observed in /proc (or from the last event)
    Life life = Life::NotStarted;
    QChar state;  // /proc state letter: R S D Z T t X; null if unknown
    int cpu = -1; // CPU it last ran on
    qint64 utimeMs = 0;
    qint64 stimeMs = 0;
    qint64 voluntaryCtxt = 0;
    qint64 nonvoluntaryCtxt = 0;
    qint64 rssKb = 0;
    qint64 maxRssKb = 0; // VmHWM
    qint64 minorFaults = 0;
    quint32 waitState = 0; // wire::WaitState
    quint64 items = 0;     // items produced/consumed/increments done
    std::optional<int> exitCode;
    std::optional<int> exitSignal;
    bool killedByUser = false;
    bool reparented = false;
    bool paused = false;
    QString program; // after an exec: the helper program it runs now (Words<wire::ExecProgram>)
    QString comm;    // its name in /proc/PID/comm as last sampled (pstree shows it)
};

struct LatencyUs
{
    double p50 = 0;
    double p99 = 0;
};

struct ChannelSample
{
    QString id;
    ChannelKind kind = ChannelKind::ShmBuffer;
    quint64 produced = 0, consumed = 0, lost = 0, duplicated = 0, corrupted = 0;
    quint64 leftInChannel = 0;
    quint64 bytesConsumed = 0;
    quint64 waitsFull = 0, waitsEmpty = 0;
    quint64 fill = 0, capacity = 0;
    quint64 lockRecoveries = 0;
    quint64 expected = 0, actual = 0, lostUpdates = 0; // shared counters
    double itemsPerS = 0;                              // over the last sampling interval
    double bytesPerS = 0;
    LatencyUs latency;
    bool final = false; // the agent has written the end-of-run accounting
};

struct RunSnapshot
{
    qint64 elapsedMs = 0;
    int agentPid = 0;               // the run's subreaper (adopts orphans), 0 before it started
    QList<ProcessSample> processes; // scenario order
    QList<ChannelSample> channels;  // scenario order
};

struct RunEvent
{
    // The agent's event kinds, one list for both sides (wire/proclab_wire.h).
    using Kind = wire::Event;
    Kind kind = Kind::Error;
    qint64 tNs = 0; // since the agent started
    QString node;   // process id, or "*" for all
    QString channel;
    int pid = 0;
    int ppid = 0;
    int oldPpid = 0;
    int reaper = 0;
    std::optional<int> code;
    std::optional<int> signal;
    QString message;
    // Memory events: the values of this process's copy, where it lives, whose copy it
    // relates to ("of": the parent for a child's copy, the child for a parent's) and "role".
    std::optional<qint64> before, after;
    QString address, role, of;
    // Lost events: the item's producer and its sequence number (channel: where it came from).
    QString producer;
    std::optional<qint64> seq;
    // Lab events: every field of the line but "ev", "t" and "node" (wire::LabEvent says which).
    QJsonObject data;
};

QString runEventKindName(RunEvent::Kind kind); // "spawned", ...

} // namespace proclab

Q_DECLARE_METATYPE(proclab::RunSnapshot)
Q_DECLARE_METATYPE(proclab::RunEvent)
