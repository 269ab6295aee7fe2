// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// proclab-cli links core only: `run --json`, `validate`, `lesson`, `bench` draw nothing and
// need no GUI library. A command line that draws (--chart, or --csv, which shares the
// charts' history) is handed to proclab-cli-charts — the same commands built with the
// charts extension and Qt Widgets — by exec(): same process, same arguments, same output
// and exit status. Installed it lives in libexec/proclab, in the build tree beside us.

namespace proclab::cli {

bool wantsCharts(int argc, char **argv);
// Replaces this process with proclab-cli-charts (needs the QCoreApplication to find it);
// returns only on failure, with the exit status to use (the reason is on stderr).
int execChartsCli(char **argv);

} // namespace proclab::cli
