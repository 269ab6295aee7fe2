// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which signals this process may have moved away from their default disposition, so that a
// new process of the run resets those and no others. Resetting all 62 in every new process
// cost 62 rt_sigaction() calls each: 4 % of a 4,096-process tree's CPU in a VM, where every
// system call goes through the hypervisor. The set is a plain global, so fork() hands each
// child exactly what its parent had changed; every change of a disposition in the agent must
// go through setDisposition() for that to hold.

#include <csignal>

namespace proclab::agent {

// At the agent's start: what it inherited through exec() from whoever started it (ignored
// signals survive exec, e.g. SIGHUP under nohup) is noted as changed.
void noteInheritedDispositions();
void setDisposition(int signal, const struct sigaction &action);
void setDisposition(int signal, void (*handler)(int)); // SIG_IGN, SIG_DFL or a handler
// Back to SIG_DFL for every noted signal, and an empty mask: a process of the run starts
// like an ordinary one whatever its parent had set up.
void restoreDefaultDispositions();

} // namespace proclab::agent
