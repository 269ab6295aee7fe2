// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/wirewords.h"

namespace proclab {

// Spelled out case by case: the scenario file and the wire are separate contracts, and a
// kind added to one must not silently map to the wrong word of the other.
wire::ChannelKind toWire(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::ShmBuffer:
        return wire::ChannelKind::ShmBuffer;
    case ChannelKind::ShmCounter:
        return wire::ChannelKind::ShmCounter;
    case ChannelKind::Pipe:
        return wire::ChannelKind::Pipe;
    case ChannelKind::SocketPair:
        return wire::ChannelKind::SocketPair;
    case ChannelKind::Mailbox:
        return wire::ChannelKind::Mailbox;
    }
    return wire::ChannelKind::ShmBuffer;
}

wire::Behaviour toWire(BehaviourKind kind)
{
    switch (kind) {
    case BehaviourKind::Idle:
        return wire::Behaviour::Idle;
    case BehaviourKind::Sleep:
        return wire::Behaviour::Sleep;
    case BehaviourKind::Cpu:
        return wire::Behaviour::Cpu;
    case BehaviourKind::Exit:
        return wire::Behaviour::Exit;
    case BehaviourKind::Crash:
        return wire::Behaviour::Crash;
    case BehaviourKind::NoWait:
        return wire::Behaviour::NoWait;
    case BehaviourKind::ExitEarly:
        return wire::Behaviour::ExitEarly;
    case BehaviourKind::Produce:
        return wire::Behaviour::Produce;
    case BehaviourKind::Consume:
        return wire::Behaviour::Consume;
    case BehaviourKind::Increment:
        return wire::Behaviour::Increment;
    case BehaviourKind::WriteCopy:
        return wire::Behaviour::WriteCopy;
    case BehaviourKind::Exec:
        return wire::Behaviour::Exec;
    case BehaviourKind::Combine:
        return wire::Behaviour::Combine;
    case BehaviourKind::CountPrimes:
        return wire::Behaviour::CountPrimes;
    case BehaviourKind::PreforkMaster:
        return wire::Behaviour::PreforkMaster;
    case BehaviourKind::Serve:
        return wire::Behaviour::Serve;
    case BehaviourKind::Load:
        return wire::Behaviour::Load;
    }
    return wire::Behaviour::Idle;
}

} // namespace proclab
