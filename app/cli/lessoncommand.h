// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>

namespace proclab::cli {
// `lesson list [--json]`, `lesson run ID|FILE [--lang ko|en] [--answer K]... [--json]` and
// `lesson validate FILE...`. run: 0 when every run completed and every figure was measured,
// 1 otherwise, 2 for an invalid lesson file, 64 for a usage error.
int lessonCommand(const QStringList &args);
} // namespace proclab::cli
