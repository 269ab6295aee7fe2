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
    if (child.behaviour == wire::Behaviour::WriteCopy)
        g_variable = child.param(wire::ProcessKey::Initial);
}

void writeOwnCopy(const Plan &plan, int index)
{
    const ProcessPlan &me = plan.processes.at(index);
    const long long before = g_variable; // inherited from the parent at fork()
    g_variable = me.param(wire::ProcessKey::Value);
    using F = wire::EventField;
    EventBuilder ev(wire::Event::Memory);
    ev.str(F::Node, me.id).num(F::Pid, getpid()).str(F::Role, wire::name(wire::MemoryRole::Child));
    ev.num(F::Before, before).num(F::After, g_variable).str(F::Address, addressText());
    if (me.parent >= 0)
        ev.str(F::Of, plan.processes.at(me.parent).id);
    ev.emit();
}

void reportParentCopy(const Plan &plan, int parentIndex, int child)
{
    const ProcessPlan &c = plan.processes.at(child);
    if (c.behaviour != wire::Behaviour::WriteCopy || parentIndex < 0)
        return;
    using F = wire::EventField;
    EventBuilder(wire::Event::Memory)
        .str(F::Node, plan.processes.at(parentIndex).id)
        .num(F::Pid, getpid())
        .str(F::Role, wire::name(wire::MemoryRole::Parent))
        .num(F::Before, c.param(wire::ProcessKey::Initial))
        .num(F::After, g_variable)
        .str(F::Address, addressText())
        .str(F::Of, c.id)
        .emit();
}

} // namespace proclab::agent
