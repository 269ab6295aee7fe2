// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/childreaper.h"

#include "core/agent/events.h"
#include "core/agent/lifeline.h"
#include "core/agent/memorycopy.h"
#include "core/agent/plan.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <ctime>
#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace proclab::agent {

namespace {
constexpr int kFallbackPollMs = 5;
}

long long monotonicNowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

ChildReaper::ChildReaper(const Plan &plan, int owner) : m_plan(plan), m_owner(owner)
{
    // Room for every child up front. Grown a step at a time between forks, the list moved to
    // new heap pages each time, and after a fork every page the parent writes is a
    // copy-on-write fault: a parent of 255 children took about one fault more per child.
    m_children.reserve(childrenOf(plan, owner).size());
}

void ChildReaper::add(pid_t pid, int index)
{
    // Its pidfd is opened when we first wait, not here: a parent forking hundreds of
    // children one after another would otherwise hand each child the pidfds of all its
    // older siblings, which it must close (forgetInChild): 520,000 close() calls for a
    // 4,096-process tree, a quarter of its CPU. An unreaped child's pid cannot be reused,
    // so opening later names the same process.
    m_children.push_back({pid, index, kNotOpened});
}

void ChildReaper::openPidfds()
{
    // A pidfd turns readable when the child ends: poll() then wakes exactly then, without
    // touching the signal mask or SIGCHLD's disposition that the learner may inspect.
    for (Child &c : m_children)
        if (c.pidfd == kNotOpened)
            c.pidfd = static_cast<int>(syscall(SYS_pidfd_open, c.pid, 0));
}

void ChildReaper::forgetInChild()
{
    for (const auto &c : m_children)
        if (c.pidfd >= 0)
            close(c.pidfd);
    m_children.clear();
    m_reaped.clear();
}

void ChildReaper::reapEnded()
{
    for (auto it = m_children.begin(); it != m_children.end();) {
        siginfo_t si{};
        // WNOWAIT first: report, then reap. If we die in between, the zombie goes to the agent,
        // which reaps it and sees it was already reported; no end is ever lost.
        if (waitid(P_PID, static_cast<id_t>(it->pid), &si, WEXITED | WNOHANG | WNOWAIT) != 0 ||
            si.si_pid != it->pid) {
            ++it;
            continue;
        }
        emitExited(m_plan.processes.at(it->index).id, it->pid, si.si_code, si.si_status, getpid());
        while (waitpid(it->pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        if (it->pidfd >= 0)
            close(it->pidfd);
        reportParentCopy(m_plan, m_owner, it->index); // what this parent reads after its child
        m_reaped.emplace_back(it->index, it->pid);
        it = m_children.erase(it);
    }
}

std::vector<std::pair<int, pid_t>> ChildReaper::takeReaped()
{
    std::vector<std::pair<int, pid_t>> out;
    out.swap(m_reaped);
    return out;
}

void ChildReaper::signalAll(int sig) const
{
    for (const auto &c : m_children)
        kill(c.pid, sig);
}

bool ChildReaper::has(int index) const
{
    return std::any_of(m_children.begin(), m_children.end(),
                       [index](const Child &c) { return c.index == index; });
}

void ChildReaper::waitUntil(long long deadlineNs, bool reap)
{
    wait(deadlineNs, reap, false);
}

void ChildReaper::waitForAll()
{
    wait(-1, true, true);
}

void ChildReaper::wait(long long deadlineNs, bool reap, bool untilEmpty)
{
    std::vector<pollfd> fds;
    for (;;) {
        if (reap) {
            reapEnded();
            openPidfds();
        }
        if (untilEmpty && m_children.empty())
            return;
        int timeoutMs = -1;
        if (deadlineNs >= 0) {
            const long long left = deadlineNs - monotonicNowNs();
            if (left <= 0)
                return;
            timeoutMs = static_cast<int>(std::min<long long>((left + 999999) / 1000000, INT_MAX));
        }
        fds.clear();
        fds.push_back({lifelineReadFd(), POLLIN, 0});
        if (reap) {
            for (const auto &c : m_children) {
                if (c.pidfd >= 0)
                    fds.push_back({c.pidfd, POLLIN, 0});
                else if (timeoutMs < 0 || timeoutMs > kFallbackPollMs)
                    timeoutMs = kFallbackPollMs;
            }
        }
        const int n = poll(fds.data(), fds.size(), timeoutMs);
        if (n < 0 && errno != EINTR)
            exitBecauseAgentIsGone(); // cannot wait safely any more
        if (n > 0 && lifelineBroken(fds[0].revents))
            exitBecauseAgentIsGone();
    }
}

} // namespace proclab::agent
