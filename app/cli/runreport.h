// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The human-readable summary of a run: processes (real pid, parent, exit, CPU, switches)
// and channels (the accounting of every item).

#include "core/run/runsummary.h"

namespace proclab::cli {
QString formatRunReport(const RunSummary &summary);
} // namespace proclab::cli
