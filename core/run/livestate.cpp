// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/livestate.h"

#include "core/agent/wire/proclab_statspage.h"
#include "core/agent/wire/proclab_wire.h"

#include <QCoreApplication>

namespace proclab {

LiveState liveStateOf(const ProcessSample &sample)
{
    using Life = ProcessSample::Life;
    if (sample.life == Life::NotStarted)
        return LiveState::NotStarted;
    if (sample.life == Life::Exited)
        return LiveState::Zombie; // dead and waiting for its parent's wait()
    if (sample.life == Life::Reaped)
        return sample.exitSignal ? LiveState::Killed : LiveState::Exited;
    if (sample.state == QLatin1Char('Z'))
        return LiveState::Zombie;
    if (sample.paused || sample.state == QLatin1Char('T') || sample.state == QLatin1Char('t'))
        return LiveState::Stopped;
    // The stats page knows why a process sleeps; /proc only knows that it does.
    switch (static_cast<wire::WaitState>(sample.waitState)) {
    case wire::WaitState::WaitingFull:
        return LiveState::BlockedFull;
    case wire::WaitState::WaitingAck:
        return LiveState::WaitingAck; // the message was taken: no buffer is full
    case wire::WaitState::WaitingEmpty:
        return LiveState::BlockedEmpty;
    default:
        break;
    }
    if (sample.state == QLatin1Char('R'))
        return LiveState::Running;
    return LiveState::Sleeping;
}

QList<LiveState> legendStates()
{
    return {LiveState::Running,    LiveState::Sleeping,     LiveState::BlockedFull,
            LiveState::WaitingAck, LiveState::BlockedEmpty, LiveState::Stopped,
            LiveState::Zombie,     LiveState::Exited,       LiveState::Killed};
}

QString liveStateName(LiveState state)
{
    switch (state) {
    case LiveState::NotStarted:
        return QCoreApplication::translate("LiveState", "not started");
    case LiveState::Running:
        return QCoreApplication::translate("LiveState", "running");
    case LiveState::Sleeping:
        return QCoreApplication::translate("LiveState", "sleeping");
    case LiveState::BlockedFull:
        return QCoreApplication::translate("LiveState", "blocked: buffer full");
    case LiveState::WaitingAck:
        return QCoreApplication::translate("LiveState", "waiting for acknowledgement");
    case LiveState::BlockedEmpty:
        return QCoreApplication::translate("LiveState", "blocked: buffer empty");
    case LiveState::Stopped:
        return QCoreApplication::translate("LiveState", "stopped (paused)");
    case LiveState::Zombie:
        return QCoreApplication::translate("LiveState", "zombie");
    case LiveState::Exited:
        return QCoreApplication::translate("LiveState", "exited");
    case LiveState::Killed:
        return QCoreApplication::translate("LiveState", "killed");
    }
    return {};
}

} // namespace proclab
