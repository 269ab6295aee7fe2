// SPDX-License-Identifier: GPL-3.0-or-later
// shm-buffer with fast=1: the same channel (shared block, head/tail, items with id,
// sequence and checksum, the same accounting) driven by FastRing instead of semaphores and
// a lock. One producer and one consumer (see ipc_fastring.h for why); the plan validation
// refuses more.
#include "core/agent/ipc/ipc_fastring.h"
#include "core/agent/ipc/ipc_item.h"
#include "core/agent/ipc/ipc_worker.h"

#include <cstring>
#include <vector>

namespace proclab::agent {

namespace {

using wire::WaitState;

FastRing ringOf(Worker &w)
{
    ControlHeader *ctl = w.rt.ctl();
    return FastRing({&ctl->head, &ctl->tail, &ctl->consumerAsleep, &ctl->producerAsleep},
                    w.rt.slot(0), static_cast<uint32_t>(w.rt.capacity),
                    static_cast<size_t>(w.rt.itemSize), kPollMs);
}

// A producer waits for room while the agent lives and the consumer has not ended.
bool consumerMayCome(void *context)
{
    auto *w = static_cast<Worker *>(context);
    return agentAlive() && !allConsumersDone(w->rt) && !consumersGone(w->rt);
}

// A consumer waits for items while the agent lives and the producer has not ended.
bool producerMayCome(void *context)
{
    auto *w = static_cast<Worker *>(context);
    return agentAlive() && !allProducersDone(w->rt, &w->cs) && !producersGone(w->rt);
}

int produceFast(Worker &w)
{
    FastRing ring = ringOf(w);
    const long long count = w.count(), rate = w.param(wire::ProcessKey::Rate);
    const uint64_t start = monotonicNs();
    int code = 0;
    for (uint64_t seq = 0; moreToSend(count, seq); ++seq) {
        if (rate > 0)
            ring.settle(); // nextItemDue() may sleep: the consumer must not sleep meanwhile
        if (!nextItemDue(start, rate, seq)) {
            code = 1;
            break;
        }
        bool waited = false;
        unsigned char *slot = ring.claim(consumerMayCome, &w, &waited);
        if (waited) {
            w.cs.waits_full.fetch_add(1, std::memory_order_relaxed);
            w.setWait(WaitState::None);
        }
        if (!slot) {
            // The agent or the consumer is gone: stop, as a pipe's writer gets EPIPE.
            if (agentAlive())
                w.reportPeersGone(Role::Consumer, nullptr);
            code = 1;
            break;
        }
        // Counted first (see Worker::produced), committed by publish() last.
        w.produced();
        fillItem(slot, w.rt.itemSize, static_cast<uint32_t>(w.slot), seq, monotonicNs());
        ring.publish();
        if ((seq & 63) == 0)
            w.cs.fill.store(ring.queued(), std::memory_order_relaxed);
    }
    w.cs.fill.store(ring.queued());
    // Marked done here (again by the agent at reaping, which is harmless) so the consumer,
    // woken now rather than at its next poll, can tell "empty for good" from "empty now".
    markProducerDone(w.channelIndex, w.slot, &w.cs);
    ring.nudgeConsumer();
    return code;
}

int consumeFast(Worker &w)
{
    FastRing ring = ringOf(w);
    const long long holdMs = w.param(wire::ProcessKey::HoldMs),
                    workUs = w.param(wire::ProcessKey::WorkUs);
    std::vector<unsigned char> item(w.rt.itemSize);
    uint64_t taken = 0;
    for (;;) {
        bool waited = false;
        if (!ring.peek(nullptr, nullptr)) {
            if (!allProducersDone(w.rt, &w.cs))
                w.setWait(WaitState::WaitingEmpty);
            waited = true;
        }
        const unsigned char *slot = ring.peek(producerMayCome, &w);
        if (!slot)
            slot = ring.peek(nullptr, nullptr); // published just before the producer ended
        if (waited) {
            if (slot || !allProducersDone(w.rt, &w.cs))
                w.cs.waits_empty.fetch_add(1, std::memory_order_relaxed);
            w.setWait(WaitState::None);
        }
        if (!slot) {
            if (!agentAlive())
                return 1;
            if (!allProducersDone(w.rt, &w.cs))
                w.reportPeersGone(Role::Producer, nullptr); // it died, unreaped yet
            return 0;
        }
        // Hold first, take after: a consumer killed while holding leaves the item in the
        // ring, where the final accounting counts it as left in the channel.
        if (holdMs > 0)
            ring.settle(); // about to sleep: a producer asleep on a full ring is woken first
        sleepMs(holdMs);
        std::memcpy(item.data(), slot, item.size());
        // Named before release() commits the take (the only consumer, so the shared tail
        // is this item's position).
        w.claim(item.data(), w.rt.ctl()->tail.load(std::memory_order_relaxed));
        ring.release();
        if (workUs > 0)
            ring.settle(); // likewise before the simulated work
        if ((taken & 63) == 0)
            w.cs.fill.store(ring.queued(), std::memory_order_relaxed);
        w.record(item.data());
        w.work(workUs);
        if ((++taken & 255) == 0 && !agentAlive())
            return 1;
    }
}

} // namespace

int runShmFastRing(Worker &w, Role role)
{
    return role == Role::Producer ? produceFast(w) : consumeFast(w);
}

} // namespace proclab::agent
