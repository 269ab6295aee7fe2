// SPDX-License-Identifier: GPL-3.0-or-later
// The agent's own plan parser, linked into the plan writer's test from the agent library:
// what core writes is checked by exactly the code that will read it, not by a second
// opinion of the format.
#include "core/agent/plan.h"
