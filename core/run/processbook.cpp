// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/processbook.h"

#include "core/run/wirewords.h"

namespace proclab {

void ProcessBook::reset(const Scenario &scenario)
{
    m_processes.clear();
    m_index.clear();
    m_firstPpid.clear();
    m_processes.reserve(scenario.processes.size());
    m_index.reserve(scenario.processes.size());
    for (const ProcessSpec &p : scenario.processes) {
        ProcessSample s;
        s.node = p.id;
        s.parentNode = p.parent;
        m_index.insert(p.id, int(m_processes.size()));
        m_processes.append(s);
    }
}

ProcessSample *ProcessBook::find(const QString &node)
{
    const int i = m_index.value(node, -1);
    return i < 0 ? nullptr : &m_processes[i];
}

void ProcessBook::apply(const RunEvent &e)
{
    using K = RunEvent::Kind;
    if ((e.kind == K::Paused || e.kind == K::Resumed) && e.node == wireAllNodes()) {
        for (ProcessSample &p : m_processes) {
            if (p.life == ProcessSample::Life::Alive || p.life == ProcessSample::Life::Exited)
                p.paused = e.kind == K::Paused;
        }
        return;
    }
    ProcessSample *p = find(e.node);
    if (!p)
        return;
    switch (e.kind) {
    case K::Spawned:
        p->pid = e.pid;
        p->ppid = e.ppid;
        p->life = ProcessSample::Life::Alive;
        // A node spawned again (a pre-fork master's replacement) starts a new life.
        p->exitCode.reset();
        p->exitSignal.reset();
        p->killedByUser = false;
        if (!m_firstPpid.contains(e.node))
            m_firstPpid.insert(e.node, e.ppid);
        break;
    case K::Exited:
        // The agent reports an exit once the process has been reaped.
        p->life = ProcessSample::Life::Reaped;
        p->exitCode = e.code;
        p->exitSignal = e.signal;
        p->state = QChar();
        p->paused = false;
        p->waitState = 0;
        break;
    case K::Zombie:
        // Ended; the pid stays taken until the parent reaps it.
        if (p->life == ProcessSample::Life::Alive) {
            p->life = ProcessSample::Life::Exited;
            p->state = QLatin1Char('Z');
            p->ppid = e.ppid;
        }
        break;
    case K::Exec:
        p->program = e.message;
        break;
    case K::Reparented:
        p->ppid = e.ppid;
        p->reparented = true;
        break;
    case K::Killed:
        p->killedByUser = true;
        break;
    case K::Paused:
        p->paused = true;
        break;
    case K::Resumed:
        p->paused = false;
        break;
    default:
        break;
    }
}

} // namespace proclab
