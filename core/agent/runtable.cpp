// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/runtable.h"

#include "core/agent/events.h"
#include "core/agent/procstat.h"

#include <cstdlib>
#include <string_view>

namespace proclab::agent {

namespace {

// The raw value of "key" in one of OUR event lines (strings unquoted). Only used on
// "spawned" and "exited" lines, which carry no free text, so a plain search is exact.
std::string_view field(std::string_view line, wire::EventField key)
{
    std::string pattern = "\"";
    pattern += wire::name(key);
    pattern += "\":";
    const auto at = line.find(pattern);
    if (at == std::string_view::npos)
        return {};
    auto v = line.substr(at + pattern.size());
    if (!v.empty() && v.front() == '"') {
        v.remove_prefix(1);
        return v.substr(0, v.find('"'));
    }
    return v.substr(0, v.find_first_of(",}"));
}

long long number(std::string_view text)
{
    return std::strtoll(std::string(text).c_str(), nullptr, 10);
}

} // namespace

RunTable::RunTable(const Plan &plan, wire::StatsPage *stats, pid_t agentPid)
    : m_plan(plan), m_stats(stats), m_agentPid(agentPid), m_nodes(plan.processes.size())
{}

int RunTable::indexOfNode(const std::string &id) const
{
    // Every "spawned" and "exited" line names its node: a linear search per line made a
    // 4,096-process tree cost 8,192 x 2,048 string compares. The index is made at the first
    // look-up, which comes after the root is forked (its first line): made before, every
    // process of the run would inherit its 0.3 MB, and fork() copies what a process holds.
    if (m_indexOfId.empty()) {
        m_indexOfId.reserve(m_plan.processes.size());
        for (const auto &p : m_plan.processes)
            m_indexOfId.emplace(p.id, p.index);
    }
    const auto it = m_indexOfId.find(id);
    return it == m_indexOfId.end() ? -1 : it->second;
}

int RunTable::indexOfLivePid(pid_t pid) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].spawned && !m_nodes[i].ended && m_nodes[i].pid == pid)
            return static_cast<int>(i);
    return -1;
}

bool RunTable::isLive(int index) const
{
    return index >= 0 && m_nodes.at(index).spawned && !m_nodes.at(index).ended;
}

std::vector<pid_t> RunTable::livePids() const
{
    std::vector<pid_t> pids;
    for (const auto &n : m_nodes)
        if (n.spawned && !n.ended)
            pids.push_back(n.pid);
    return pids;
}

bool RunTable::rootEnded() const
{
    for (const auto &p : m_plan.processes)
        if (p.parent == -1)
            return m_nodes.at(p.index).ended;
    return true;
}

int RunTable::onEventLine(const std::string &line)
{
    const auto ev = wire::fromName<wire::Event>(field(line, wire::EventField::Ev));
    if (ev != wire::Event::Spawned && ev != wire::Event::Exited && ev != wire::Event::Error)
        return -1;
    const int index = indexOfNode(std::string(field(line, wire::EventField::Node)));
    if (index < 0)
        return -1;
    if (ev == wire::Event::Error) {
        if (field(line, wire::EventField::Forked) == "0")
            neverForked(index);
        return -1;
    }
    const pid_t pid = static_cast<pid_t>(number(field(line, wire::EventField::Pid)));
    Node &n = m_nodes[index];
    if (ev == wire::Event::Spawned) {
        if (n.ended && n.pid == pid)
            return -1; // we already reaped it (found through the stats page) before this line
        n = Node{pid, static_cast<pid_t>(number(field(line, wire::EventField::Ppid))), true, false};
        // Its parent may have ended before this line arrived: then it is already ours.
        const int parent = m_plan.processes[index].parent;
        if (parent >= 0 && m_nodes[parent].ended && n.ppid != m_agentPid)
            checkReparented(index, n.ppid);
        return index;
    }
    if (!n.spawned)
        n = Node{pid, 0, true, false}; // ended before it could announce itself
    if (!n.ended && n.pid == pid)
        processEnded(index);
    return -1;
}

void RunTable::onReaped(pid_t pid, int siCode, int siStatus)
{
    int index = indexOfLivePid(pid);
    if (index < 0) {
        // Already reported by a parent that died before it could reap (WNOWAIT), or it died
        // before announcing itself: then the stats page, written first, still names it.
        for (size_t i = 0; i < m_nodes.size(); ++i)
            if (!m_nodes[i].spawned && m_stats->processes[i].pid.load() == pid) {
                m_nodes[i] = Node{pid, m_agentPid, true, false};
                index = static_cast<int>(i);
            }
        if (index < 0)
            return;
    }
    Node &n = m_nodes[index];
    // Only a parent can reap: if we reaped it and it was not born ours, it was reparented.
    if (n.ppid != m_agentPid)
        emitReparented(index, n.ppid);
    emitExited(m_plan.processes[index].id, pid, siCode, siStatus, m_agentPid);
    processEnded(index);
}

void RunTable::neverForked(int index)
{
    // Its fork failed: neither it nor anything below it will ever run. Plans list parents
    // first, so one pass finds the whole subtree.
    std::vector<bool> inSubtree(m_nodes.size(), false);
    inSubtree[index] = true;
    for (size_t i = index; i < m_nodes.size(); ++i) {
        const int parent = m_plan.processes[i].parent;
        if (static_cast<int>(i) != index && (parent < 0 || !inSubtree[parent]))
            continue;
        inSubtree[i] = true;
        Node &n = m_nodes[i];
        if (!n.spawned && !n.ended) {
            n.ended = true;
            onProcessEnded(m_plan, static_cast<int>(i), m_stats);
        }
    }
}

void RunTable::processEnded(int index)
{
    Node &ended = m_nodes[index];
    ended.ended = true;
    onProcessEnded(m_plan, index, m_stats);
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &c = m_nodes[i];
        if (c.spawned && !c.ended && c.ppid == ended.pid)
            checkReparented(static_cast<int>(i), ended.pid);
    }
}

void RunTable::checkReparented(int index, pid_t oldPpid)
{
    // Believe the kernel, not our table: /proc says who the parent is now.
    const auto st = readProcStat(m_nodes[index].pid);
    if (st && st->ppid == m_agentPid)
        emitReparented(index, oldPpid);
}

void RunTable::emitReparented(int index, pid_t oldPpid)
{
    Node &n = m_nodes[index];
    n.ppid = m_agentPid;
    m_reparented.push_back(index);
    EventBuilder(wire::Event::Reparented)
        .str(wire::EventField::Node, m_plan.processes[index].id)
        .num(wire::EventField::Pid, n.pid)
        .num(wire::EventField::OldPpid, oldPpid)
        .num(wire::EventField::Ppid, m_agentPid)
        .emit();
}

std::vector<int> RunTable::takeReparented()
{
    std::vector<int> out;
    out.swap(m_reparented);
    return out;
}

void RunTable::reportUnaccounted()
{
    for (size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].spawned && !m_nodes[i].ended)
            emitError(m_plan.processes[i].id,
                      "process " + std::to_string(m_nodes[i].pid) + " ended unreported");
}

} // namespace proclab::agent
