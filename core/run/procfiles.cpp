// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/procfiles.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace proclab {

namespace {

constexpr const char *kNames[] = {"stat", "status", "schedstat"};
constexpr rlim_t kReserve = 256; // descriptors left for everything else in the program

int openProc(int pid, const char *name)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/%s", pid, name);
    return ::open(path, O_RDONLY | O_CLOEXEC);
}

qsizetype preadAll(int fd, char *buf, size_t size)
{
    for (;;) {
        const ssize_t n = ::pread(fd, buf, size, 0);
        if (n < 0 && errno == EINTR)
            continue;
        return n;
    }
}

} // namespace

ProcFiles::ProcFiles()
{
    // A run may have 4,096 processes and we keep three files of each open. Desktop sessions
    // often start programs with a soft limit of 1,024 but a much higher hard limit; the
    // soft limit is ours to raise. What remains short falls back to open/read/close.
    rlimit lim{};
    if (getrlimit(RLIMIT_NOFILE, &lim) == 0) {
        const rlim_t want = 4096 * FileCount + kReserve;
        if (lim.rlim_cur < want && lim.rlim_cur != RLIM_INFINITY) {
            rlimit raised = lim;
            raised.rlim_cur = lim.rlim_max == RLIM_INFINITY ? want : std::min(want, lim.rlim_max);
            if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
                lim = raised;
        }
        const rlim_t cur = lim.rlim_cur == RLIM_INFINITY ? want : lim.rlim_cur;
        m_budget = cur > 2 * kReserve ? int(std::min<rlim_t>(cur - 2 * kReserve, want)) : 0;
    }
}

ProcFiles::~ProcFiles()
{
    clear();
}

qsizetype ProcFiles::read(int pid, File file)
{
    if (pid <= 0)
        return -1;
    auto it = m_files.find(pid);
    if (it == m_files.end() && m_open + FileCount <= m_budget) {
        // Open all three at once, so every kept file belongs to the same process.
        Fds fds;
        for (int f = 0; f < FileCount; ++f) {
            fds.fd[f] = openProc(pid, kNames[f]);
            m_open += fds.fd[f] >= 0 ? 1 : 0;
        }
        if (fds.fd[Stat] < 0) {
            for (int fd : fds.fd) {
                if (fd >= 0) {
                    ::close(fd);
                    --m_open;
                }
            }
            return -1;
        }
        it = m_files.insert(pid, fds);
    }
    if (it == m_files.end()) {
        // Out of descriptors: read the way every other tool does.
        const int fd = openProc(pid, kNames[file]);
        if (fd < 0)
            return -1;
        const qsizetype n = preadAll(fd, m_buf, sizeof m_buf - 1);
        ::close(fd);
        return n > 0 ? n : -1;
    }
    const int fd = it->fd[file];
    const qsizetype n = fd >= 0 ? preadAll(fd, m_buf, sizeof m_buf - 1) : -1;
    if (n <= 0 && file == Stat) {
        forget(pid); // reaped (ESRCH): its pid may be someone else's next
        return -1;
    }
    return n > 0 ? n : -1;
}

std::optional<ProcStat> ProcFiles::stat(int pid)
{
    const qsizetype n = read(pid, Stat);
    // With comm: it changes at exec(), and stat is read only for processes that ran.
    return n > 0 ? parseProcStat(m_buf, n, true) : std::nullopt;
}

std::optional<ProcStatus> ProcFiles::status(int pid)
{
    const qsizetype n = read(pid, Status);
    return n > 0 ? parseProcStatus(m_buf, n) : std::nullopt;
}

std::optional<quint64> ProcFiles::timesScheduled(int pid)
{
    const qsizetype n = read(pid, Schedstat);
    if (n <= 0)
        return std::nullopt;
    // "<ns on cpu> <ns waiting> <timeslices>\n": the last number is the one we want.
    qsizetype i = n;
    while (i > 0 && (m_buf[i - 1] < '0' || m_buf[i - 1] > '9'))
        --i;
    qsizetype first = i;
    while (first > 0 && m_buf[first - 1] >= '0' && m_buf[first - 1] <= '9')
        --first;
    if (first == i || first == 0)
        return std::nullopt;
    quint64 slices = 0;
    for (qsizetype d = first; d < i; ++d)
        slices = slices * 10 + quint64(m_buf[d] - '0');
    return slices;
}

void ProcFiles::forget(int pid)
{
    const auto it = m_files.find(pid);
    if (it == m_files.end())
        return;
    for (int fd : it->fd) {
        if (fd >= 0) {
            ::close(fd);
            --m_open;
        }
    }
    m_files.erase(it);
}

void ProcFiles::clear()
{
    while (!m_files.isEmpty())
        forget(m_files.begin().key());
}

} // namespace proclab
