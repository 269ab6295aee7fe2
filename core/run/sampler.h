// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Samples a live run at a settable rate (default 10 Hz): /proc for every live pid, the
// stats page for wait states, items and channels. Emits one RunSnapshot per tick.

#include "core/run/procfiles.h"
#include "core/run/runsnapshot.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace proclab {

class ProcessBook;
class StatsPageReader;
struct PlanIndex;

class Sampler : public QObject
{
    Q_OBJECT
public:
    struct Sources
    {
        const Scenario *scenario = nullptr;
        ProcessBook *book = nullptr;
        StatsPageReader *stats = nullptr; // may be closed: channels then read zero
        const PlanIndex *plan = nullptr;
        std::function<qint64()> elapsedMs;
        int pgid = 0;     // every process of the run is in this group (pid reuse guard)
        int agentPid = 0; // the run's subreaper: the root's parent and every orphan's adopter
    };

    explicit Sampler(QObject *parent = nullptr);

    void setSources(const Sources &sources);
    void setRate(int hz); // clamped to 1..100
    int rate() const { return m_hz; }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    // One sample now (also used for the final snapshot).
    RunSnapshot sample();

signals:
    void sampled(const proclab::RunSnapshot &snapshot);

private:
    void readProc(ProcessSample &p, bool full);

    QTimer m_timer;
    int m_hz = 10;
    Sources m_src;
    ProcFiles m_files;
    QHash<int, quint64> m_scheduled; // pid -> times scheduled at its last full read
    quint64 m_tick = 0;
    int m_ended = -1; // processes seen exited or reaped at the last tick
};

} // namespace proclab
