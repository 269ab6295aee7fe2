// SPDX-License-Identifier: GPL-3.0-or-later
// mailbox: a named POSIX message queue with any number of senders and receivers.
// Every send and receive is timed (kPollMs) so nobody outlives the agent or hangs on a
// queue whose other side is gone.
#include "core/agent/ipc/ipc_item.h"
#include "core/agent/ipc/ipc_worker.h"

#include <cerrno>
#include <cstring>
#include <mqueue.h>
#include <semaphore.h>
#include <vector>

namespace proclab::agent {

namespace {

using wire::WaitState;

void updateFill(Worker &w)
{
    mq_attr attr{};
    if (mq_getattr(w.rt.mq, &attr) == 0)
        w.cs.fill.store(static_cast<uint64_t>(attr.mq_curmsgs));
}

long queued(const Worker &w)
{
    mq_attr attr{};
    return mq_getattr(w.rt.mq, &attr) == 0 ? attr.mq_curmsgs : 0;
}

int produce(Worker &w)
{
    const long long count = w.count(), rate = w.param(wire::ProcessKey::Rate);
    std::vector<unsigned char> item(w.rt.itemSize);
    const uint64_t start = monotonicNs();
    for (uint64_t seq = 0; moreToSend(count, seq); ++seq) {
        if (!nextItemDue(start, rate, seq))
            return 1;
        fillItem(item.data(), w.rt.itemSize, static_cast<uint32_t>(w.slot), seq, monotonicNs());
        w.produced(); // before the send, see Worker::produced
        bool waited = false;
        // First try without waiting (a deadline already past), then in kPollMs steps.
        timespec until{0, 0};
        while (mq_timedsend(w.rt.mq, reinterpret_cast<const char *>(item.data()), item.size(), 0,
                            &until) != 0) {
            if (errno != ETIMEDOUT && errno != EINTR && errno != EAGAIN) {
                w.unproduced();
                return 2;
            }
            if (!agentAlive()) {
                w.unproduced();
                return 1;
            }
            // Consumers end by themselves only once every producer is done, so while this
            // one still sends, "all done" (reaped) or "all gone" (unreaped) means dead.
            if (allConsumersDone(w.rt) || consumersGone(w.rt)) {
                // No receiver will ever take from the full queue: stop, as a pipe's
                // writer gets EPIPE.
                w.reportPeersGone(Role::Consumer, nullptr);
                w.unproduced();
                return 1;
            }
            if (!waited)
                w.cs.waits_full.fetch_add(1);
            waited = true;
            w.setWait(WaitState::WaitingFull);
            until = deadlineIn(kPollMs);
        }
        updateFill(w);
        if (w.syncSend() && !w.awaitAck())
            return 1;
        w.setWait(WaitState::None);
    }
    return 0;
}

// Before each receive: the buffer holds no item (a zero header fails itemIntact), then the
// claim says "a message taken into it is not counted yet". mq_receive() either dequeues
// and copies a message (a SIGKILL waits until the system call returns) or takes nothing,
// so if this process dies before record() clears the claim, the agent finds either no item
// (the message is still queued) or the whole message it took (reportInFlight).
void armReceive(Worker &w, unsigned char *buffer)
{
    std::memset(buffer, 0, kItemHeaderBytes);
    w.ps.in_flight_claim.store(1, std::memory_order_release);
}

int consumeMessages(Worker &w)
{
    const long long holdMs = w.param(wire::ProcessKey::HoldMs),
                    workUs = w.param(wire::ProcessKey::WorkUs);
    // Received straight into the channel's shared block, not a private buffer: see armReceive.
    unsigned char *item = w.rt.receiveSlot(w.slot);
    const size_t size = static_cast<size_t>(w.rt.itemSize);
    bool waited = false;
    for (uint64_t taken = 0;;) {
        armReceive(w, item);
        // Not waiting yet: a deadline already past, so an empty queue answers at once.
        const timespec until = waited ? deadlineIn(kPollMs) : timespec{0, 0};
        const ssize_t n =
            mq_timedreceive(w.rt.mq, reinterpret_cast<char *>(item), size, nullptr, &until);
        if (n == static_cast<ssize_t>(size)) {
            w.setWait(WaitState::None);
            updateFill(w);
            // Counted only after the hold: a death in it loses this message, by name.
            sleepMs(holdMs);
            const int producer = w.record(item);
            if (w.syncSend() && producer >= 0)
                sem_post(&w.rt.ack()[producer]);
            w.work(workUs);
            waited = false;
            if ((++taken & 255) == 0 && !agentAlive())
                return 1;
            continue;
        }
        if (n >= 0) {
            // Not one of our items (wrong size): taken, and corrupted.
            w.ps.in_flight_claim.store(0, std::memory_order_relaxed);
            w.cs.consumed.fetch_add(1);
            w.cs.corrupted.fetch_add(1);
            continue;
        }
        if (errno != ETIMEDOUT && errno != EINTR && errno != EAGAIN)
            return 2;
        // Done-flags first, then the queue: producers mark themselves done after their
        // last send, so "all done and empty" cannot miss a message.
        const bool producersEnded = producersGone(w.rt);
        const bool done = allProducersDone(w.rt, &w.cs);
        if ((done || producersEnded) && queued(w) == 0) {
            if (!done)
                w.reportPeersGone(Role::Producer, nullptr); // a producer died, unreaped yet
            return 0;
        }
        if (!agentAlive())
            return 1;
        if (!waited)
            w.cs.waits_empty.fetch_add(1);
        waited = true;
        w.setWait(WaitState::WaitingEmpty);
    }
}

int consume(Worker &w)
{
    const int code = consumeMessages(w);
    // Ending with nothing taken: no claim for the agent to look into.
    w.ps.in_flight_claim.store(0, std::memory_order_release);
    return code;
}

} // namespace

int runMailbox(Worker &w, Role role)
{
    if (w.rt.mq == (mqd_t)-1)
        return 2;
    return role == Role::Producer ? produce(w) : consume(w);
}

} // namespace proclab::agent
