// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/runmeter.h"

#include "core/run/runcontroller.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace proclab {

namespace {

double cpuSeconds() // of the whole process, every thread
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

qint64 threadCpuUs() // the GUI thread's own CPU: what a stall costs apart from other load
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

// How long the GUI thread has waited, runnable, for a CPU (the second field of schedstat):
// the part of a stall that is other programs' doing, not the GUI's own work. -1 without
// schedstats.
qint64 threadRunDelayUs()
{
    std::FILE *f = std::fopen("/proc/thread-self/schedstat", "re");
    if (!f)
        return -1;
    unsigned long long run = 0, wait = 0;
    const bool ok = std::fscanf(f, "%llu %llu", &run, &wait) == 2;
    std::fclose(f);
    return ok ? qint64(wait / 1000) : -1;
}

} // namespace

bool RunMeter::requested()
{
    return qEnvironmentVariableIntValue("PROCLAB_MEASURE_RUN") == 1;
}

RunMeter::RunMeter(RunController *run, QObject *parent) : QObject(parent), m_run(run)
{
    m_clock.start();
    m_listStalls = qEnvironmentVariableIntValue("PROCLAB_MEASURE_STALLS") == 1;
    m_heartbeat.setTimerType(Qt::PreciseTimer);
    m_heartbeat.setInterval(10);
    connect(&m_heartbeat, &QTimer::timeout, this, &RunMeter::beat);
    connect(run, &RunController::started, this, [this] {
        m_startedAtMs = m_clock.elapsed();
        m_lastBeatMs = m_startedAtMs;
        m_lastBeatCpuUs = threadCpuUs();
        m_lastBeatDelayUs = threadRunDelayUs();
        m_cpuAtStart = cpuSeconds();
        m_heartbeat.start();
    });
    connect(run, &RunController::snapshotReady, this, [this] { ++m_snapshots; });
    connect(run, &RunController::finished, this, [this] { report("finished"); });
    connect(run, &RunController::failed, this, [this] { report("failed"); });
}

void RunMeter::beat()
{
    const qint64 now = m_clock.elapsed();
    const qint64 cpuUs = threadCpuUs();
    const qint64 delayUs = threadRunDelayUs();
    m_busiestUs = std::max(m_busiestUs, cpuUs - m_lastBeatCpuUs);
    // The longest stall is one sample of a noisy maximum; how often the GUI's own work
    // between two heartbeats passed half the 50 ms aim says more from run to run.
    m_busyTurns += cpuUs - m_lastBeatCpuUs >= kBusyTurnUs;
    if (now - m_lastBeatMs > m_longestMs) {
        m_longestMs = now - m_lastBeatMs;
        m_longestEndMs = now;
        m_longestCpuUs = cpuUs - m_lastBeatCpuUs;
        m_longestWaitUs = delayUs < 0 ? -1 : delayUs - m_lastBeatDelayUs;
    }
    // PROCLAB_MEASURE_STALLS=1: every stall over 30 ms, with its CLOCK_MONOTONIC end, to
    // cut a `perf record -k CLOCK_MONOTONIC` profile down to it (perf report --time).
    if (m_listStalls && now - m_lastBeatMs > 30)
        std::fprintf(stderr,
                     "stall %lld ms ending at %.3f s (monotonic %.3f): GUI thread CPU %.1f ms, "
                     "waiting for a CPU %.1f ms\n",
                     static_cast<long long>(now - m_lastBeatMs), double(now - m_startedAtMs) / 1000,
                     double(m_clock.msecsSinceReference() + now) / 1000,
                     double(cpuUs - m_lastBeatCpuUs) / 1000,
                     double(delayUs - m_lastBeatDelayUs) / 1000);
    m_lastBeatMs = now;
    m_lastBeatCpuUs = cpuUs;
    m_lastBeatDelayUs = delayUs;
}

void RunMeter::report(const char *outcome)
{
    beat();
    m_heartbeat.stop();
    const qint64 now = m_clock.elapsed();
    const double runS = m_startedAtMs < 0 ? 0 : double(now - m_startedAtMs) / 1000;
    const double cpu = m_startedAtMs < 0 ? 0 : cpuSeconds() - m_cpuAtStart;
    // One line, key=value, for tools/bench to read (not a user-facing text).
    std::fprintf(stderr,
                 "proclab-run-meter outcome=%s processes=%lld open_ms=%lld run_s=%.2f "
                 "longest_stall_ms=%lld longest_stall_end_s=%.2f longest_stall_cpu_ms=%.1f "
                 "longest_stall_wait_ms=%.1f busiest_turn_ms=%.1f turns_over_25ms=%d "
                 "gui_cpu_s=%.2f gui_cpu_share=%.3f snapshots=%d\n",
                 outcome, static_cast<long long>(m_run->scenario().processes.size()),
                 static_cast<long long>(std::max<qint64>(m_startedAtMs, 0)), runS,
                 static_cast<long long>(m_longestMs),
                 m_startedAtMs < 0 ? 0.0 : double(m_longestEndMs - m_startedAtMs) / 1000,
                 double(m_longestCpuUs) / 1000, double(m_longestWaitUs) / 1000,
                 double(m_busiestUs) / 1000, m_busyTurns, cpu, runS > 0 ? cpu / runS : 0.0,
                 m_snapshots);
    std::fflush(stderr);
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace proclab
