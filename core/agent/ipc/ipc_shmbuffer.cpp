// SPDX-License-Identifier: GPL-3.0-or-later
// The shared-memory ring (shm-buffer). sync=1: the textbook bounded buffer, made robust
// to a process dying anywhere: every decision is taken under the robust mutex from the
// monotonic head/tail counters, and the semaphores only put waiters to sleep (with a
// timeout), so a post lost with a dead process delays a waiter by one timeout instead of
// hanging it. sync=0: the same ring with no lock and no semaphores, so the races are real.
#include "core/agent/ipc/ipc_item.h"
#include "core/agent/ipc/ipc_worker.h"

#include <cstring>
#include <semaphore.h>
#include <vector>

namespace proclab::agent {

namespace {

using wire::WaitState;

constexpr uint64_t kRacyQuietNs = 200000000ULL; // unsynchronised consumer: "nothing moves"
constexpr long long kRacyIdleUs = 100;

// Waits on `sem` for at most one poll period; the outcome does not matter, the caller
// re-checks under the lock.
void napOn(sem_t *sem)
{
    const timespec until = deadlineIn(kPollMs);
    sem_timedwait(sem, &until);
}

int produceSync(Worker &w)
{
    ControlHeader *ctl = w.rt.ctl();
    const long long count = w.count(), rate = w.param(wire::ProcessKey::Rate);
    const uint64_t start = monotonicNs();
    for (uint64_t seq = 0; moreToSend(count, seq); ++seq) {
        if (!nextItemDue(start, rate, seq))
            return 1;
        bool waited = false;
        for (;;) {
            if (sem_trywait(&ctl->empty) != 0) {
                if (!waited)
                    w.cs.waits_full.fetch_add(1);
                waited = true;
                w.setWait(WaitState::WaitingFull);
                napOn(&ctl->empty);
                if (!agentAlive())
                    return 1;
                if (allConsumersDone(w.rt) || consumersGone(w.rt)) {
                    // Nobody will ever take from the ring again: stop, as a pipe's
                    // writer gets EPIPE.
                    w.reportPeersGone(Role::Consumer, nullptr);
                    return 1;
                }
            }
            if (!w.lock())
                return 1;
            const uint64_t head = ctl->head.load(), tail = ctl->tail.load();
            if (head - tail < static_cast<uint64_t>(w.rt.capacity)) {
                // Counted first (see Worker::produced), committed by the head store last.
                w.produced();
                fillItem(w.rt.slot(head), w.rt.itemSize, static_cast<uint32_t>(w.slot), seq,
                         monotonicNs());
                ctl->head.store(head + 1);
                w.cs.fill.store(head + 1 - tail);
                w.unlock();
                sem_post(&ctl->full);
                break;
            }
            w.unlock();
        }
    }
    return 0;
}

int consumeSync(Worker &w)
{
    ControlHeader *ctl = w.rt.ctl();
    const long long holdMs = w.param(wire::ProcessKey::HoldMs),
                    workUs = w.param(wire::ProcessKey::WorkUs);
    std::vector<unsigned char> item(w.rt.itemSize);
    bool waited = false;
    uint64_t taken = 0;
    for (;;) {
        if (sem_trywait(&ctl->full) != 0) {
            // Count the wait only once per item, and not the final one that ends the loop.
            if (!waited && !allProducersDone(w.rt, &w.cs))
                w.cs.waits_empty.fetch_add(1);
            waited = true;
            w.setWait(WaitState::WaitingEmpty);
            napOn(&ctl->full);
            if (!agentAlive())
                return 1;
        }
        // Looked at before the ring: a producer's last commit happens before its exit.
        const bool producersEnded = producersGone(w.rt);
        if (!w.lock())
            return 1;
        const uint64_t head = ctl->head.load(), tail = ctl->tail.load();
        if (head > tail) {
            // Hold first, take after: a consumer killed while holding leaves the item in
            // the ring for the others.
            sleepMs(holdMs);
            std::memcpy(item.data(), w.rt.slot(tail), item.size());
            // Named before the tail moves: from the commit on, a death loses a named item.
            w.claim(item.data(), tail);
            ctl->tail.store(tail + 1);
            w.cs.fill.store(head - tail - 1);
            w.unlock();
            sem_post(&ctl->empty);
            w.record(item.data());
            w.work(workUs);
            waited = false;
            if ((++taken & 255) == 0 && !agentAlive())
                return 1;
            continue;
        }
        const bool done = allProducersDone(w.rt, &w.cs);
        w.unlock();
        if (producersEnded && !done)
            w.reportPeersGone(Role::Producer, nullptr); // a producer died, unreaped yet
        if (done || producersEnded)
            return 0;
    }
}

int produceRacy(Worker &w)
{
    ControlHeader *ctl = w.rt.ctl();
    const long long count = w.count(), rate = w.param(wire::ProcessKey::Rate);
    const uint64_t start = monotonicNs();
    for (uint64_t seq = 0; moreToSend(count, seq); ++seq) {
        if (!nextItemDue(start, rate, seq))
            return 1;
        bool waited = false;
        for (;;) {
            // Check-then-act with no lock: two producers can pick the same slot, and a
            // stale head can be written back. That is the lesson.
            const uint64_t head = ctl->head.load(std::memory_order_relaxed);
            const uint64_t tail = ctl->tail.load(std::memory_order_relaxed);
            const int64_t queued = static_cast<int64_t>(head - tail);
            if (queued < w.rt.capacity) {
                w.produced();
                fillItem(w.rt.slot(head), w.rt.itemSize, static_cast<uint32_t>(w.slot), seq,
                         monotonicNs());
                ctl->head.store(head + 1, std::memory_order_relaxed);
                w.cs.fill.store(queued + 1 > 0 ? static_cast<uint64_t>(queued + 1) : 0);
                break;
            }
            if (!waited)
                w.cs.waits_full.fetch_add(1);
            waited = true;
            w.setWait(WaitState::WaitingFull);
            timespec ts{0, kRacyIdleUs * 1000};
            nanosleep(&ts, nullptr);
            if (!agentAlive())
                return 1;
            if (allConsumersDone(w.rt) || consumersGone(w.rt)) {
                w.reportPeersGone(Role::Consumer, nullptr);
                return 1;
            }
        }
        w.setWait(WaitState::None);
    }
    return 0;
}

int consumeRacy(Worker &w)
{
    ControlHeader *ctl = w.rt.ctl();
    const long long workUs = w.param(wire::ProcessKey::WorkUs),
                    holdMs = w.param(wire::ProcessKey::HoldMs);
    std::vector<unsigned char> item(w.rt.itemSize);
    bool waited = false;
    uint64_t taken = 0;
    uint64_t lastHead = ~uint64_t{0}, lastTail = ~uint64_t{0}, quietSince = monotonicNs();
    for (;;) {
        const uint64_t tail = ctl->tail.load(std::memory_order_relaxed);
        const uint64_t head = ctl->head.load(std::memory_order_relaxed);
        const int64_t queued = static_cast<int64_t>(head - tail);
        if (queued > 0) {
            sleepMs(holdMs);
            std::memcpy(item.data(), w.rt.slot(tail), item.size());
            ctl->tail.store(tail + 1, std::memory_order_relaxed);
            w.cs.fill.store(static_cast<uint64_t>(queued - 1));
            w.setWait(WaitState::None);
            w.record(item.data());
            w.work(workUs);
            waited = false;
            if ((++taken & 255) == 0 && !agentAlive())
                return 1;
            continue;
        }
        // With no lock there is no exact "empty and finished": end once every producer
        // is done and nothing has moved for a while.
        const uint64_t now = monotonicNs();
        if (head != lastHead || tail != lastTail) {
            lastHead = head;
            lastTail = tail;
            quietSince = now;
        } else if ((allProducersDone(w.rt, &w.cs) || producersGone(w.rt)) &&
                   now - quietSince > kRacyQuietNs) {
            return 0;
        }
        if (!waited && !allProducersDone(w.rt, &w.cs))
            w.cs.waits_empty.fetch_add(1);
        waited = true;
        w.setWait(WaitState::WaitingEmpty);
        timespec ts{0, kRacyIdleUs * 1000};
        nanosleep(&ts, nullptr);
        if (!agentAlive())
            return 1;
    }
}

} // namespace

int runShmBuffer(Worker &w, Role role)
{
    const bool sync = w.plan.channels[w.channelIndex].sync;
    if (sync && w.plan.channels[w.channelIndex].fast)
        return runShmFastRing(w, role);
    if (role == Role::Producer)
        return sync ? produceSync(w) : produceRacy(w);
    return sync ? consumeSync(w) : consumeRacy(w);
}

} // namespace proclab::agent
