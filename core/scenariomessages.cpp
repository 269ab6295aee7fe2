#include "scenariomessages.h"

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

QString quotedNames(const QStringList &names)
{
    QStringList parts;
    for (const QString &n : names)
        parts.append(u'"' + n + u'"');
    return parts.join(QStringLiteral(", "));
}

} // namespace proclab
