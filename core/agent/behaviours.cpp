// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/behaviours.h"

#include "core/agent/childreaper.h"
#include "core/agent/lifeline.h"
#include "core/agent/plan.h"

#include <csignal>
#include <ctime>
#include <sys/prctl.h>
#include <unistd.h>

namespace proclab::agent {

namespace {

constexpr long long kNsPerMs = 1000000;
// How often a CPU-bound process looks at its children and its lifeline.
constexpr long long kCpuCheckNs = 2 * kNsPerMs;

long long deadlineAfterMs(long long ms)
{
    return monotonicNowNs() + ms * kNsPerMs;
}

long long cpuTimeNs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

// Burns `ms` of this process's own CPU time (not wall time: on a loaded machine it takes
// longer, which is exactly what the learner should see in the charts).
void burnCpu(long long ms, ChildReaper &children)
{
    const long long target = cpuTimeNs() + ms * kNsPerMs;
    long long nextCheck = monotonicNowNs() + kCpuCheckNs;
    volatile unsigned long long sink = 0;
    while (cpuTimeNs() < target) {
        for (int i = 0; i < 10000; ++i)
            sink = sink + static_cast<unsigned long long>(i) * 2654435761ULL;
        if (monotonicNowNs() >= nextCheck) {
            if (!agentAlive())
                exitBecauseAgentIsGone();
            children.reapEnded();
            nextCheck = monotonicNowNs() + kCpuCheckNs;
        }
    }
}

[[noreturn]] void raiseAndDie(int signal)
{
    // A crash must not leave a core file behind (nothing of a run may remain).
    prctl(PR_SET_DUMPABLE, 0);
    raise(signal);
    _exit(128 + signal); // only if the signal was blocked or ignored somehow
}

} // namespace

void runBehaviour(RunContext &ctx, int index, ChildReaper &children)
{
    const ProcessPlan &p = ctx.plan->processes.at(index);
    const std::string &b = p.behaviour;
    int code = 0;
    if (b == "idle") {
        children.waitUntil(-1, true);
    } else if (b == "sleep") {
        children.waitUntil(deadlineAfterMs(p.param("ms")), true);
    } else if (b == "cpu") {
        burnCpu(p.param("ms"), children);
    } else if (b == "exit") {
        children.waitUntil(deadlineAfterMs(p.param("after_ms")), true);
        code = static_cast<int>(p.param("code"));
    } else if (b == "crash") {
        children.waitUntil(deadlineAfterMs(p.param("after_ms")), true);
        const int s = static_cast<int>(p.param("signal"));
        raiseAndDie(s == 0 ? kDefaultCrashSignal : s);
    } else if (b == "no-wait") {
        // Never waits: children that end stay zombies (state Z) until this process ends and
        // the agent, their new parent as subreaper, reaps them.
        const long long ms = p.param("ms");
        children.waitUntil(ms == 0 ? -1 : deadlineAfterMs(ms), false);
        _exit(0);
    } else if (b == "exit-early") {
        children.waitUntil(deadlineAfterMs(p.param("after_ms")), true);
        _exit(0); // the children still running are orphaned and go to the agent
    } else {
        code = runIpcBehaviour(*ctx.plan, index, ctx.stats);
    }
    children.waitForAll();
    _exit(code);
}

} // namespace proclab::agent
