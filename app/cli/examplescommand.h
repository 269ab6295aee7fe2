// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>

namespace proclab::cli {
// `examples`: the shipped example scenarios, one a line: the name `run` accepts and the
// first sentence of the description. 0, or 1 when no example could be found.
int examplesCommand(const QStringList &args);

// FILE, or the shipped example of that name when FILE is no file ("binary-tree").
QString scenarioPathFor(const QString &fileOrExample);
} // namespace proclab::cli
