// SPDX-License-Identifier: GPL-3.0-or-later
// The run's IPC name prefix, "/proclab-<agentpid>-<tag>", fixed once the plan is read.
#include "core/agent/ipc/ipcname.h"
#include "core/agent/agent_api.h"

#include <unistd.h>

namespace proclab::agent {

namespace {
std::string g_prefix;
}

void setIpcNamePrefix(const std::string &tag)
{
    g_prefix = std::string("/") + wire::kIpcPrefix + std::to_string(getpid()) + "-" + tag;
}

const std::string &ipcNamePrefix()
{
    return g_prefix;
}

} // namespace proclab::agent
