// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/runlog.h"

#include <cstring>

namespace proclab {

Q_LOGGING_CATEGORY(lcRun, "proclab.run", QtInfoMsg)

QString errnoText(const QString &what, int err)
{
    return what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(err)) +
           QStringLiteral(" (errno ") + QString::number(err) + QLatin1Char(')');
}

} // namespace proclab
