// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading and checking a plan (format in wire/proclab_wire.h). Strict on purpose: the agent
// forks nothing unless the whole plan is understood and within its limits.

#include "core/agent/agent_api.h"

#include <span>
#include <string>
#include <vector>

namespace proclab::agent {

struct PlanParseResult
{
    enum class Status
    {
        Ok,
        Malformed, // -> "error" event, exit code 2
        Refused,   // a limit is violated -> "refused" event, exit code 3
    };
    Status status = Status::Ok;
    std::string message;
    Plan plan;
};

// `lines`: every line of the plan before the terminating "end".
PlanParseResult parsePlan(const std::vector<std::string> &lines);

// Indices of the processes `index` forks, in plan order (from the plan's child index).
std::span<const int> childrenOf(const Plan &plan, int index);
int rootIndex(const Plan &plan);

// Signals a crash behaviour may raise: those whose default action ends the process.
bool isTerminatingSignal(int signal);
constexpr int kDefaultCrashSignal = 11; // SIGSEGV, what a real crash most often is

} // namespace proclab::agent
