// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>

namespace proclab::cli {
// `run FILE|EXAMPLE [--duration SECONDS] [--sample-rate HZ] [--json]` plus the options of any
// registered CliExtension. 0 when the run completed, 2 for an invalid file, 1 otherwise.
int runCommand(const QStringList &args);
} // namespace proclab::cli
