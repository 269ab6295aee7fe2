// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For tools/bench only (PROCLAB_MEASURE_RUN=1 with --run): what a learner would feel while
// a large run is shown. A 10 ms heartbeat measures the longest time the event loop went
// without turning while the run was active (and the most CPU the GUI thread itself spent
// between two beats: what a stall would be without other load; for the longest stall, its
// own CPU and its wait for a CPU, which tell work from preemption), getrusage() the GUI's CPU
// over the run. When the run ends it prints one line on stderr and quits the application.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace proclab {

class RunController;

class RunMeter : public QObject
{
    Q_OBJECT
public:
    explicit RunMeter(RunController *run, QObject *parent = nullptr);
    static bool requested(); // PROCLAB_MEASURE_RUN=1

private:
    void beat();
    void report(const char *outcome);

    RunController *m_run;
    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_lastBeatMs = 0;
    qint64 m_longestMs = 0;    // while the run is active
    qint64 m_longestEndMs = 0; // when that stall ended
    qint64 m_lastBeatCpuUs = 0;
    static constexpr qint64 kBusyTurnUs = 25000;
    int m_busyTurns = 0;          // heartbeat intervals with at least kBusyTurnUs of own CPU
    qint64 m_busiestUs = 0;       // most CPU the GUI thread spent between two heartbeats
    qint64 m_lastBeatDelayUs = 0; // the GUI thread's run-queue wait so far (schedstat)
    qint64 m_longestCpuUs = 0;    // the longest stall: the GUI thread's own CPU in it
    qint64 m_longestWaitUs = 0;   // and its wait for a CPU while runnable (-1: unknown)
    qint64 m_startedAtMs = -1;    // "started": the agent is ready and the processes fork
    double m_cpuAtStart = 0;      // seconds of CPU of this process at "started"
    int m_snapshots = 0;
    bool m_listStalls = false; // PROCLAB_MEASURE_STALLS=1
};

} // namespace proclab
