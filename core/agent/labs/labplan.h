// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The agent's own check of the lab behaviours in a plan (core validates the same before
// it writes a plan; the agent trusts nobody before it forks).

#include "core/agent/agent_api.h"

#include <string>

namespace proclab::agent {

// Empty if every lab process is well placed and within its limits, else the first problem.
std::string checkLabPlan(const Plan &plan);

} // namespace proclab::agent
