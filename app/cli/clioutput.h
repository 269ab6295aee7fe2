// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing to stdout/stderr from the commands (UTF-8, flushed), so JSON and tables never
// interleave with Qt's own logging.

#include <QCoreApplication>
#include <QString>

namespace proclab::cli {

// tr() for the command line's messages (one translation context, "ProcLabCli").
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ProcLabCli)
};

void out(const QString &text); // stdout, no newline added
void err(const QString &text); // stderr, no newline added

// Exit statuses shared by all commands.
enum ExitStatus
{
    Ok = 0,
    Failure = 1,
    InvalidScenario = 2,
    Usage = 64
};

} // namespace proclab::cli
