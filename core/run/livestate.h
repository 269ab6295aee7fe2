// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a live process is doing, classified once from its sample (/proc state, the stats
// page's wait state, how it ended), so the diagram, the legend, the process table, the
// CLI and the lessons name the same state. Its colour is the widgets' business
// (widgets/common/livestatecolor.h).

#include "core/run/runsnapshot.h"

#include <QList>
#include <QString>

namespace proclab {

enum class LiveState
{
    NotStarted,
    Running,
    Sleeping,
    BlockedFull,  // a producer waiting for room
    WaitingAck,   // a synchronous sender waiting for its receiver's acknowledgement
    BlockedEmpty, // a consumer waiting for something to take
    Stopped,      // SIGSTOP: paused by the user
    Zombie,       // dead, not yet reaped by its parent
    Exited,       // reaped after exit()
    Killed,       // reaped after a signal
};

LiveState liveStateOf(const ProcessSample &sample);
QList<LiveState> legendStates();        // every state the legend explains, in reading order
QString liveStateName(LiveState state); // translated

} // namespace proclab
