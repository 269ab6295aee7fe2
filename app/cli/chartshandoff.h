// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// proclab-cli links core only: run --json, --csv-free runs, validate and bench draw
// nothing and need no GUI library. A command line that asks for drawing (--chart, or
// --csv, which shares the charts' history) is handed to proclab-cli-charts, the same
// commands built with the charts extension and Qt Widgets, by exec() before anything else
// happens: same process, same arguments, same output and exit status.

namespace proclab::cli {

bool wantsCharts(int argc, char **argv);
// Replaces this process with proclab-cli-charts beside it; returns only on failure, with
// the exit status to use (the reason is on stderr).
int execChartsCli(char **argv);

} // namespace proclab::cli
