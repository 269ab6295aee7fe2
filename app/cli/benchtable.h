// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A readable rendering of a benchmark's JSON object: scalars as "key: value" lines,
// arrays of objects as tables. Generic, so new fields in the agent's output show up as-is.

#include "core/bench/benchrunner.h"

namespace proclab::cli {
QString formatBenchTable(const BenchResult &result);
} // namespace proclab::cli
