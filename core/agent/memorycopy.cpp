// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/memorycopy.h"

#include "core/agent/events.h"

#include <cstdint>
#include <cstdio>
#include <unistd.h>

namespace proclab::agent {

namespace {
// volatile: every read and write really touches this process's memory, so what is
// reported is what the page holds, not a value the compiler kept in a register.
volatile long long g_variable = 0;

std::string addressText()
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx",
                  static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(&g_variable)));
    return buf;
}
} // namespace

void setVariableBeforeFork(const ProcessPlan &child)
{
    if (child.behaviour == "write-copy")
        g_variable = child.param("initial");
}

void writeOwnCopy(const Plan &plan, int index)
{
    const ProcessPlan &me = plan.processes.at(index);
    const long long before = g_variable; // inherited from the parent at fork()
    g_variable = me.param("value");
    EventBuilder ev("memory");
    ev.str("node", me.id).num("pid", getpid()).str("role", "child");
    ev.num("before", before).num("after", g_variable).str("address", addressText());
    if (me.parent >= 0)
        ev.str("of", plan.processes.at(me.parent).id);
    ev.emit();
}

void reportParentCopy(const Plan &plan, int parentIndex, int child)
{
    const ProcessPlan &c = plan.processes.at(child);
    if (c.behaviour != "write-copy" || parentIndex < 0)
        return;
    EventBuilder("memory")
        .str("node", plan.processes.at(parentIndex).id)
        .num("pid", getpid())
        .str("role", "parent")
        .num("before", c.param("initial"))
        .num("after", g_variable)
        .str("address", addressText())
        .str("of", c.id)
        .emit();
}

} // namespace proclab::agent
