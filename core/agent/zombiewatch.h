// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Watches every process of the run for the moment it becomes a zombie (ended, not yet
// reaped by its parent) and reports it as a "zombie" event. Only the agent can see this for
// every process: a parent that never calls wait() says nothing, and core's sampler looks at
// /proc only a few times a second. A pidfd turns readable when its process ends, reaped or
// not, so the agent's poll() wakes at that moment; /proc then tells a zombie (state Z) from
// a process its parent has already reaped.

#include "core/agent/agent_api.h"

#include <poll.h>
#include <sys/types.h>
#include <vector>

namespace proclab::agent {

class RunTable;

class ZombieWatch
{
public:
    ZombieWatch(const Plan &plan, pid_t runGroup);
    ~ZombieWatch();
    ZombieWatch(const ZombieWatch &) = delete;
    ZombieWatch &operator=(const ZombieWatch &) = delete;

    void watch(int index, pid_t pid);
    // Appends one pollfd per watched process (after whatever `fds` holds).
    void addPollFds(std::vector<pollfd> &fds) const;
    // Where no pidfd could be opened, /proc is looked at this often instead (-1: never).
    int fallbackTimeoutMs() const;
    // After poll(): `fds` from `first` on are ours, in addPollFds() order. Emits "zombie"
    // for each watched process now in state Z, and forgets those that ended or were reaped.
    void check(const std::vector<pollfd> &fds, size_t first, const RunTable &table);

private:
    struct Watched
    {
        int index;
        pid_t pid;
        int pidfd; // -1: pidfd_open failed (old kernel, fd limit); /proc is polled instead
    };
    // True once `w` needs no more watching (reported as a zombie, or gone).
    bool look(const Watched &w) const;

    const Plan &m_plan;
    pid_t m_runGroup;
    std::vector<Watched> m_watched;
};

} // namespace proclab::agent
