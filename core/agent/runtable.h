// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The agent's view of its run: which node has which pid, who its parent is now, whether it
// has ended. Fed by the processes' own event lines and by the agent's reaping; it emits the
// events only the agent can know ("exited" with the agent as reaper, "reparented").

#include "core/agent/agent_api.h"

#include <string>
#include <sys/types.h>
#include <unordered_map>
#include <vector>

namespace proclab::agent {

class RunTable
{
public:
    RunTable(const Plan &plan, wire::StatsPage *stats, pid_t agentPid);

    // A line a process of the run wrote. Returns the index of a newly spawned node, else -1.
    int onEventLine(const std::string &line);
    // The agent reaped `pid` itself (waitid result).
    void onReaped(pid_t pid, int siCode, int siStatus);

    int indexOfNode(const std::string &id) const;
    // Index of a live (not yet ended) process with this pid, -1 if none.
    int indexOfLivePid(pid_t pid) const;
    // Index for ordering a reaped batch: live pid, else -1.
    std::vector<pid_t> livePids() const;
    bool isLive(int index) const;
    pid_t pidOf(int index) const { return m_nodes.at(index).pid; }
    bool rootEnded() const;
    // Nodes reported "reparented" since the last call.
    std::vector<int> takeReparented();
    // Nodes spawned whose end was never reported: emits an "error" for each.
    void reportUnaccounted();

private:
    struct Node
    {
        pid_t pid = 0;
        pid_t ppid = 0; // current parent as far as we know
        bool spawned = false;
        bool ended = false;
    };
    void processEnded(int index);
    void neverForked(int index);
    void checkReparented(int index, pid_t oldPpid);
    void emitReparented(int index, pid_t oldPpid);

    const Plan &m_plan;
    wire::StatsPage *m_stats;
    pid_t m_agentPid;
    std::vector<Node> m_nodes;
    mutable std::unordered_map<std::string, int> m_indexOfId; // made at the first look-up
    std::vector<int> m_reparented;
};

} // namespace proclab::agent
