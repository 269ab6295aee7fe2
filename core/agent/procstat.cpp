// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/procstat.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace proclab::agent {

std::optional<ProcStat> readProcStat(pid_t pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", static_cast<int>(pid));
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    char buf[1024];
    const ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return std::nullopt;
    buf[n] = '\0';
    // The command name may hold spaces and parentheses: the fields start after the LAST ')'.
    const char *close = std::strrchr(buf, ')');
    if (!close)
        return std::nullopt;
    ProcStat st;
    st.pid = pid;
    int ppid = 0;
    int pgid = 0;
    if (std::sscanf(close + 1, " %c %d %d", &st.state, &ppid, &pgid) != 3)
        return std::nullopt;
    st.ppid = ppid;
    st.pgid = pgid;
    return st;
}

std::vector<pid_t> pidsInProcessGroup(pid_t pgid, pid_t exclude)
{
    std::vector<pid_t> pids;
    DIR *dir = opendir("/proc");
    if (!dir)
        return pids;
    while (dirent *e = readdir(dir)) {
        char *end = nullptr;
        const long pid = std::strtol(e->d_name, &end, 10);
        if (*end != '\0' || pid <= 0 || pid == exclude)
            continue;
        const auto st = readProcStat(static_cast<pid_t>(pid));
        if (st && st->pgid == pgid)
            pids.push_back(st->pid);
    }
    closedir(dir);
    return pids;
}

} // namespace proclab::agent
