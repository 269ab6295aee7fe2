// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/behaviours.h"

#include "core/agent/childreaper.h"
#include "core/agent/execprogram.h"
#include "core/agent/labs/labs.h"
#include "core/agent/lifeline.h"
#include "core/agent/memorycopy.h"
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
    const wire::Behaviour b = p.behaviour;
    int code = 0;
    if (b == wire::Behaviour::Idle) {
        children.waitUntil(-1, true);
    } else if (b == wire::Behaviour::Sleep) {
        children.waitUntil(deadlineAfterMs(p.param(wire::ProcessKey::Ms)), true);
    } else if (b == wire::Behaviour::Cpu) {
        burnCpu(p.param(wire::ProcessKey::Ms), children);
    } else if (b == wire::Behaviour::Exit) {
        children.waitUntil(deadlineAfterMs(p.param(wire::ProcessKey::AfterMs)), true);
        code = static_cast<int>(p.param(wire::ProcessKey::Code));
    } else if (b == wire::Behaviour::Crash) {
        children.waitUntil(deadlineAfterMs(p.param(wire::ProcessKey::AfterMs)), true);
        const int s = static_cast<int>(p.param(wire::ProcessKey::Signal));
        raiseAndDie(s == 0 ? kDefaultCrashSignal : s);
    } else if (b == wire::Behaviour::NoWait) {
        // Never waits: children that end stay zombies (state Z) until this process ends and
        // the agent, their new parent as subreaper, reaps them.
        const long long ms = p.param(wire::ProcessKey::Ms);
        children.waitUntil(ms == 0 ? -1 : deadlineAfterMs(ms), false);
        _exit(0);
    } else if (b == wire::Behaviour::WriteCopy) {
        writeOwnCopy(*ctx.plan, index);
    } else if (b == wire::Behaviour::Exec) {
        execHelper(*ctx.plan, index); // its children, if any, are the new program's now
    } else if (b == wire::Behaviour::ExitEarly) {
        children.waitUntil(deadlineAfterMs(p.param(wire::ProcessKey::AfterMs)), true);
        _exit(0); // the children still running are orphaned and go to the agent
    } else if (wire::isLab(b)) {
        code = runLabBehaviour(ctx, index, children);
    } else {
        code = runIpcBehaviour(*ctx.plan, index, ctx.stats);
    }
    children.waitForAll();
    _exit(code);
}

} // namespace proclab::agent
