// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/labs/labplan.h"

#include <tuple>

namespace proclab::agent {

namespace {

namespace lab = wire::lab;

std::string outOfRange(const ProcessPlan &p, wire::ProcessKey key, long long lo, long long hi)
{
    const long long v = p.param(key);
    if (v >= lo && v <= hi)
        return {};
    return "process '" + p.id + "': " + std::string(wire::name(key)) + "=" + std::to_string(v) +
           " is outside " + std::to_string(lo) + ".." + std::to_string(hi);
}

std::string needsParent(const Plan &plan, const ProcessPlan &p, wire::Behaviour parentBehaviour)
{
    if (p.parent >= 0 && plan.processes.at(p.parent).behaviour == parentBehaviour)
        return {};
    return "process '" + p.id + "' (" + std::string(wire::name(p.behaviour)) +
           ") must be a child of a " + std::string(wire::name(parentBehaviour)) + " process";
}

} // namespace

std::string checkLabPlan(const Plan &plan)
{
    for (const ProcessPlan &p : plan.processes) {
        std::string problem;
        if (p.behaviour == wire::Behaviour::Combine) {
            problem = outOfRange(p, wire::ProcessKey::N, 1, lab::kMaxPrimesN);
        } else if (p.behaviour == wire::Behaviour::CountPrimes) {
            problem = needsParent(plan, p, wire::Behaviour::Combine);
        } else if (p.behaviour == wire::Behaviour::PreforkMaster) {
            problem = outOfRange(p, wire::ProcessKey::Restarts, 0, lab::kMaxRestarts);
        } else if (p.behaviour == wire::Behaviour::Serve) {
            problem = needsParent(plan, p, wire::Behaviour::PreforkMaster);
        } else if (p.behaviour == wire::Behaviour::Load) {
            problem = needsParent(plan, p, wire::Behaviour::PreforkMaster);
            using K = wire::ProcessKey;
            for (const auto &[key, lo, hi] : {std::tuple{K::Count, 1LL, lab::kMaxRequests},
                                              std::tuple{K::Parallel, 1LL, lab::kMaxParallel},
                                              std::tuple{K::TimeoutMs, 1LL, lab::kMaxTimeoutMs},
                                              std::tuple{K::Rate, 0LL, 1'000'000LL},
                                              std::tuple{K::KillAt, 0LL, lab::kMaxRequests}})
                if (problem.empty())
                    problem = outOfRange(p, key, lo, hi);
        }
        if (!problem.empty())
            return problem;
    }
    return {};
}

} // namespace proclab::agent
