// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/processruntime.h"

#include "core/agent/behaviours.h"
#include "core/agent/childreaper.h"
#include "core/agent/events.h"
#include "core/agent/labs/labs.h"
#include "core/agent/lifeline.h"
#include "core/agent/memorycopy.h"
#include "core/agent/plan.h"
#include "core/agent/signaldispositions.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace proclab::agent {

namespace {

void closeAgentDescriptors(RunContext &ctx)
{
    if (ctx.signalFd >= 0)
        close(ctx.signalFd);
    if (ctx.eventReadFd >= 0)
        close(ctx.eventReadFd);
    ctx.signalFd = ctx.eventReadFd = -1;
    // stdin/stdout are the agent's protocol pipes: a process of the run must neither read
    // commands nor keep the controller's pipe open. /dev/null keeps fds 0 and 1 taken.
    const int devnull = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (devnull >= 0) {
        dup2(devnull, STDIN_FILENO);
        dup2(devnull, STDOUT_FILENO);
        close(devnull);
    }
    dropLifelineWriteEnd();
}

// "forked":0 tells the agent this node and its whole subtree will never exist, so the IPC
// part can count them as done (a consumer must not wait for a producer that never started).
void emitForkFailure(const std::string &node, const std::string &message)
{
    EventBuilder(wire::Event::Error)
        .str(wire::EventField::Node, node)
        .num(wire::EventField::Forked, 0)
        .str(wire::EventField::Message, message)
        .emit();
}

[[noreturn]] void runProcess(RunContext &ctx, int index, pid_t forker)
{
    const ProcessPlan &me = ctx.plan->processes.at(index);
    // A process of the run must look and behave like an ordinary one: default dispositions
    // (so SIGTERM ends it) and an empty mask, whatever the agent set up for itself.
    restoreDefaultDispositions();
    // When our parent dies the kernel sends SIGCONT, harmless to a running process, but it
    // wakes a paused one. If the parent that died was the agent, the first thing the woken
    // process does is look at the lifeline and take the whole run down with it.
    prctl(PR_SET_PDEATHSIG, SIGCONT);
    if (forker == ctx.agentPid) {
        closeAgentDescriptors(ctx);
        setEventSink(ctx.eventWriteFd, false);
        // Checked after the prctl: an agent dying in between is still noticed.
        if (getppid() != ctx.agentPid)
            exitBecauseAgentIsGone();
    }
    // pstree and ps then show the node id instead of "proclab-agent" for every process.
    prctl(PR_SET_NAME, me.id.substr(0, 15).c_str());
    ctx.stats->processes[index].pid.store(getpid(), std::memory_order_relaxed);
    // ppid = the process that forked us. If it has already ended, getppid() would already say
    // "agent"; the agent sees that and reports the reparenting itself.
    EventBuilder(wire::Event::Spawned)
        .str(wire::EventField::Node, me.id)
        .num(wire::EventField::Pid, getpid())
        .num(wire::EventField::Ppid, forker)
        .emit();
    closeUnusedChannelEnds(*ctx.plan, index);
    prepareLab(*ctx.plan, index);

    ChildReaper children(*ctx.plan, index);
    for (const int child : childrenOf(*ctx.plan, index)) {
        const pid_t pid = spawnProcess(ctx, child, &children);
        if (pid > 0)
            children.add(pid, child);
    }
    keepOnlyOwnChannelEnds(*ctx.plan, index);
    runBehaviour(ctx, index, children);
}

} // namespace

pid_t spawnProcess(RunContext &ctx, int index, ChildReaper *siblings)
{
    const ProcessPlan &p = ctx.plan->processes.at(index);
    const int limit = ctx.plan->limit;
    if (ctx.forkCount->fetch_add(1) >= limit) {
        ctx.forkCount->fetch_sub(1);
        emitForkFailure(p.id, "fork refused: the run already made its limit of " +
                                  std::to_string(limit) + " processes");
        return -1;
    }
    const pid_t forker = getpid();
    setVariableBeforeFork(p); // the parent's value, which the child's copy starts with
    const pid_t pid = fork();
    if (pid < 0) {
        const int err = errno;
        ctx.forkCount->fetch_sub(1);
        emitForkFailure(p.id, std::string("fork failed: ") + std::strerror(err));
        return -1;
    }
    if (pid == 0) {
        if (siblings)
            siblings->forgetInChild();
        runProcess(ctx, index, forker);
    }
    return pid;
}

} // namespace proclab::agent
