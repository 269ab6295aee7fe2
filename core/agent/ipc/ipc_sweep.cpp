// SPDX-License-Identifier: GPL-3.0-or-later
// Removing what a crashed or SIGKILLed agent left behind: every ProcLab IPC object is
// named "proclab-<agentpid>-...", so an object of this user whose pid is not a running
// proclab-agent is an orphan.
#include "core/agent/agent_api.h"

#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <mqueue.h>
#include <string>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace proclab::agent {

namespace {

bool agentRuns(long pid)
{
    std::ifstream comm("/proc/" + std::to_string(pid) + "/comm");
    std::string name;
    std::getline(comm, name);
    return name == "proclab-agent";
}

// "proclab-<pid>-..." -> pid, or -1.
long ownerPid(const std::string &name)
{
    const std::string prefix = wire::kIpcPrefix;
    if (name.compare(0, prefix.size(), prefix) != 0)
        return -1;
    size_t end = 0;
    try {
        const long pid = std::stol(name.substr(prefix.size()), &end);
        return name.size() > prefix.size() + end && name[prefix.size() + end] == '-' ? pid : -1;
    } catch (...) {
        return -1;
    }
}

int sweepDir(const char *dir, int (*unlinkFn)(const char *))
{
    DIR *d = opendir(dir);
    if (!d)
        return 0; // e.g. /dev/mqueue not mounted: nothing we can list
    int removed = 0;
    while (dirent *e = readdir(d)) {
        const std::string name = e->d_name;
        const long pid = ownerPid(name);
        if (pid <= 0 || agentRuns(pid))
            continue;
        // Only this user's: another user's object is not ours to judge, whatever its name.
        struct stat st
        {};
        if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || st.st_uid != geteuid())
            continue;
        if (unlinkFn(("/" + name).c_str()) == 0)
            ++removed;
    }
    closedir(d);
    return removed;
}

} // namespace

int sweepStaleIpc()
{
    return sweepDir("/dev/shm", shm_unlink) + sweepDir("/dev/mqueue", mq_unlink);
}

} // namespace proclab::agent
