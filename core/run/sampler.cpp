// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/sampler.h"

#include "core/run/planindex.h"
#include "core/run/processbook.h"
#include "core/run/procreader.h"
#include "core/run/statspagereader.h"

namespace proclab {

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

void Sampler::start()
{
    m_timer.start();
}

void Sampler::stop()
{
    m_timer.stop();
}

void Sampler::readProc(ProcessSample &p) const
{
    if (p.pid <= 0)
        return;
    if (p.life != ProcessSample::Life::Alive && p.life != ProcessSample::Life::Exited)
        return; // reaped: the pid may already belong to someone else
    const auto stat = readProcStat(p.pid);
    // The run's processes all stay in the agent's process group; anything else under
    // this pid is a stranger that got a recycled pid.
    if (!stat || (m_src.pgid > 0 && stat->pgrp != m_src.pgid))
        return;
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
    if (const auto status = readProcStatus(p.pid)) {
        p.voluntaryCtxt = status->voluntaryCtxt;
        p.nonvoluntaryCtxt = status->nonvoluntaryCtxt;
        p.rssKb = status->rssKb;
        p.maxRssKb = qMax(p.maxRssKb, status->hwmKb);
    }
}

RunSnapshot Sampler::sample()
{
    RunSnapshot snap;
    snap.elapsedMs = m_src.elapsedMs ? m_src.elapsedMs() : 0;
    snap.agentPid = m_src.agentPid;
    if (m_src.book) {
        for (ProcessSample &p : m_src.book->processes()) {
            readProc(p);
            if (m_src.stats && m_src.plan) {
                const int index = m_src.plan->process(p.node);
                if (p.life != ProcessSample::Life::Reaped)
                    p.waitState = quint32(m_src.stats->waitState(index));
                p.items = qMax(p.items, m_src.stats->items(index));
            }
        }
        snap.processes = m_src.book->processes();
    }
    if (m_src.scenario && m_src.stats && m_src.plan) {
        for (const ChannelSpec &c : m_src.scenario->channels)
            snap.channels.append(
                m_src.stats->sampleChannel(m_src.plan->channel(c.id), c, snap.elapsedMs));
    }
    return snap;
}

} // namespace proclab
