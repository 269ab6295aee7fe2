// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The children one process of the run forked, and how it waits for them. A normal parent
// reaps each child as it ends and reports it ("exited", reaper = itself); every wait also
// watches the lifeline, so a process never blocks past its agent's death.

#include "core/agent/agent_api.h"

#include <sys/types.h>
#include <utility>
#include <vector>

namespace proclab::agent {

class ChildReaper
{
public:
    // `owner`: the plan index of the process whose children these are.
    ChildReaper(const Plan &plan, int owner);

    void add(pid_t pid, int index);
    bool empty() const { return m_children.empty(); }
    // In a freshly forked child: these are its siblings, not its children.
    void forgetInChild();

    // Reports and reaps every child that has ended; never blocks.
    void reapEnded();
    // Waits until `deadlineNs` (CLOCK_MONOTONIC, -1 = never), reaping children as they end
    // when `reap` is true (a no-wait process passes false: its ended children stay zombies).
    void waitUntil(long long deadlineNs, bool reap);
    // Waits until every child has ended and is reaped.
    void waitForAll();
    // (plan index, pid) of every child reaped since the last call, oldest first: a parent
    // that replaces its ended children (the pre-fork master) learns here which ones ended.
    std::vector<std::pair<int, pid_t>> takeReaped();
    // kill(sig) to every child not reaped yet.
    void signalAll(int sig) const;
    bool has(int index) const;

private:
    void wait(long long deadlineNs, bool reap, bool untilEmpty);
    void openPidfds();
    static constexpr int kNotOpened = -2;

    struct Child
    {
        pid_t pid;
        int index;
        int pidfd; // -1 if pidfd_open is unavailable: then we poll every few ms;
                   // kNotOpened until the first wait
    };
    const Plan &m_plan;
    int m_owner;
    std::vector<Child> m_children;
    std::vector<std::pair<int, pid_t>> m_reaped;
};

long long monotonicNowNs();

} // namespace proclab::agent
