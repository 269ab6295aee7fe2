// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/zombiewatch.h"

#include "core/agent/events.h"
#include "core/agent/procstat.h"
#include "core/agent/runtable.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace proclab::agent {

namespace {
// Without a pidfd the zombie's start is known to within this much.
constexpr int kFallbackPollMs = 10;
} // namespace

ZombieWatch::ZombieWatch(const Plan &plan, pid_t runGroup) : m_plan(plan), m_runGroup(runGroup)
{
    // One pidfd per process: a run of 4096 needs more than the usual soft limit of 1024.
    // The hard limit is ours to take; past it the watch falls back to reading /proc.
    rlimit lim{};
    if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur < lim.rlim_max) {
        lim.rlim_cur = lim.rlim_max;
        setrlimit(RLIMIT_NOFILE, &lim);
    }
}

ZombieWatch::~ZombieWatch()
{
    for (const Watched &w : m_watched)
        if (w.pidfd >= 0)
            close(w.pidfd);
}

void ZombieWatch::watch(int index, pid_t pid)
{
    // pidfd_open() sets close-on-exec; the agent forks only the root, before any of these.
    const int fd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
    m_watched.push_back({index, pid, fd});
}

void ZombieWatch::addPollFds(std::vector<pollfd> &fds) const
{
    for (const Watched &w : m_watched)
        fds.push_back({w.pidfd, POLLIN, 0}); // -1 is skipped by poll()
}

int ZombieWatch::fallbackTimeoutMs() const
{
    for (const Watched &w : m_watched)
        if (w.pidfd < 0)
            return kFallbackPollMs;
    return -1;
}

void ZombieWatch::check(const std::vector<pollfd> &fds, size_t first, const RunTable &table)
{
    std::vector<Watched> keep;
    keep.reserve(m_watched.size());
    for (size_t i = 0; i < m_watched.size(); ++i) {
        const Watched &w = m_watched[i];
        const size_t at = first + i;
        const bool ended = w.pidfd < 0 || (at < fds.size() && fds[at].revents != 0);
        const bool done = !table.isLive(w.index) || (ended && look(w));
        if (done) {
            if (w.pidfd >= 0)
                close(w.pidfd);
        } else {
            keep.push_back(w);
        }
    }
    m_watched.swap(keep);
}

bool ZombieWatch::look(const Watched &w) const
{
    const auto st = readProcStat(w.pid);
    // Gone, or a stranger with a recycled pid: its parent reaped it before we looked.
    if (!st || (m_runGroup > 0 && st->pgid != m_runGroup))
        return true;
    if (st->state != 'Z')
        return w.pidfd >= 0; // a readable pidfd means it ended: X (being reaped) counts as gone
    EventBuilder(wire::Event::Zombie)
        .str(wire::EventField::Node, m_plan.processes.at(w.index).id)
        .num(wire::EventField::Pid, w.pid)
        .num(wire::EventField::Ppid, st->ppid)
        .emit();
    return true;
}

} // namespace proclab::agent
