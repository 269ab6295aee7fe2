// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/plan.h"

#include "core/agent/labs/labplan.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <set>
#include <sstream>

namespace proclab::agent {

namespace {

using wire::ChannelKey;
using wire::PlanLine;
using wire::ProcessKey;

bool validId(const std::string &id)
{
    if (id.empty() || id.size() > 32)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '.' || c == '-';
    });
}

bool validTag(const std::string &tag)
{
    if (tag.empty() || tag.size() > 16)
        return false;
    return std::all_of(tag.begin(), tag.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
}

bool parseInt(const std::string &text, long long *out)
{
    if (text.empty())
        return false;
    errno = 0;
    char *end = nullptr;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || *end != '\0')
        return false;
    *out = v;
    return true;
}

std::vector<std::string> tokens(const std::string &line)
{
    std::istringstream in(line);
    std::vector<std::string> out;
    std::string t;
    while (in >> t)
        out.push_back(t);
    return out;
}

// Collects the first problem; every check below returns false through fail().
class Parser
{
public:
    PlanParseResult result;

    bool fail(int line, const std::string &message)
    {
        result.status = PlanParseResult::Status::Malformed;
        result.message =
            (line > 0 ? "plan line " + std::to_string(line) + ": " : std::string("plan: ")) +
            message;
        return false;
    }
    bool refuse(const std::string &message)
    {
        result.status = PlanParseResult::Status::Refused;
        result.message = message;
        return false;
    }

    bool parse(const std::vector<std::string> &lines);

private:
    bool header(int n, const std::vector<std::string> &t);
    bool channel(int n, const std::vector<std::string> &t);
    bool process(int n, const std::vector<std::string> &t);
    bool finalChecks();

    bool m_haveRun = false;
    bool m_haveLimit = false;
    bool m_haveGrace = false;
    std::set<std::string> m_processIds;
    std::set<std::string> m_channelIds;
};

bool Parser::header(int n, const std::vector<std::string> &t)
{
    if (t.size() != 2 || t[0] != wire::kPlanMagic)
        return fail(n, std::string("expected '") + wire::kPlanMagic + " " +
                           std::to_string(wire::kPlanVersion) + "'");
    long long version = 0;
    if (!parseInt(t[1], &version) || version != wire::kPlanVersion)
        return fail(n, "unsupported plan version '" + t[1] + "' (this agent reads " +
                           std::to_string(wire::kPlanVersion) + ")");
    return true;
}

bool Parser::channel(int n, const std::vector<std::string> &t)
{
    if (!result.plan.processes.empty())
        return fail(n, "channels must come before processes");
    if (t.size() < 4)
        return fail(n, "expected 'channel <index> <id> <kind> key=value...'");
    ChannelPlan c;
    long long index = 0;
    if (!parseInt(t[1], &index) || index != static_cast<long long>(result.plan.channels.size()))
        return fail(n, "channel index '" + t[1] + "' out of order (expected " +
                           std::to_string(result.plan.channels.size()) + ")");
    c.index = static_cast<int>(index);
    c.id = t[2];
    if (!validId(c.id))
        return fail(n, "invalid channel id '" + c.id + "'");
    if (!m_channelIds.insert(c.id).second)
        return fail(n, "duplicate channel id '" + c.id + "'");
    const auto kind = wire::fromName<wire::ChannelKind>(t[3]);
    if (!kind)
        return fail(n, "unknown channel kind '" + t[3] + "'");
    c.kind = *kind;
    for (size_t i = 4; i < t.size(); ++i) {
        const auto eq = t[i].find('=');
        if (eq == std::string::npos)
            return fail(n, "expected key=value, got '" + t[i] + "'");
        const std::string key = t[i].substr(0, eq);
        const std::string value = t[i].substr(eq + 1);
        long long v = 0;
        const auto which = wire::fromName<ChannelKey>(key);
        if (!which)
            return fail(n, "unknown channel key '" + key + "'");
        if (*which == ChannelKey::Send) {
            const auto mode = wire::fromName<wire::SendMode>(value);
            if (!mode)
                return fail(n, "send must be sync or async, got '" + value + "'");
            c.syncSend = *mode == wire::SendMode::Sync;
            continue;
        }
        if (!parseInt(value, &v))
            return fail(n, key + " is not an integer: '" + value + "'");
        if (*which == ChannelKey::Sync || *which == ChannelKey::Fast) {
            if (v != 0 && v != 1)
                return fail(n, key + " must be 0 or 1");
            (*which == ChannelKey::Sync ? c.sync : c.fast) = v == 1;
        } else if (v < 1 || v > (1 << 20)) {
            return fail(n, key + " out of range: " + value);
        } else {
            (*which == ChannelKey::Capacity ? c.capacity : c.itemSize) = static_cast<int>(v);
        }
    }
    result.plan.channels.push_back(c);
    return true;
}

bool Parser::process(int n, const std::vector<std::string> &t)
{
    if (t.size() < 5)
        return fail(n,
                    "expected 'process <index> <id> <parent_index|-1> <behaviour> key=value...'");
    ProcessPlan p;
    long long index = 0;
    const int count = static_cast<int>(result.plan.processes.size());
    if (!parseInt(t[1], &index) || index != count)
        return fail(n, "process index '" + t[1] + "' out of order (expected " +
                           std::to_string(count) + ")");
    p.index = count;
    p.id = t[2];
    if (!validId(p.id))
        return fail(n, "invalid process id '" + p.id + "'");
    if (!m_processIds.insert(p.id).second)
        return fail(n, "duplicate process id '" + p.id + "'");
    long long parent = 0;
    if (!parseInt(t[3], &parent) || parent < -1)
        return fail(n, "invalid parent index '" + t[3] + "'");
    if (parent >= count)
        return fail(n, "parent " + t[3] + " of '" + p.id + "' does not come before it");
    p.parent = static_cast<int>(parent);
    const auto behaviour = wire::fromName<wire::Behaviour>(t[4]);
    if (!behaviour)
        return fail(n, "unknown behaviour '" + t[4] + "'");
    p.behaviour = *behaviour;
    for (size_t i = 5; i < t.size(); ++i) {
        const auto eq = t[i].find('=');
        if (eq == std::string::npos)
            return fail(n, "expected key=value, got '" + t[i] + "'");
        const std::string key = t[i].substr(0, eq);
        long long v = 0;
        const auto which = wire::fromName<ProcessKey>(key);
        if (!which)
            return fail(n, "unknown process key '" + key + "'");
        if (!parseInt(t[i].substr(eq + 1), &v))
            return fail(n, key + " is not an integer: '" + t[i].substr(eq + 1) + "'");
        if (v < 0 && !wire::isSignedKey(*which))
            return fail(n, key + " must not be negative");
        if (!p.params.emplace(*which, v).second)
            return fail(n, "duplicate key '" + key + "'");
    }
    if (p.param(ProcessKey::Code) > 255)
        return fail(n, "exit code must be 0..255");
    if (p.param(ProcessKey::Signal) > 64)
        return fail(n, "signal must be 1..64");
    if (p.behaviour == wire::Behaviour::Crash && p.param(ProcessKey::Signal) != 0 &&
        !isTerminatingSignal(static_cast<int>(p.param(ProcessKey::Signal))))
        return fail(n, "crash needs a signal that ends the process, not " +
                           std::to_string(p.param(ProcessKey::Signal)));
    if (p.behaviour == wire::Behaviour::Exec &&
        (!p.params.count(ProcessKey::Program) ||
         p.param(ProcessKey::Program) >= wire::kExecProgramCount))
        return fail(n, "exec needs program=<0.." + std::to_string(wire::kExecProgramCount - 1) +
                           ">: a program from the fixed list, never a path");
    if (wire::usesChannel(p.behaviour) && !p.params.count(ProcessKey::Channel))
        return fail(n, t[4] + " needs channel=<index>");
    if (p.params.count(ProcessKey::Channel) &&
        p.param(ProcessKey::Channel) >= static_cast<long long>(result.plan.channels.size()))
        return fail(n,
                    "channel " + std::to_string(p.param(ProcessKey::Channel)) + " does not exist");
    result.plan.processes.push_back(p);
    return true;
}

bool Parser::finalChecks()
{
    const int end = -1;
    if (!m_haveRun)
        return fail(end, "missing 'run <tag>'");
    const auto &procs = result.plan.processes;
    if (procs.empty())
        return fail(end, "no process");
    const auto roots = std::count_if(procs.begin(), procs.end(),
                                     [](const ProcessPlan &p) { return p.parent == -1; });
    if (roots != 1)
        return fail(end, "exactly one process must have parent -1, found " + std::to_string(roots));
    if (result.plan.limit > wire::kHardMaxProcesses)
        return refuse("limit " + std::to_string(result.plan.limit) +
                      " is above the agent's ceiling of " +
                      std::to_string(wire::kHardMaxProcesses) + " processes");
    const std::string labProblem = checkLabPlan(result.plan);
    if (!labProblem.empty())
        return fail(end, labProblem);
    if (static_cast<long long>(procs.size()) > result.plan.limit)
        return refuse("the plan has " + std::to_string(procs.size()) +
                      " processes, more than its limit of " + std::to_string(result.plan.limit));
    return true;
}

bool Parser::parse(const std::vector<std::string> &lines)
{
    bool sawHeader = false;
    for (size_t i = 0; i < lines.size(); ++i) {
        const int n = static_cast<int>(i) + 1;
        const auto t = tokens(lines[i]);
        if (t.empty())
            continue;
        if (!sawHeader) {
            if (!header(n, t))
                return false;
            sawHeader = true;
            continue;
        }
        const std::string &what = t[0];
        const auto line = wire::fromName<PlanLine>(what);
        long long v = 0;
        if (line == PlanLine::Run) {
            if (m_haveRun || t.size() != 2 || !validTag(t[1]))
                return fail(n, "expected one 'run <tag>' with tag [a-z0-9]{1,16}");
            result.plan.tag = t[1];
            m_haveRun = true;
        } else if (line == PlanLine::Limit) {
            if (m_haveLimit || t.size() != 2 || !parseInt(t[1], &v) || v < 1)
                return fail(n, "expected one 'limit <n>' with n >= 1");
            result.plan.limit = static_cast<int>(std::min<long long>(v, 1LL << 30));
            m_haveLimit = true;
        } else if (line == PlanLine::GraceMs) {
            if (m_haveGrace || t.size() != 2 || !parseInt(t[1], &v) || v < 0 || v > 600000)
                return fail(n, "expected one 'grace_ms <n>' with 0 <= n <= 600000");
            result.plan.graceMs = static_cast<int>(v);
            m_haveGrace = true;
        } else if (line == PlanLine::Channel) {
            if (result.plan.channels.size() >= static_cast<size_t>(wire::kMaxChannels))
                return refuse("more than " + std::to_string(wire::kMaxChannels) + " channels");
            if (!channel(n, t))
                return false;
        } else if (line == PlanLine::Process) {
            if (result.plan.processes.size() >= static_cast<size_t>(wire::kHardMaxProcesses))
                return refuse("more than " + std::to_string(wire::kHardMaxProcesses) +
                              " processes");
            if (!process(n, t))
                return false;
        } else {
            return fail(n, "unknown line '" + what + "'");
        }
    }
    if (!sawHeader)
        return fail(1, "empty plan");
    return finalChecks();
}

} // namespace

namespace {

void indexChildren(Plan &plan)
{
    const size_t n = plan.processes.size();
    plan.childStart.assign(n + 1, 0);
    for (const auto &p : plan.processes)
        if (p.parent >= 0)
            ++plan.childStart[static_cast<size_t>(p.parent) + 1];
    for (size_t i = 0; i < n; ++i)
        plan.childStart[i + 1] += plan.childStart[i];
    plan.childIndices.assign(plan.childStart[n], 0);
    std::vector<int> next(plan.childStart.begin(), plan.childStart.end() - 1);
    for (const auto &p : plan.processes)
        if (p.parent >= 0)
            plan.childIndices[static_cast<size_t>(next[static_cast<size_t>(p.parent)]++)] = p.index;
}

} // namespace

PlanParseResult parsePlan(const std::vector<std::string> &lines)
{
    Parser parser;
    if (parser.parse(lines))
        indexChildren(parser.result.plan);
    return std::move(parser.result);
}

std::span<const int> childrenOf(const Plan &plan, int index)
{
    if (index < 0 || static_cast<size_t>(index) + 1 >= plan.childStart.size())
        return {};
    const auto first = static_cast<size_t>(plan.childStart[static_cast<size_t>(index)]);
    const auto last = static_cast<size_t>(plan.childStart[static_cast<size_t>(index) + 1]);
    return std::span<const int>(plan.childIndices).subspan(first, last - first);
}

int rootIndex(const Plan &plan)
{
    for (const auto &p : plan.processes)
        if (p.parent == -1)
            return p.index;
    return -1;
}

bool isTerminatingSignal(int s)
{
    if (s < 1 || s > 64)
        return false;
    return s != SIGSTOP && s != SIGTSTP && s != SIGTTIN && s != SIGTTOU && s != SIGCHLD &&
           s != SIGCONT && s != SIGURG && s != SIGWINCH;
}

} // namespace proclab::agent
