// SPDX-License-Identifier: GPL-3.0-or-later
// The shared counter (shm-counter): `increment` does count read-modify-writes of one
// 64-bit value. sync=0 leaves a short gap between the read and the write, so on two cores
// updates are really lost; sync=1 does the same inside the robust mutex.
#include "core/agent/ipc/ipc_item.h"
#include "core/agent/ipc/ipc_worker.h"

namespace proclab::agent {

namespace {
constexpr long long kGapUs = 1; // read ... write window of the unsynchronised update
}

int runCounter(Worker &w)
{
    ControlHeader *ctl = w.rt.ctl();
    const bool sync = w.plan.channels[w.channelIndex].sync;
    const long long count = w.count(), rate = w.param("rate"), holdMs = w.param("hold_ms");
    const uint64_t start = monotonicNs();
    for (uint64_t n = 0; moreToSend(count, n); ++n) {
        if (!nextItemDue(start, rate, n))
            return 1;
        if (sync && !w.lock())
            return 1;
        // Deliberately not an atomic increment: a plain load, a pause, a plain store.
        const uint64_t value = ctl->counter.load(std::memory_order_relaxed);
        spinUs(kGapUs);
        sleepMs(holdMs);
        ctl->counter.store(value + 1, std::memory_order_relaxed);
        if (sync)
            w.unlock();
        w.cs.expected.fetch_add(1, std::memory_order_relaxed);
        w.cs.actual.store(ctl->counter.load(std::memory_order_relaxed), std::memory_order_relaxed);
        w.ps.items.fetch_add(1, std::memory_order_relaxed);
    }
    return 0;
}

} // namespace proclab::agent
