// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two labs' behaviours (speed-up: combine / count-primes; pre-fork cluster:
// prefork-master / serve / load). Each lab process owns descriptors that are not plan
// channels: the combiner's result pipe and the master's listening socket, made by the
// parent BEFORE it forks, so its children inherit them exactly as in a real program.

#include "core/agent/processruntime.h"

namespace proclab::agent {

class ChildReaper;

// In a process of the run, after it announced itself and before it forks its children:
// the combiner opens its pipe, the master its socket, and both note the start time.
// Reports an "error" event and ends the process when that fails (no child is forked).
void prepareLab(const Plan &plan, int index);

// Runs a lab behaviour in the calling process; returns its exit code.
int runLabBehaviour(RunContext &ctx, int index, ChildReaper &children);

} // namespace proclab::agent
