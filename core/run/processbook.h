// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The run's processes in scenario order, kept up to date from the agent's events
// (pid, parent, life, exit, kills, pauses). The sampler adds what /proc says.

#include "core/run/runsnapshot.h"

#include <QHash>
#include <QList>

namespace proclab {

class ProcessBook
{
public:
    void reset(const Scenario &scenario);
    void apply(const RunEvent &event);

    QList<ProcessSample> &processes() { return m_processes; }
    const QList<ProcessSample> &processes() const { return m_processes; }
    ProcessSample *find(const QString &node);
    // The parent pid at spawn, i.e. the process that forked it (0 if never spawned).
    int forkingParentPid(const QString &node) const { return m_firstPpid.value(node); }

private:
    QList<ProcessSample> m_processes;
    QHash<QString, int> m_index;
    QHash<QString, int> m_firstPpid;
};

} // namespace proclab
