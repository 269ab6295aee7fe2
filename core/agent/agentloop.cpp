// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/agentloop.h"

#include "core/agent/childreaper.h"
#include "core/agent/events.h"
#include "core/agent/lifeline.h"
#include "core/agent/plan.h"
#include "core/agent/procstat.h"
#include "core/agent/zombiewatch.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <set>
#include <sys/mman.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

namespace proclab::agent {

namespace {
constexpr long long kNsPerMs = 1000000;
// While killing, look again this often for processes forked after the last sweep.
constexpr int kKillSweepMs = 50;
// How long a controller that closed our stdin or sent SIGTERM gets to show it is dying.
constexpr long long kControllerDeathWaitMs = 200;
constexpr useconds_t kControllerDeathPollUs = 2000;
} // namespace

AgentLoop::AgentLoop(const Plan &plan, const LineReader &input, int signalFd, bool ownGroup)
    : m_plan(plan), m_signalFd(signalFd), m_ownGroup(ownGroup), m_pid(getpid()),
      m_controller(getppid()), m_stdin(input)
{}

AgentLoop::~AgentLoop()
{
    cleanUp();
}

bool AgentLoop::setUp(std::string *error)
{
    if (!createLifeline(m_ownGroup ? m_pid : 0)) {
        *error = std::string("lifeline pipe: ") + std::strerror(errno);
        return false;
    }
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        *error = std::string("event pipe: ") + std::strerror(errno);
        return false;
    }
    fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK); // read end only
    m_events = std::make_unique<LineReader>(fds[0]);
    void *counter = mmap(nullptr, sizeof(std::atomic<int>), PROT_READ | PROT_WRITE,
                         MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (counter == MAP_FAILED) {
        *error = std::string("fork counter page: ") + std::strerror(errno);
        return false;
    }
    if (!m_stats.create(m_plan, error))
        return false;
    m_ctx.plan = &m_plan;
    m_ctx.stats = m_stats.page();
    m_ctx.forkCount = new (counter) std::atomic<int>(0);
    m_ctx.agentPid = m_pid;
    m_ctx.eventWriteFd = fds[1];
    m_ctx.signalFd = m_signalFd;
    m_ctx.eventReadFd = fds[0];
    m_table = std::make_unique<RunTable>(m_plan, m_stats.page(), m_pid);
    m_zombies = std::make_unique<ZombieWatch>(m_plan, m_ownGroup ? m_pid : 0);
    m_channelsCreated = true; // from here on, destroyChannels() on every way out
    return createChannels(m_plan, m_stats.page(), error);
}

int AgentLoop::run()
{
    sweepStaleIpc();
    std::string error;
    if (!setUp(&error)) {
        emitError({}, error);
        cleanUp();
        return 1;
    }
    EventBuilder(wire::Event::Ready)
        .num(wire::EventField::Agent, m_pid)
        .num(wire::EventField::Pgid, getpgid(0))
        .str(wire::EventField::Stats, m_stats.name())
        .emit();

    handleBufferedCommands();
    while (!m_done) {
        std::vector<pollfd> fds = {{m_stdinOpen ? STDIN_FILENO : -1, POLLIN, 0},
                                   {m_signalFd, POLLIN, 0},
                                   {m_events->fd(), POLLIN, 0}};
        m_zombies->addPollFds(fds);
        const int n = poll(fds.data(), fds.size(), pollTimeoutMs());
        if (n < 0 && errno != EINTR) {
            emitError({}, std::string("poll: ") + std::strerror(errno));
            onControllerGone(); // cannot listen any more: end the run the hard way
        }
        if (n > 0 && fds[2].revents)
            drainEvents();
        if (n > 0 && fds[1].revents)
            onSignals();
        if (n > 0 && fds[0].revents)
            onStdinReadable();
        if (m_phase == Phase::Stopping && monotonicNowNs() >= m_graceDeadlineNs)
            m_phase = Phase::Killing;
        if (m_phase == Phase::Killing && monotonicNowNs() >= m_nextKillSweepNs) {
            signalRun(SIGKILL);
            m_nextKillSweepNs = monotonicNowNs() + kKillSweepMs * kNsPerMs;
        }
        if (m_rootForked) {
            // Before our own reaping, so a process we reap (the root, an orphan) is seen as
            // the zombie it briefly was, like every other.
            drainEvents();
            m_zombies->check(fds, 3, *m_table);
            reapChildren();
            keepPausedOrphansPaused();
            if (m_noChildren)
                m_done = true;
        }
        if (!m_rootForked && m_phase != Phase::WaitingGo)
            m_done = true; // stopped before anything was forked
    }
    finishEvents();
    if (m_rootForked)
        finishChannels(m_plan, m_stats.page());
    cleanUp();
    EventBuilder(wire::Event::Finished).emit();
    m_stats.unmap();
    return 0;
}

int AgentLoop::pollTimeoutMs() const
{
    int timeoutMs = -1;
    if (m_phase == Phase::Killing) {
        timeoutMs = kKillSweepMs;
    } else if (m_phase == Phase::Stopping) {
        const long long left = m_graceDeadlineNs - monotonicNowNs();
        timeoutMs = static_cast<int>(std::max<long long>(0, (left + kNsPerMs - 1) / kNsPerMs));
    }
    const int zombieMs = m_zombies ? m_zombies->fallbackTimeoutMs() : -1;
    if (zombieMs >= 0 && (timeoutMs < 0 || zombieMs < timeoutMs))
        timeoutMs = zombieMs;
    return timeoutMs;
}

void AgentLoop::handleBufferedCommands()
{
    std::string line;
    while (m_stdin.takeLine(&line))
        if (!line.empty())
            handleCommand(parseCommand(line));
}

void AgentLoop::onStdinReadable()
{
    const auto status = m_stdin.readSome();
    handleBufferedCommands();
    if (status == LineReader::Status::Eof || status == LineReader::Status::Error) {
        m_stdinOpen = false;
        onControllerGone();
    }
}

void AgentLoop::handleCommand(const Command &c)
{
    switch (c.kind) {
    case Command::Kind::Invalid:
        emitError({}, c.error);
        return;
    case Command::Kind::Go:
        if (m_phase != Phase::WaitingGo || m_rootForked)
            emitError({}, "go: the run has already started");
        else
            startRun();
        return;
    case Command::Kind::Stop:
        requestStop();
        return;
    case Command::Kind::Kill: {
        const int index = m_table->indexOfNode(c.node);
        if (!m_table->isLive(index)) {
            emitError(index >= 0 ? c.node : std::string(),
                      "kill: no running process '" + c.node + "'");
            return;
        }
        const pid_t pid = m_table->pidOf(index);
        if (kill(pid, c.signal) != 0) {
            emitError(c.node, std::string("kill: ") + std::strerror(errno));
            return;
        }
        EventBuilder(wire::Event::Killed)
            .str(wire::EventField::Node, c.node)
            .num(wire::EventField::Pid, pid)
            .num(wire::EventField::Signal, c.signal)
            .emit();
        return;
    }
    case Command::Kind::Pause:
    case Command::Kind::Resume:
        pauseOrResume(c);
        return;
    }
}

void AgentLoop::pauseOrResume(const Command &c)
{
    const bool pause = c.kind == Command::Kind::Pause;
    const int signal = pause ? SIGSTOP : SIGCONT;
    if (c.node == wire::kAllNodes) {
        signalRun(signal);
        m_paused.clear();
        if (pause)
            for (size_t i = 0; i < m_plan.processes.size(); ++i)
                if (m_table->isLive(static_cast<int>(i)))
                    m_paused.insert(static_cast<int>(i));
    } else {
        const int index = m_table->indexOfNode(c.node);
        if (!m_table->isLive(index)) {
            emitError(
                {}, std::string(wire::name(pause ? wire::Command::Pause : wire::Command::Resume)) +
                        ": no running process '" + c.node + "'");
            return;
        }
        signalOne(m_table->pidOf(index), signal);
        if (pause)
            m_paused.insert(index);
        else
            m_paused.erase(index);
    }
    EventBuilder(pause ? wire::Event::Paused : wire::Event::Resumed)
        .str(wire::EventField::Node, c.node)
        .emit();
}

void AgentLoop::startRun()
{
    m_phase = Phase::Running;
    // Hand back to the kernel the heap pages freed since start-up (the plan's text, the
    // parser's words): every process of the run is a copy of this one, and fork() copies
    // the page table entries of every page a process holds.
    malloc_trim(0);
    const pid_t root = spawnProcess(m_ctx, rootIndex(m_plan), nullptr);
    // Only the run's processes write events: with our copy closed, EOF on the event pipe
    // means every one of them is gone.
    close(m_ctx.eventWriteFd);
    m_ctx.eventWriteFd = -1;
    closeAgentChannelEnds(m_plan);
    m_rootForked = root > 0;
}

void AgentLoop::requestStop()
{
    if (m_phase == Phase::WaitingGo) {
        m_phase = Phase::Stopping; // nothing forked: the loop ends at once
        return;
    }
    if (m_phase != Phase::Running)
        return;
    m_phase = Phase::Stopping;
    m_graceDeadlineNs = monotonicNowNs() + m_plan.graceMs * kNsPerMs;
    signalRun(SIGTERM);
}

bool AgentLoop::controllerDead() const
{
    // Its death closes our stdin and fires our PR_SET_PDEATHSIG a little before it is wholly
    // dead: its other threads may still be exiting, and we may first be handed to one of
    // them. So look for the end for a short while: reparented (getppid() changed) or a
    // zombie. A controller that only closed our stdin or sent SIGTERM stays alive.
    const long long until = monotonicNowNs() + kControllerDeathWaitMs * kNsPerMs;
    for (;;) {
        if (getppid() != m_controller)
            return true;
        const auto st = readProcStat(m_controller);
        if (!st || st->state == 'Z' || st->state == 'X')
            return true;
        if (monotonicNowNs() >= until)
            return false;
        usleep(kControllerDeathPollUs);
    }
}

void AgentLoop::endRunWithDeadController()
{
    // Nobody reads our events or waits for our accounting any more: end the whole run at
    // once. Remove its IPC objects and stats page first (only we know their names), then
    // send one SIGKILL to our process group, ourselves included. The kernel delivers it to
    // every member in one call and fails any fork() racing with it, so nothing escapes
    // however large or deep the tree, and the exits run on every CPU in parallel, where a
    // kill and a reap per process, one after the other, took 0.7-0.9 s for 4,096 idle
    // processes on a loaded 2-CPU machine. The zombies go to our own reaper (init or the
    // nearest subreaper), which also reaps us.
    cleanUp();
    kill(0, SIGKILL);
    _exit(1); // not reached
}

void AgentLoop::onControllerGone()
{
    if (m_ownGroup && controllerDead())
        endRunWithDeadController();
    if (m_phase == Phase::WaitingGo) {
        m_phase = Phase::Killing;
        return;
    }
    m_phase = Phase::Killing;
    signalRun(SIGKILL);
}

void AgentLoop::signalOne(pid_t pid, int signal)
{
    kill(pid, signal);
    // A stopped process only acts on SIGTERM once it runs again.
    if (signal == SIGTERM)
        kill(pid, SIGCONT);
}

void AgentLoop::signalRun(int signal)
{
    // Our table, plus every member of our process group: a process forked after its
    // "spawned" line was read, or one whose line is still in the pipe, is caught too.
    // Never ourselves.
    std::set<pid_t> pids;
    for (const pid_t p : m_table->livePids())
        pids.insert(p);
    if (m_ownGroup)
        for (const pid_t p : pidsInProcessGroup(m_pid, m_pid))
            pids.insert(p);
    pids.erase(m_pid);
    for (const pid_t p : pids)
        signalOne(p, signal);
}

void AgentLoop::onSignals()
{
    signalfd_siginfo si{};
    while (read(m_signalFd, &si, sizeof si) == static_cast<ssize_t>(sizeof si)) {
        if (si.ssi_signo == SIGTERM && m_ownGroup && controllerDead())
            endRunWithDeadController(); // our PR_SET_PDEATHSIG: see runAgent()
        if (si.ssi_signo == SIGTERM || si.ssi_signo == SIGINT || si.ssi_signo == SIGHUP)
            requestStop();
    }
}

void AgentLoop::drainEvents()
{
    for (;;) {
        const auto status = m_events->readSome();
        std::string line;
        while (m_events->takeLine(&line)) {
            emitEvent(line);
            const int spawned = m_table->onEventLine(line);
            if (spawned >= 0)
                m_zombies->watch(spawned, m_table->pidOf(spawned));
            if (spawned >= 0 && (m_phase == Phase::Stopping || m_phase == Phase::Killing))
                signalOne(m_table->pidOf(spawned), m_phase == Phase::Stopping ? SIGTERM : SIGKILL);
        }
        if (status != LineReader::Status::Data)
            return;
    }
}

void AgentLoop::reapChildren()
{
    // Lines already written (a "spawned" especially) are handled before their reaping.
    drainEvents();
    struct Reaped
    {
        int order;
        pid_t pid;
        int code;
        int status;
    };
    std::vector<Reaped> batch;
    for (;;) {
        siginfo_t si{};
        if (waitid(P_ALL, 0, &si, WEXITED | WNOHANG) != 0) {
            if (errno == EINTR)
                continue;
            if (errno == ECHILD)
                m_noChildren = true;
            break;
        }
        if (si.si_pid == 0)
            break;
        const int index = m_table->indexOfLivePid(si.si_pid);
        batch.push_back({index < 0 ? 1 << 30 : index, si.si_pid, si.si_code, si.si_status});
    }
    // Parents first: a root reaped in the same batch as its orphans is reported before them.
    std::stable_sort(batch.begin(), batch.end(),
                     [](const Reaped &a, const Reaped &b) { return a.order < b.order; });
    for (const auto &r : batch)
        m_table->onReaped(r.pid, r.code, r.status);
}

void AgentLoop::keepPausedOrphansPaused()
{
    // An orphan gets SIGCONT from the kernel (its PDEATHSIG, our guard against dying
    // unnoticed): if the learner had paused it, it must stay paused.
    for (const int index : m_table->takeReparented())
        if (m_paused.count(index) && m_table->isLive(index) && m_phase == Phase::Running)
            kill(m_table->pidOf(index), SIGSTOP);
}

void AgentLoop::finishEvents()
{
    if (!m_rootForked)
        return;
    // No process is left, so the event pipe has no writer: read it to its EOF.
    for (;;) {
        drainEvents();
        pollfd p{m_events->fd(), POLLIN, 0};
        if (poll(&p, 1, 100) <= 0 || m_events->readSome() != LineReader::Status::Data)
            break;
    }
    drainEvents();
    m_table->reportUnaccounted();
}

void AgentLoop::cleanUp()
{
    if (m_channelsCreated)
        destroyChannels(m_plan);
    m_channelsCreated = false;
    m_stats.unlink();
}

} // namespace proclab::agent
