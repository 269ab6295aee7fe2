// SPDX-License-Identifier: GPL-3.0-or-later
// `proclab-agent run`: the agent's own process attributes, its signals, and the plan.
#include "core/agent/agentloop.h"
#include "core/agent/events.h"
#include "core/agent/ipc/ipcname.h"
#include "core/agent/linereader.h"
#include "core/agent/plan.h"
#include "core/agent/signaldispositions.h"

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace proclab::agent {

namespace {

enum class PlanInput
{
    Complete,
    Ended,
    Stopped
};

// Reads up to the line "end", while still listening to SIGTERM/SIGINT/SIGHUP: a controller
// that gives up halfway must not leave us blocked in read().
PlanInput readPlanLines(LineReader &in, int signalFd, std::vector<std::string> *lines)
{
    std::string line;
    for (;;) {
        while (in.takeLine(&line)) {
            if (line == wire::name(wire::PlanLine::End))
                return PlanInput::Complete;
            lines->push_back(line);
        }
        pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {signalFd, POLLIN, 0}};
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return PlanInput::Ended;
        }
        signalfd_siginfo si{};
        while (fds[1].revents && read(signalFd, &si, sizeof si) == sizeof si)
            if (si.ssi_signo != SIGCHLD)
                return PlanInput::Stopped;
        if (fds[0].revents && in.readSome() != LineReader::Status::Data)
            return PlanInput::Ended;
    }
}

} // namespace

int runAgent(pid_t expectedParent)
{
    startRunClock();
    // Orphans of the run come to us, not to init: we can reap them and report them.
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    // Our own session and so our own group: every process of the run inherits it, so /proc
    // tells which are ours. A new session is also a new scheduler autogroup (where the
    // kernel has them): the whole run then weighs like one program against the GUI and
    // against other load, however many processes it forks. setsid() fails only for a
    // group leader; then a group of our own is still what we need.
    if (setsid() < 0)
        setpgid(0, 0);
    const bool ownGroup = getpgid(0) == getpid();
    // If the controller dies, we are told (SIGTERM; reparented by then, so the loop can tell
    // it from a stop and ends the run at once). It may already have died before this prctl:
    // then we were reparented and getppid() no longer names it.
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (expectedParent > 0 && getppid() != expectedParent) {
        emitError({}, "the controller is already gone");
        return 1;
    }
    noteInheritedDispositions();
    // A vanished controller shows as EPIPE/EOF, handled in the loop.
    setDisposition(SIGPIPE, SIG_IGN);
    sigset_t set;
    sigemptyset(&set);
    for (const int s : {SIGCHLD, SIGTERM, SIGINT, SIGHUP})
        sigaddset(&set, s);
    sigprocmask(SIG_BLOCK, &set, nullptr);
    const int sfd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    if (sfd < 0) {
        emitError({}, "signalfd failed");
        return 1;
    }

    // Commands may follow the plan in the same read: this reader goes on to the loop.
    LineReader input(STDIN_FILENO);
    std::vector<std::string> lines;
    switch (readPlanLines(input, sfd, &lines)) {
    case PlanInput::Complete:
        break;
    case PlanInput::Ended:
        emitError({}, "plan: input ended before the line 'end'");
        return 2;
    case PlanInput::Stopped:
        emitError({}, "stopped before the plan was complete");
        return 1;
    }
    const PlanParseResult parsed = parsePlan(lines);
    // Every process of the run is a copy of this one, and fork() copies the page table
    // entries of every page it holds: the plan's text (a third of a megabyte at 4,096
    // processes) is not needed any more.
    std::vector<std::string>().swap(lines);
    if (parsed.status == PlanParseResult::Status::Malformed) {
        emitError({}, parsed.message);
        return 2;
    }
    if (parsed.status == PlanParseResult::Status::Refused) {
        EventBuilder(wire::Event::Refused).str(wire::EventField::Reason, parsed.message).emit();
        return 3;
    }
    setIpcNamePrefix(parsed.plan.tag);
    AgentLoop loop(parsed.plan, input, sfd, ownGroup);
    return loop.run();
}

} // namespace proclab::agent
