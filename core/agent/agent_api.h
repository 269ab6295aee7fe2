// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal seams of proclab-agent (C++ and POSIX only, no Qt, single-threaded).
// The process engine (plan, fork tree, events, control) and the IPC part (channels,
// produce/consume/increment, final accounting) meet here and nowhere else.

#include "core/agent/wire/proclab_statspage.h"
#include "core/agent/wire/proclab_wire.h"

#include <map>
#include <string>
#include <vector>

namespace proclab::agent {

struct ChannelPlan
{
    int index = 0;
    std::string id;
    wire::ChannelKind kind = wire::ChannelKind::ShmBuffer;
    int capacity = 0;
    int itemSize = 0;
    bool sync = true;      // semaphores + lock (shared-memory kinds)
    bool syncSend = false; // send=sync: the sender waits for the receiver's ack
    bool fast = false;     // shm-buffer: the fast ring instead of semaphores + lock
};

struct ProcessPlan
{
    int index = 0;
    std::string id;
    int parent = -1; // index, -1 for the root
    wire::Behaviour behaviour = wire::Behaviour::Idle;
    std::map<wire::ProcessKey, long long> params; // the key=value pairs of its plan line
    long long param(wire::ProcessKey key, long long fallback = 0) const
    {
        auto it = params.find(key);
        return it == params.end() ? fallback : it->second;
    }
};

struct Plan
{
    std::string tag;
    int limit = wire::kDefaultMaxProcesses;
    int graceMs = 1000;
    std::vector<ChannelPlan> channels;
    std::vector<ProcessPlan> processes;
    // Who forks whom, made once by parsePlan(): the children of process i are
    // childIndices[childStart[i]] up to childIndices[childStart[i + 1]], in plan order.
    // Every process of the run looks up its own children; a scan of the whole plan in each
    // was 16 % of the CPU of a 4,096-process tree (16.7 million entries read).
    std::vector<int> childStart;
    std::vector<int> childIndices;
};

// ---- Provided by the process engine (engine side) ----------------------------------

// Writes one event line ("{...}\n", without the trailing newline in `json`) to the agent.
// Safe to call from any process of the run: it is one write() below PIPE_BUF, so lines
// from many processes never interleave.
void emitEvent(const std::string &json);
// Nanoseconds since the agent started (CLOCK_MONOTONIC), for the "t" field.
long long runClockNs();
// False once the agent is gone: loops that may block must check it at least every 100 ms
// and end the process when it turns false, so nothing of a run outlives its agent.
bool agentAlive();
// The name prefix of every IPC object of this run: "/proclab-<agentpid>-<tag>".
const std::string &ipcNamePrefix();

// ---- Provided by the IPC part (ipc side) -------------------------------------------

// In the agent, before the first fork: create every channel's kernel objects (O_EXCL,
// mode 0600, names from ipcNamePrefix()) and fill the channel part of the stats page.
bool createChannels(const Plan &plan, wire::StatsPage *stats, std::string *error);
// In a newly forked process: close the descriptors of channels it does not use, so
// pipe and socket ends see EOF when their real users are done.
void closeUnusedChannelEnds(const Plan &plan, int processIndex);
// In a process that has forked all its children: keep only the ends it uses itself, as a
// shell closes its copy of a pipe after forking both sides of `ls | wc`.
void keepOnlyOwnChannelEnds(const Plan &plan, int processIndex);
// In the agent, right after forking the root: close the agent's own copies of channel fds.
void closeAgentChannelEnds(const Plan &plan);
// Runs produce/consume/increment in the calling process; returns its exit code.
int runIpcBehaviour(const Plan &plan, int processIndex, wire::StatsPage *stats);
// In the agent, whenever a process of the run has ended, however it ended: a producer
// that died is marked done so its consumers can drain and finish.
void onProcessEnded(const Plan &plan, int processIndex, wire::StatsPage *stats);
// In the agent, once every process is reaped: final accounting (lost, left_in_channel,
// final_=1) written into the stats page. Then destroyChannels().
void finishChannels(const Plan &plan, wire::StatsPage *stats);
// Unlinks every IPC object of this run. Idempotent.
void destroyChannels(const Plan &plan);
// Removes ProcLab IPC objects (shm, and message queues where /dev/mqueue is mounted)
// whose agent pid no longer runs a proclab-agent. Returns how many were removed.
int sweepStaleIpc();

// `proclab-agent bench ctxswitch|ipc ...`: prints one JSON object, returns the exit code.
int runBench(int argc, char **argv);

} // namespace proclab::agent
