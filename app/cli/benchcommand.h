// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>

namespace proclab::cli {
// `bench ctxswitch|ipc [--json] [ARGS...]`: runs the agent's benchmark (ARGS pass through)
// and prints a table, or with --json the agent's JSON object as it is.
int benchCommand(const QStringList &args);
} // namespace proclab::cli
