// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The behaviours a process of the run can have (see core/scenario.h, BehaviourKind). Each
// ends the process; none returns.

#include "core/agent/processruntime.h"

namespace proclab::agent {

class ChildReaper;

[[noreturn]] void runBehaviour(RunContext &ctx, int index, ChildReaper &children);

} // namespace proclab::agent
