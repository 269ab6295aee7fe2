// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>

namespace proclab::cli {
// `validate FILE...`: 0 when every file is valid, else prints "file: path: message" per
// error on stderr and returns 2.
int validateCommand(const QStringList &args);
} // namespace proclab::cli
