// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/planindex.h"

#include <QList>

namespace proclab {

PlanIndex PlanIndex::fromPlan(const QByteArray &plan)
{
    // Lines "channel <index> <id> ..." and "process <index> <id> ..." (wire/proclab_wire.h).
    PlanIndex out;
    for (const QByteArray &line : plan.split('\n')) {
        const QList<QByteArray> t = line.simplified().split(' ');
        if (t.size() < 3)
            continue;
        bool ok = false;
        const int index = t.at(1).toInt(&ok);
        if (!ok)
            continue;
        const QString id = QString::fromUtf8(t.at(2));
        if (t.at(0) == "process")
            out.processes.insert(id, index);
        else if (t.at(0) == "channel")
            out.channels.insert(id, index);
    }
    return out;
}

} // namespace proclab
