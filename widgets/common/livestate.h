#pragma once
// One visual language for a live process's state, used by the diagram, the legend and
// the process table so a colour means the same thing everywhere.

#include "core/run/runsnapshot.h"

#include <QColor>
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
QList<LiveState> legendStates(); // every state the legend explains, in reading order
QColor liveStateColor(LiveState state);
QString liveStateName(LiveState state); // translated

} // namespace proclab
