// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The write-copy behaviour: one ordinary variable in each process's private memory. A
// parent sets it just before it forks a write-copy child; the child writes a new value into
// its copy and reports both; the parent reports its own copy once it has reaped that child.
// Same address in both, different values: fork() copied the memory.

#include "core/agent/agent_api.h"

namespace proclab::agent {

// In the forking process, right before fork(): a write-copy child inherits this value.
void setVariableBeforeFork(const ProcessPlan &child);
// The write-copy behaviour itself, in the child.
void writeOwnCopy(const Plan &plan, int index);
// In a parent that has just reaped `child`: if it was a write-copy child, report this
// process's own copy now.
void reportParentCopy(const Plan &plan, int parentIndex, int child);

} // namespace proclab::agent
