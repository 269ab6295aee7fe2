// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/labs/labplan.h"

#include <tuple>

namespace proclab::agent {

namespace {

namespace lab = wire::lab;

std::string outOfRange(const ProcessPlan &p, const char *key, long long lo, long long hi)
{
    const long long v = p.param(key);
    if (v >= lo && v <= hi)
        return {};
    return "process '" + p.id + "': " + key + "=" + std::to_string(v) + " is outside " +
           std::to_string(lo) + ".." + std::to_string(hi);
}

std::string needsParent(const Plan &plan, const ProcessPlan &p, const char *parentBehaviour)
{
    if (p.parent >= 0 && plan.processes.at(p.parent).behaviour == parentBehaviour)
        return {};
    return "process '" + p.id + "' (" + p.behaviour + ") must be a child of a " + parentBehaviour +
           " process";
}

} // namespace

std::string checkLabPlan(const Plan &plan)
{
    for (const ProcessPlan &p : plan.processes) {
        std::string problem;
        if (p.behaviour == lab::kCombine) {
            problem = outOfRange(p, "n", 1, lab::kMaxPrimesN);
        } else if (p.behaviour == lab::kCountPrimes) {
            problem = needsParent(plan, p, lab::kCombine);
        } else if (p.behaviour == lab::kPreforkMaster) {
            problem = outOfRange(p, "restarts", 0, lab::kMaxRestarts);
        } else if (p.behaviour == lab::kServe) {
            problem = needsParent(plan, p, lab::kPreforkMaster);
        } else if (p.behaviour == lab::kLoad) {
            problem = needsParent(plan, p, lab::kPreforkMaster);
            for (const auto &[key, lo, hi] : {std::tuple{"count", 1LL, lab::kMaxRequests},
                                              std::tuple{"parallel", 1LL, lab::kMaxParallel},
                                              std::tuple{"timeout_ms", 1LL, lab::kMaxTimeoutMs},
                                              std::tuple{"rate", 0LL, 1'000'000LL},
                                              std::tuple{"kill_at", 0LL, lab::kMaxRequests}})
                if (problem.empty())
                    problem = outOfRange(p, key, lo, hi);
        }
        if (!problem.empty())
            return problem;
    }
    return {};
}

} // namespace proclab::agent
