// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/execprogram.h"

#include "core/agent/events.h"
#include "core/agent/lifeline.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace proclab::agent {

namespace {
constexpr int kExitNotFound = 127;

// The helper lives beside the running agent (build/bin, or the install's libexec folder):
// found from our own executable, never from PATH or from the scenario.
std::string helperPath()
{
    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return {};
    std::string path(self, static_cast<size_t>(n));
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string()
                                      : path.substr(0, slash + 1) + wire::kExecHelper;
}
} // namespace

void execHelper(const Plan &plan, int index)
{
    const ProcessPlan &me = plan.processes.at(index);
    const long long which = me.param(wire::ProcessKey::Program);
    // The plan parser checked the range.
    const std::string program(wire::name(static_cast<wire::ExecProgram>(which)));
    const std::string path = helperPath();
    // The lifeline must survive execve(): the helper polls it like every process of the run.
    const int lifeline = lifelineReadFd();
    if (path.empty() || lifeline < 0 || fcntl(lifeline, F_SETFD, 0) != 0) {
        emitError(me.id, "exec: cannot prepare the helper");
        _exit(kExitNotFound);
    }
    const std::string ms = std::to_string(me.param(wire::ProcessKey::Ms));
    const std::string fd = std::to_string(lifeline);
    const std::string group = std::to_string(lifelineRunGroup());
    EventBuilder(wire::Event::Exec)
        .str(wire::EventField::Node, me.id)
        .num(wire::EventField::Pid, getpid())
        .str(wire::EventField::Program, program)
        .emit();
    char *const argv[] = {
        const_cast<char *>(wire::kExecHelper), const_cast<char *>(program.c_str()),
        const_cast<char *>(ms.c_str()),        const_cast<char *>(fd.c_str()),
        const_cast<char *>(group.c_str()),     nullptr};
    execv(path.c_str(), argv);
    const int err = errno;
    emitError(me.id, "exec " + path + ": " + std::strerror(err));
    _exit(kExitNotFound);
}

} // namespace proclab::agent
