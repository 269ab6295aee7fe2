// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns one JSON line of proclab-agent's output (see wire/proclab_wire.h) into a RunEvent.

#include "core/run/runsnapshot.h"

#include <QByteArray>
#include <optional>

namespace proclab {

struct ParsedEvent
{
    RunEvent event;
    // Only for "ready": the stats page's shm name and the run's process group.
    QByteArray statsName;
    int pgid = 0;
};

// nullopt for a line that is not a JSON object with a known "ev" (logged by the caller).
// Field mapping: "reason" (refused) goes to message; lock-recovered puts "by" in node and
// "dead_pid" in pid; ready puts "agent" in pid.
std::optional<ParsedEvent> parseAgentEventLine(const QByteArray &line);

std::optional<RunEvent::Kind> runEventKindFromName(const QString &name);

} // namespace proclab
