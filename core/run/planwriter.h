// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns a Scenario into the text plan proclab-agent reads (format in wire/proclab_wire.h).

#include "core/scenario/scenario.h"

#include <QByteArray>
#include <QString>

namespace proclab {

// The plan for one run: channels first (index = file order), then processes parents
// first (breadth-first from the root, siblings in file order). Returns an empty array
// when the scenario does not validate or runTag is not [a-z0-9]{1,16}: the agent must
// never be handed a plan the validator would refuse.
QByteArray buildAgentPlan(const Scenario &scenario, const QString &runTag, int graceMs = 1000);

// A fresh random run tag: 8 characters of [a-z0-9].
QString makeRunTag();

} // namespace proclab
