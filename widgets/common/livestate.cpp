#include "widgets/common/livestate.h"

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

QColor liveStateColor(LiveState state)
{
    switch (state) {
    case LiveState::NotStarted:
        return QColor(0xdd, 0xe1, 0xe6);
    case LiveState::Running:
        return QColor(0x2f, 0xa8, 0x4f);
    case LiveState::Sleeping:
        return QColor(0x4a, 0x86, 0xd8);
    case LiveState::BlockedFull:
        return QColor(0xf0, 0x8c, 0x1a);
    case LiveState::WaitingAck:
        return QColor(0x1f, 0x9e, 0x9a);
    case LiveState::BlockedEmpty:
        return QColor(0x9b, 0x5d, 0xd0);
    case LiveState::Stopped:
        return QColor(0xd9, 0xb8, 0x00);
    case LiveState::Zombie:
        return QColor(0x6e, 0x5a, 0x44);
    case LiveState::Exited:
        return QColor(0x9a, 0xa0, 0xa6);
    case LiveState::Killed:
        return QColor(0xd6, 0x3a, 0x3a);
    }
    return Qt::gray;
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
