// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a process of the run does from the moment fork() returns in it: shed what belongs to
// the agent, announce itself, fork its own children (so the real process tree IS the
// scenario tree), run its behaviour, reap, exit.

#include "core/agent/agent_api.h"

#include <atomic>
#include <sys/types.h>

namespace proclab::agent {

class ChildReaper;

struct RunContext
{
    const Plan *plan = nullptr;
    wire::StatsPage *stats = nullptr;
    // In a MAP_SHARED|MAP_ANONYMOUS page made before the first fork: every process of the
    // run reserves a slot here before each fork(), so a bug can never turn into a fork bomb.
    std::atomic<int> *forkCount = nullptr;
    pid_t agentPid = 0;
    int eventWriteFd = -1;
    // Agent-only descriptors a forked process must not keep (-1 once closed).
    int signalFd = -1;
    int eventReadFd = -1;
};

// Forks plan process `index` from the calling process (the agent for the root, else its
// real parent). Returns the child's pid, or -1 after emitting an "error" event. In the child
// it never returns. `siblings` are the caller's children so far; the child closes them.
pid_t spawnProcess(RunContext &ctx, int index, ChildReaper *siblings);

} // namespace proclab::agent
