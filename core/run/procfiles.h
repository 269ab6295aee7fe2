// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keeps each observed process's /proc files open and re-reads them with pread(): opening
// /proc/PID/... costs a path walk and a pid lookup every time, more than making the text.
// A kept descriptor also stays bound to the process it was opened for: once that process
// is reaped it reads ESRCH, never a stranger that got the recycled pid.

#include "core/run/procreader.h"

#include <QHash>
#include <optional>

namespace proclab {

class ProcFiles
{
public:
    ProcFiles();
    ~ProcFiles();
    ProcFiles(const ProcFiles &) = delete;
    ProcFiles &operator=(const ProcFiles &) = delete;

    // nullopt when the process is gone (its files are then closed).
    std::optional<ProcStat> stat(int pid);
    std::optional<ProcStatus> status(int pid);
    // How often the process has been put on a CPU (third field of /proc/PID/schedstat): if
    // it did not change, nothing the process does itself can have changed either. nullopt
    // when the kernel has no schedstat or the process is gone.
    std::optional<quint64> timesScheduled(int pid);

    // True when reading `pid` would first open its files (the costly part of a read).
    bool wouldOpen(int pid) const
    {
        return pid > 0 && !m_files.contains(pid) && m_open + FileCount <= m_budget;
    }
    void forget(int pid);
    void clear();
    int openCount() const { return m_open; }

private:
    enum File
    {
        Stat,
        Status,
        Schedstat,
        FileCount
    };
    struct Fds
    {
        int fd[FileCount] = {-1, -1, -1};
    };
    // Reads one file of `pid` into m_buf (through a kept descriptor while the budget lasts);
    // returns the length, or -1 if the process is gone.
    qsizetype read(int pid, File file);

    QHash<int, Fds> m_files;
    int m_open = 0;
    int m_budget = 0; // descriptors we allow ourselves to keep
    char m_buf[4096];
};

} // namespace proclab
