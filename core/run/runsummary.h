// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a finished run amounts to, as plain values and as the CLI's JSON object
// (`proclab-cli run FILE --json`). Built from a RunController after finished()/failed().

#include "core/run/labsummary.h"
#include "core/run/runsnapshot.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace proclab {

class RunController;

struct RunSummary
{
    struct Process
    {
        QString id;
        QString parent; // scenario parent id, empty for the root
        int pid = 0;
        int ppid = 0;     // the real parent at the end: the adopter if it was orphaned
        int forkPpid = 0; // the real parent observed at spawn: the one that forked it
        bool reparented = false;
        // Times since the run started: when it ended (became a zombie: dead, not yet reaped)
        // and when its parent reaped it; zombieMs is the time in between.
        std::optional<double> endedAtMs, reapedAtMs;
        double zombieMs = 0;
        QString program; // after an exec: the helper program it ran
        QString comm;    // its name in /proc as last sampled: after an exec, the new program's
        // write-copy: this process's copy of the variable before and after (a child: what it
        // inherited and what it wrote; its parent: what it set and what it read afterwards).
        std::optional<qint64> memoryBefore, memoryAfter;
        QString memoryAddress;
        // Items this process moved through its channel (produce: sent, consume: received,
        // increment: increments done); empty channel = it uses none.
        QString channel;
        BehaviourKind behaviour = BehaviourKind::Idle;
        quint64 items = 0;
        bool killedByUser = false;
        std::optional<int> exitCode;
        std::optional<int> exitSignal;
        qint64 utimeMs = 0, stimeMs = 0;
        qint64 voluntaryCtxt = 0, nonvoluntaryCtxt = 0;
        qint64 maxRssKb = 0;
        int lastCpu = -1; // the CPU it was last seen on by the sampler; -1 if never
    };

    QString scenario;
    double durationS = 0;
    bool completed = false; // the agent finished the run (not failed)
    QString failure;
    // The run's subreaper: the agent, which adopts orphaned processes of the run (only the
    // direct children of a process that ended; grandchildren keep their parent).
    int adopterPid = 0;
    QStringList adopted;      // ids of the processes it adopted, in the order they were adopted
    QList<Process> processes; // scenario order
    QList<RunEvent> events;
    QList<ChannelSample> channels;
    LabSummary lab; // empty unless the scenario is one of the labs

    static RunSummary fromRun(const RunController &run);
    QJsonObject toJson() const;
    static QJsonObject eventToJson(const RunEvent &event);
    static QJsonObject channelToJson(const ChannelSample &channel);
};

} // namespace proclab
