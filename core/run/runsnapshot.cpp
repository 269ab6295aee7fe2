// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/runsnapshot.h"

namespace proclab {

QString runEventKindName(RunEvent::Kind kind)
{
    // The wire's spelling, so logs, the CLI's JSON and the agent's events read alike.
    switch (kind) {
    case RunEvent::Kind::Ready:
        return QStringLiteral("ready");
    case RunEvent::Kind::Spawned:
        return QStringLiteral("spawned");
    case RunEvent::Kind::Exited:
        return QStringLiteral("exited");
    case RunEvent::Kind::Reparented:
        return QStringLiteral("reparented");
    case RunEvent::Kind::Killed:
        return QStringLiteral("killed");
    case RunEvent::Kind::Paused:
        return QStringLiteral("paused");
    case RunEvent::Kind::Resumed:
        return QStringLiteral("resumed");
    case RunEvent::Kind::LockRecovered:
        return QStringLiteral("lock-recovered");
    case RunEvent::Kind::Refused:
        return QStringLiteral("refused");
    case RunEvent::Kind::Error:
        return QStringLiteral("error");
    case RunEvent::Kind::Finished:
        return QStringLiteral("finished");
    case RunEvent::Kind::ReceiversGone:
        return QStringLiteral("receivers-gone");
    case RunEvent::Kind::SendersGone:
        return QStringLiteral("senders-gone");
    }
    return QStringLiteral("error");
}

} // namespace proclab
