// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a finished run amounts to, as plain values and as the CLI's JSON object
// (`proclab-cli run FILE --json`). Built from a RunController after finished()/failed().

#include "core/run/runsnapshot.h"

#include <QJsonObject>
#include <QList>
#include <QString>
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
        int ppid = 0;      // the real parent observed at spawn: the one that forked it
        int finalPpid = 0; // the parent at the end, when it was reparented
        bool reparented = false;
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
    QList<Process> processes; // scenario order
    QList<RunEvent> events;
    QList<ChannelSample> channels;

    static RunSummary fromRun(const RunController &run);
    QJsonObject toJson() const;
    static QJsonObject eventToJson(const RunEvent &event);
    static QJsonObject channelToJson(const ChannelSample &channel);
};

} // namespace proclab
