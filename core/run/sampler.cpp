// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/sampler.h"

#include "core/run/planindex.h"
#include "core/run/processbook.h"
#include "core/run/procreader.h"
#include "core/run/statspagereader.h"

#include <QElapsedTimer>
#include <QSet>
#include <algorithm>

namespace proclab {

namespace {
// Opening a new process's three /proc files costs ~50 us: the 1,000 "spawned" of a large
// tree in one tick stalled the window ~50 ms, 4,096 ~200 ms. Past this much of a tick,
// the processes not opened yet wait for the next tick (they show as sleeping until then).
// 15 ms left too little of a 25 ms turn for the snapshot's other work: at 4,096 processes
// 6 ms halved the turns with 25 ms or more of the GUI's own CPU (146-168 -> 89-92), and
// still opens 100 or so per tick, more than this machine forks.
constexpr qint64 kOpenBudgetNs = 6'000'000;
} // namespace

Sampler::Sampler(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1000 / m_hz);
    connect(&m_timer, &QTimer::timeout, this, [this] { emit sampled(sample()); });
}

void Sampler::setRate(int hz)
{
    m_hz = qBound(1, hz, 100);
    m_timer.setInterval(1000 / m_hz);
}

void Sampler::setSources(const Sources &sources)
{
    m_src = sources;
    m_files.clear();
    m_scheduled.clear();
    m_tick = 0;
    m_ended = -1;
}

void Sampler::start()
{
    m_timer.start();
}

void Sampler::stop()
{
    m_timer.stop();
}

void Sampler::readProc(ProcessSample &p, bool full)
{
    if (p.pid <= 0)
        return;
    if (p.life != ProcessSample::Life::Alive && p.life != ProcessSample::Life::Exited) {
        m_files.forget(p.pid); // reaped: the pid may already belong to someone else
        m_scheduled.remove(p.pid);
        return;
    }
    // A process that has not been on a CPU since its last read cannot have changed its own
    // times, faults, state or memory; schedstat is a fifth of the cost of stat and a tenth
    // of status, which is what lets 1,000 sleeping processes cost little at 10 Hz.
    const std::optional<quint64> scheduled = m_files.timesScheduled(p.pid);
    const auto last = m_scheduled.constFind(p.pid);
    const bool ran = !scheduled || last == m_scheduled.cend() || *last != *scheduled;
    if (!ran && !full)
        return;
    const auto stat = m_files.stat(p.pid);
    // The run's processes all stay in the agent's process group; anything else under
    // this pid is a stranger that got a recycled pid.
    if (!stat || (m_src.pgid > 0 && stat->pgrp != m_src.pgid)) {
        m_files.forget(p.pid);
        m_scheduled.remove(p.pid);
        return;
    }
    p.state = stat->state;
    p.ppid = stat->ppid;
    p.cpu = stat->processor;
    p.utimeMs = stat->utimeMs;
    p.stimeMs = stat->stimeMs;
    p.minorFaults = stat->minorFaults;
    p.comm = QString::fromUtf8(stat->comm); // a zombie keeps its last name
    if (stat->state == QLatin1Char('Z') || stat->state == QLatin1Char('X')) {
        p.life = ProcessSample::Life::Exited; // dead, not yet reaped by its parent
        p.rssKb = 0;
        return;
    }
    p.rssKb = stat->rssKb;
    p.maxRssKb = qMax(p.maxRssKb, p.rssKb);
    if (!ran)
        return;
    // Only status has the context switches and the peak memory, and only running changes them.
    if (const auto status = m_files.status(p.pid)) {
        p.voluntaryCtxt = status->voluntaryCtxt;
        p.nonvoluntaryCtxt = status->nonvoluntaryCtxt;
        p.maxRssKb = qMax(p.maxRssKb, status->hwmKb);
    }
    if (scheduled)
        m_scheduled.insert(p.pid, *scheduled);
}

RunSnapshot Sampler::sample()
{
    RunSnapshot snap;
    snap.elapsedMs = m_src.elapsedMs ? m_src.elapsedMs() : 0;
    snap.agentPid = m_src.agentPid;
    if (m_src.book) {
        QList<ProcessSample> &processes = m_src.book->processes();
        // What a process cannot change itself: its parent (an orphan is adopted while it
        // sleeps). So after any process ended, the children it had are read in full (all of
        // a 4,096-process tree's were, at every tick of its end: 4,096 reads of stat),
        // everyone at the final sample, and otherwise a tenth (at 10 Hz) per tick, i.e.
        // once a second.
        const auto hasEnded = [](const ProcessSample &p) {
            return p.life == ProcessSample::Life::Exited || p.life == ProcessSample::Life::Reaped;
        };
        const int ended = int(std::count_if(processes.cbegin(), processes.cend(), hasEnded));
        const bool someEnded = ended != m_ended;
        m_ended = ended;
        QSet<int> endedPids;
        if (someEnded)
            for (const ProcessSample &p : std::as_const(processes))
                if (hasEnded(p))
                    endedPids.insert(p.pid);
        const auto orphanedNow = [&](const ProcessSample &p) {
            return someEnded && (p.ppid <= 0 || endedPids.contains(p.ppid));
        };
        const bool final = !m_timer.isActive(); // the accounting: everyone, however long
        const quint64 tick = m_tick++;
        QElapsedTimer spent;
        spent.start();
        for (qsizetype i = 0; i < processes.size(); ++i) {
            ProcessSample &p = processes[i];
            if (final || !m_files.wouldOpen(p.pid) || spent.nsecsElapsed() < kOpenBudgetNs)
                readProc(p, final || orphanedNow(p) || (quint64(i) + tick) % quint64(m_hz) == 0);
            if (m_src.stats && m_src.plan) {
                const int index = m_src.plan->process(p.node);
                if (p.life != ProcessSample::Life::Reaped)
                    p.waitState = quint32(m_src.stats->waitState(index));
                p.items = qMax(p.items, m_src.stats->items(index));
            }
        }
        snap.processes = processes;
    }
    if (m_src.scenario && m_src.stats && m_src.plan) {
        for (const ChannelSpec &c : m_src.scenario->channels)
            snap.channels.append(
                m_src.stats->sampleChannel(m_src.plan->channel(c.id), c, snap.elapsedMs));
    }
    if (!m_timer.isActive())
        m_files.clear(); // the final sample: give the descriptors back
    return snap;
}

} // namespace proclab
