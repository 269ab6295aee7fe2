// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The agent once its plan is accepted: creates the run's IPC, announces "ready", and then, in
// one poll() loop over stdin (commands), a signalfd (SIGCHLD, SIGTERM, SIGINT, SIGHUP) and the
// event pipe, forks the root, forwards events, reaps, stops, and cleans up.

#include "core/agent/agent_api.h"
#include "core/agent/command.h"
#include "core/agent/linereader.h"
#include "core/agent/processruntime.h"
#include "core/agent/runtable.h"
#include "core/agent/statspage.h"
#include "core/agent/zombiewatch.h"

#include <memory>
#include <set>
#include <sys/types.h>

namespace proclab::agent {

class AgentLoop
{
public:
    // `input`: stdin, with whatever followed the plan. `signalFd` reads the signals the agent has
    // blocked; `ownGroup`: the agent leads its own process group, so the group identifies the run's
    // processes.
    AgentLoop(const Plan &plan, const LineReader &input, int signalFd, bool ownGroup);
    ~AgentLoop();
    int run(); // the process exit code

private:
    enum class Phase
    {
        WaitingGo,
        Running,
        Stopping,
        Killing
    };

    bool setUp(std::string *error);
    void onStdinReadable();
    void handleBufferedCommands();
    void handleCommand(const Command &command);
    void onSignals();
    void drainEvents();
    void reapChildren();
    void startRun();
    void requestStop();
    void onControllerGone();
    bool controllerDead() const;
    [[noreturn]] void endRunWithDeadController();
    void signalRun(int signal);
    void signalOne(pid_t pid, int signal);
    void pauseOrResume(const Command &command);
    void keepPausedOrphansPaused();
    void finishEvents();
    void cleanUp();
    int pollTimeoutMs() const;

    const Plan &m_plan;
    int m_signalFd;
    bool m_ownGroup;
    pid_t m_pid;
    pid_t m_controller; // our parent when we started: core's QProcess
    StatsPage m_stats;
    RunContext m_ctx;
    std::unique_ptr<RunTable> m_table;
    std::unique_ptr<ZombieWatch> m_zombies;
    LineReader m_stdin;
    std::unique_ptr<LineReader> m_events;
    Phase m_phase = Phase::WaitingGo;
    long long m_graceDeadlineNs = 0;
    long long m_nextKillSweepNs = 0;
    std::set<int> m_paused; // nodes paused by command, until resumed
    bool m_stdinOpen = true;
    bool m_rootForked = false;
    bool m_noChildren = false;
    bool m_channelsCreated = false;
    bool m_done = false;
};

// Startup of `proclab-agent run`: process attributes, signals, plan. Returns the exit code.
int runAgent(pid_t expectedParent);

} // namespace proclab::agent
