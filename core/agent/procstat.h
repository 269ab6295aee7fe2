// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the kernel says about a process, from /proc/<pid>/stat: the agent trusts this, not
// its own bookkeeping, when it reports a reparenting or looks for processes of its run.

#include <optional>
#include <sys/types.h>
#include <vector>

namespace proclab::agent {

struct ProcStat
{
    pid_t pid = 0;
    char state = '?'; // R, S, D, Z, T, ...
    pid_t ppid = 0;
    pid_t pgid = 0;
};

std::optional<ProcStat> readProcStat(pid_t pid);
// Every process whose process group is `pgid`, except `exclude`.
std::vector<pid_t> pidsInProcessGroup(pid_t pgid, pid_t exclude);

} // namespace proclab::agent
