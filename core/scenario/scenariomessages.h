// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Messages that both the parser (on the file) and the validator (on a model) report, so a
// problem reads the same whichever of them found it.

#include "core/scenario/scenariolimits.h"

#include <QString>

namespace proclab {

QString outOfRangeMessage(const QString &field, qint64 value, ValueRange range);
QString badSignalMessage(qint64 value);
// "unknown <what> "<name>"; did you mean "<closest>"?" or the list of known names.
QString unknownNameMessage(const QString &what, const QString &name, const QStringList &known);
QString quotedNames(const QStringList &names); // "a", "b", "c"

} // namespace proclab
