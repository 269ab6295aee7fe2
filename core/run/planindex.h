// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which wire index the plan gave each process and channel. The plan lists processes
// parents first, not in scenario order, and the stats page is indexed like the plan, so
// the only trustworthy map is the plan text itself.

#include <QByteArray>
#include <QHash>
#include <QString>

namespace proclab {

struct PlanIndex
{
    QHash<QString, int> processes; // node id -> plan index
    QHash<QString, int> channels;  // channel id -> plan index
    static PlanIndex fromPlan(const QByteArray &plan);
    int process(const QString &id) const { return processes.value(id, -1); }
    int channel(const QString &id) const { return channels.value(id, -1); }
};

} // namespace proclab
