// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/livestatecolor.h"

namespace proclab {

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

} // namespace proclab
