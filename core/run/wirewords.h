// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Core's side of the protocol's words: the spellings in wire/proclab_wire.h as Qt strings,
// and the scenario's kinds as the wire's. Nothing in core spells a plan key, command,
// event or field itself.

#include "core/agent/wire/proclab_wire.h"
#include "core/scenario/scenario.h"

#include <QByteArray>
#include <QLatin1String>

namespace proclab {

template<typename E> QLatin1String wireWord(E word)
{
    const std::string_view text = wire::name(word);
    return QLatin1String(text.data(), qsizetype(text.size()));
}

template<typename E> QByteArray wireBytes(E word)
{
    const std::string_view text = wire::name(word);
    return QByteArray(text.data(), qsizetype(text.size()));
}

// The node of pause/resume (and of their events) that means every process of the run.
inline QLatin1String wireAllNodes()
{
    return QLatin1String(wire::kAllNodes.data(), qsizetype(wire::kAllNodes.size()));
}

wire::ChannelKind toWire(ChannelKind kind);
wire::Behaviour toWire(BehaviourKind kind);

} // namespace proclab
