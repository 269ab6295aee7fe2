// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Read-only view of a run's stats page (POSIX shm written by the run's processes) and
// the conversion of its raw counters into ChannelSamples: rates from the deltas between
// two samples, p50/p99 from the latency histogram, lost updates of shared counters.

#include "core/agent/wire/proclab_statspage.h"
#include "core/agent/wire/proclab_wire.h"
#include "core/run/runsnapshot.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace proclab {

class StatsPageReader
{
public:
    StatsPageReader() = default;
    ~StatsPageReader();
    StatsPageReader(const StatsPageReader &) = delete;
    StatsPageReader &operator=(const StatsPageReader &) = delete;

    // shm_open(O_RDONLY) + mmap. The mapping stays valid after the agent unlinks the
    // name, which is how the final accounting is read after "finished".
    bool open(const QByteArray &shmName, QString *error);
    void close();
    bool isOpen() const { return m_page != nullptr; }

    // Channel counters by wire index; `elapsedMs` times the rates. Channels past the
    // page's channel_count come back zero.
    ChannelSample sampleChannel(int index, const ChannelSpec &spec, qint64 elapsedMs);
    // The process slot by wire (plan) index; pid 0 until spawned.
    wire::WaitState waitState(int index) const;
    quint64 items(int index) const;
    // The seq of the item a consumer has taken, counted and is working on (the item a
    // death would lose), if any. Stable only while that process is stopped.
    std::optional<quint64> itemInWork(int index) const;

    static LatencyUs latencyFromHistogram(const quint64 *hist, int buckets);

private:
    struct Previous
    {
        quint64 items = 0, bytes = 0;
        qint64 ms = -1;
        double itemsPerS = 0, bytesPerS = 0;
    };
    const wire::StatsPage *m_page = nullptr;
    size_t m_size = 0;
    QList<Previous> m_previous; // per channel index
};

} // namespace proclab
