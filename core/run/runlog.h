// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "proclab.run" logging category: everything the run side reports (errors carry errno).
// Enable with QT_LOGGING_RULES="proclab.run.debug=true".

#include <QLoggingCategory>

namespace proclab {
Q_DECLARE_LOGGING_CATEGORY(lcRun)
// "what: strerror(errno) (errno N)" for log lines and failure reasons.
QString errnoText(const QString &what, int err);
} // namespace proclab
