// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

namespace proclab::agent {
// Called once in the agent, before anything is created; see ipcNamePrefix() in agent_api.h.
void setIpcNamePrefix(const std::string &tag);
} // namespace proclab::agent
