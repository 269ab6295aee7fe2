// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The run's shared stats page (wire::StatsPage): POSIX shm "/proclab-<agentpid>-<tag>-stats",
// mode 0600, created O_EXCL by the agent, mapped read-only by core.

#include "core/agent/agent_api.h"

#include <string>

namespace proclab::agent {

class StatsPage
{
public:
    StatsPage() = default;
    StatsPage(const StatsPage &) = delete;
    StatsPage &operator=(const StatsPage &) = delete;
    ~StatsPage();

    bool create(const Plan &plan, std::string *error);
    wire::StatsPage *page() const { return m_page; }
    const std::string &name() const { return m_name; }
    // Removes the name (core's mapping stays valid). Idempotent.
    void unlink();
    void unmap();

private:
    std::string m_name;
    wire::StatsPage *m_page = nullptr;
    bool m_linked = false;
};

} // namespace proclab::agent
