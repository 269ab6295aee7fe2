// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The stats page: the run's counters in POSIX shared memory (mode 0600), written by the
// run's processes and the agent, mapped read-only by core (its name arrives in the "ready"
// event, see proclab_wire.h). Plain C++ only, like the rest of the wire: both sides include
// it. Apart from the protocol's words because it is a memory layout, not text: changing it
// means bumping StatsPage::kVersion, which core checks when it maps the page.

#include "core/agent/wire/proclab_wire.h"

#include <atomic>
#include <cstdint>

namespace proclab::wire {

enum class WaitState : uint32_t
{
    None = 0,
    WaitingFull = 1,  // producer blocked: no free slot / queue full
    WaitingEmpty = 2, // consumer blocked: nothing to take
    HoldingLock = 3,  // inside the channel's critical section
    WaitingAck = 4,   // synchronous sender waiting for the receiver's acknowledgement
};

// Latency histogram: bucket index from nanoseconds, 4 sub-buckets per power of two,
// so p50/p99 are exact to within about 19%.
inline int latencyBucket(uint64_t ns)
{
    if (ns < 4)
        return static_cast<int>(ns);
    const int msb = 63 - __builtin_clzll(ns);
    const int sub = static_cast<int>((ns >> (msb - 2)) & 3);
    const int b = msb * 4 + sub - 4;
    return b < kLatencyBuckets ? b : kLatencyBuckets - 1;
}
// Lower bound, in ns, of a bucket (inverse of latencyBucket).
inline uint64_t latencyBucketFloor(int b)
{
    if (b < 4)
        return static_cast<uint64_t>(b);
    const int msb = (b + 4) / 4;
    const int sub = (b + 4) % 4;
    return (uint64_t{1} << msb) | (uint64_t(sub) << (msb - 2));
}

// Counters of one channel. Written by the run's processes with relaxed atomics;
// read by core at the sampling rate. Lock-free 64-bit atomics are address-free on
// Linux/x86-64 and aarch64, so they work in shared memory across processes.
struct ChannelStats
{
    std::atomic<uint64_t> produced;        // items a producer committed to the channel
    std::atomic<uint64_t> consumed;        // items a consumer took out (valid or not)
    std::atomic<uint64_t> duplicated;      // valid items whose (producer, seq) was seen before
    std::atomic<uint64_t> corrupted;       // items failing the checksum or header check
    std::atomic<uint64_t> lost;            // final: produced - unique consumed - left_in_channel
    std::atomic<uint64_t> left_in_channel; // final: items still queued when the run ended
    std::atomic<uint64_t> bytes_consumed;
    std::atomic<uint64_t> waits_full;  // times a producer had to block
    std::atomic<uint64_t> waits_empty; // times a consumer had to block
    std::atomic<uint64_t> fill;        // items currently queued (gauge)
    std::atomic<uint64_t> capacity;
    std::atomic<uint64_t> producers_total;
    std::atomic<uint64_t> producers_done;  // finished or dead (set by the agent on death)
    std::atomic<uint64_t> lock_recoveries; // EOWNERDEAD repairs
    // Shared counter channels only:
    std::atomic<uint64_t> expected; // increments the processes performed
    std::atomic<uint64_t> actual;   // the counter's value
    std::atomic<uint32_t> final_;   // 1 once the agent wrote the final accounting
    std::atomic<uint32_t> pad_;
    std::atomic<uint64_t> latency_hist[kLatencyBuckets];
};

struct ProcessStats
{
    std::atomic<int32_t> pid;         // 0 until spawned
    std::atomic<uint32_t> wait_state; // WaitState
    std::atomic<uint64_t> items;      // items produced or consumed or increments done
    // A consumer's item in flight: taken out of the channel, its work not finished yet. If the
    // process dies now, this is the item lost with it. in_flight_producer = the item's
    // producer (its slot among the channel's producers) + 1, 0 = nothing in flight.
    std::atomic<uint32_t> in_flight_producer;
    std::atomic<uint64_t> in_flight_seq;
    // Shared-memory rings: the ring position being taken + 1, from just before the take is
    // committed (the ring's tail moves past it) until the consumer has counted the item;
    // 0 otherwise. A consumer killed in between leaves it set, so the agent can tell an item
    // still in the ring (tail not past it) from one taken but not yet counted.
    // Mailboxes: 1 from just before each receive until the message taken is counted; the
    // agent then finds a message the consumer died with in its receive buffer.
    std::atomic<uint64_t> in_flight_claim;
};

struct StatsPage
{
    static constexpr uint32_t kMagic = 0x504c4142; // "PLAB"
    static constexpr uint32_t kVersion = 3;        // 2: in-flight items per process; 3: their claim
    uint32_t magic;
    uint32_t version;
    uint32_t channel_count;
    uint32_t process_count;
    ChannelStats channels[kMaxChannels];
    ProcessStats processes[kHardMaxProcesses];
};

static_assert(std::atomic<uint64_t>::is_always_lock_free);
static_assert(std::atomic<uint32_t>::is_always_lock_free);

} // namespace proclab::wire
