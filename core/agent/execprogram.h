// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The exec behaviour: the process replaces its program by the helper installed beside the
// agent (wire::kExecHelper), in the mode named by the plan (Words<wire::ExecProgram>). The pid,
// the parent and the lifeline stay; the program, /proc/PID/exe and comm change.

#include "core/agent/agent_api.h"

namespace proclab::agent {

// Never returns: execve() succeeds, or an "error" event is sent and the process exits 127
// (the shell's "command not found").
[[noreturn]] void execHelper(const Plan &plan, int index);

} // namespace proclab::agent
