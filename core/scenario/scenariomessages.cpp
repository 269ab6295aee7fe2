// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenariomessages.h"

#include "core/scenario/jsonfieldreader.h"

#include <QCoreApplication>
#include <QStringList>

namespace proclab {

QString outOfRangeMessage(const QString &field, qint64 value, ValueRange range)
{
    return QCoreApplication::translate("ScenarioValidator",
                                       "\"%1\" must be between %2 and %3, not %4")
        .arg(field)
        .arg(range.min)
        .arg(range.max)
        .arg(value);
}

QString badSignalMessage(qint64 value)
{
    QStringList allowed;
    for (int s : crashSignals())
        allowed.append(QStringLiteral("%1 (%2)").arg(s).arg(signalName(s)));
    return QCoreApplication::translate("ScenarioValidator", "\"signal\" must be one of %1, not %2")
        .arg(allowed.join(QStringLiteral(", ")))
        .arg(value);
}

QString unknownNameMessage(const QString &what, const QString &name, const QStringList &known)
{
    const QString suggestion = closestName(name, known);
    if (!suggestion.isEmpty()) {
        return QCoreApplication::translate("ScenarioValidator",
                                           "unknown %1 \"%2\"; did you mean \"%3\"?")
            .arg(what, name, suggestion);
    }
    return QCoreApplication::translate("ScenarioValidator", "unknown %1 \"%2\" (known: %3)")
        .arg(what, name, quotedNames(known));
}

QString quotedNames(const QStringList &names)
{
    QStringList parts;
    for (const QString &n : names)
        parts.append(u'"' + n + u'"');
    return parts.join(QStringLiteral(", "));
}

} // namespace proclab
