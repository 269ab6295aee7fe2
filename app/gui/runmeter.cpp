// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/runmeter.h"

#include "core/run/runcontroller.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace proclab {

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

bool RunMeter::requested()
{
    return qEnvironmentVariableIntValue("PROCLAB_MEASURE_RUN") == 1;
}

RunMeter::RunMeter(RunController *run, QObject *parent) : QObject(parent), m_run(run)
{
    m_clock.start();
    m_heartbeat.setTimerType(Qt::PreciseTimer);
    m_heartbeat.setInterval(10);
    connect(&m_heartbeat, &QTimer::timeout, this, &RunMeter::beat);
    connect(run, &RunController::started, this, [this] {
        m_startedAtMs = m_clock.elapsed();
        m_lastBeatMs = m_startedAtMs;
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
    m_longestMs = std::max(m_longestMs, now - m_lastBeatMs);
    m_lastBeatMs = now;
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
                 "longest_stall_ms=%lld gui_cpu_s=%.2f gui_cpu_share=%.3f snapshots=%d\n",
                 outcome, static_cast<long long>(m_run->scenario().processes.size()),
                 static_cast<long long>(std::max<qint64>(m_startedAtMs, 0)), runS,
                 static_cast<long long>(m_longestMs), cpu, runS > 0 ? cpu / runS : 0.0,
                 m_snapshots);
    std::fflush(stderr);
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace proclab
