// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/ipc/ipc_worker.h"
#include "core/agent/events.h"
#include "core/agent/ipc/ipc_item.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>

namespace proclab::agent {

struct timespec deadlineIn(int ms)
{
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += static_cast<long>(ms) * 1000000L;
    ts.tv_sec += ts.tv_nsec / 1000000000L;
    ts.tv_nsec %= 1000000000L;
    return ts;
}

void sleepMs(long long ms)
{
    if (ms <= 0)
        return;
    timespec ts{static_cast<time_t>(ms / 1000), static_cast<long>(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

void spinUs(long long us)
{
    if (us <= 0)
        return;
    const uint64_t end = monotonicNs() + static_cast<uint64_t>(us) * 1000;
    while (monotonicNs() < end) {
    }
}

void paceItem(uint64_t startNs, long long rate, uint64_t seq)
{
    if (rate <= 0)
        return;
    const uint64_t due = startNs + seq * 1000000000ULL / static_cast<uint64_t>(rate);
    timespec ts{static_cast<time_t>(due / 1000000000ULL), static_cast<long>(due % 1000000000ULL)};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {
    }
}

bool nextItemDue(uint64_t startNs, long long rate, uint64_t seq)
{
    paceItem(startNs, rate, seq);
    return (seq & 255) != 255 || agentAlive();
}

bool Worker::lock()
{
    ControlHeader *ctl = rt.ctl();
    for (;;) {
        const timespec until = deadlineIn(kPollMs);
        const int rc = pthread_mutex_timedlock(&ctl->lock, &until);
        if (rc == 0)
            break;
        if (rc == EOWNERDEAD) {
            // The holder died inside the critical section. Our decisions only ever use
            // head/tail, which are updated after the data they describe, so the state is
            // consistent as it is: mark the mutex usable again and say so.
            const int dead = ctl->holderPid.load();
            forgetUncommittedClaim(ctl->holderIndex.load());
            pthread_mutex_consistent(&ctl->lock);
            cs.lock_recoveries.fetch_add(1);
            emitEvent("{\"ev\":\"lock-recovered\",\"channel\":\"" + plan.channels[channelIndex].id +
                      "\",\"dead_pid\":" + std::to_string(dead) + ",\"by\":\"" +
                      plan.processes[processIndex].id + "\",\"t\":" + std::to_string(runClockNs()) +
                      "}");
            break;
        }
        if (rc != ETIMEDOUT || !agentAlive())
            return false;
    }
    ctl->holderPid.store(getpid());
    ctl->holderIndex.store(processIndex);
    setWait(wire::WaitState::HoldingLock);
    return true;
}

void Worker::forgetUncommittedClaim(int holder)
{
    if (holder < 0 || holder >= static_cast<int>(plan.processes.size()))
        return;
    // The dead holder named the item at the tail but died before moving the tail past it:
    // the item is still in the ring and we are about to take it ourselves, so it was not
    // lost with the holder. Cleared before anyone can move the tail; the agent reads the
    // tail before the claim for the same reason (reportInFlight).
    wire::ProcessStats &h = allProcesses[holder];
    const uint64_t claim = h.in_flight_claim.load();
    if (claim != 0 && rt.ctl()->tail.load() + 1 == claim) {
        h.in_flight_producer.store(0);
        h.in_flight_claim.store(0);
    }
}

void Worker::unlock()
{
    // holderPid is left as it is: it is only read after EOWNERDEAD, when the last process
    // that took the lock is by definition the one that died holding it.
    setWait(wire::WaitState::None);
    pthread_mutex_unlock(&rt.ctl()->lock);
}

namespace {

// Marks (producer, seq) as seen; true if it had been seen before (a duplicate). Seqs past
// the producer's tracked range are not checked.
bool seenBefore(const ChannelRuntime &rt, uint32_t producer, uint64_t seq)
{
    if (seq >= rt.at<uint64_t>(rt.seenLimitOff)[producer])
        return false;
    const uint64_t bit = rt.at<uint64_t>(rt.seenBaseOff)[producer] + seq;
    std::atomic_ref<uint64_t> word(rt.at<uint64_t>(rt.seenOff)[bit / 64]);
    const uint64_t mask = uint64_t{1} << (bit % 64);
    return (word.fetch_or(mask) & mask) != 0;
}

void countConsumed(const ChannelRuntime &rt, wire::ChannelStats &cs, wire::ProcessStats &ps)
{
    cs.consumed.fetch_add(1, std::memory_order_relaxed);
    cs.bytes_consumed.fetch_add(static_cast<uint64_t>(rt.itemSize), std::memory_order_relaxed);
    ps.items.fetch_add(1, std::memory_order_relaxed);
}

} // namespace

void countTaken(ChannelRuntime &rt, wire::ChannelStats &cs, wire::ProcessStats &ps,
                uint32_t producer, uint64_t seq)
{
    countConsumed(rt, cs, ps);
    if (producer < static_cast<uint32_t>(rt.producers) && seenBefore(rt, producer, seq))
        cs.duplicated.fetch_add(1, std::memory_order_relaxed);
}

void Worker::claim(const unsigned char *item, uint64_t position)
{
    ItemHeader h;
    std::memcpy(&h, item, sizeof h);
    if (h.producer >= static_cast<uint32_t>(rt.producers))
        return; // no producer to name: record() counts it as corrupted
    ps.in_flight_seq.store(h.seq, std::memory_order_relaxed);
    ps.in_flight_claim.store(position + 1, std::memory_order_relaxed);
    ps.in_flight_producer.store(h.producer + 1, std::memory_order_release);
}

int Worker::record(const unsigned char *item)
{
    // Counted from here on: a claim made before the take's commit is settled. (The few
    // instructions until the count below are the one place a death still loses the count.)
    ps.in_flight_claim.store(0, std::memory_order_relaxed);
    countConsumed(rt, cs, ps);
    ItemHeader h;
    std::memcpy(&h, item, sizeof h);
    if (!itemIntact(item, rt.itemSize) || h.producer >= static_cast<uint32_t>(rt.producers)) {
        cs.corrupted.fetch_add(1, std::memory_order_relaxed);
        ps.in_flight_producer.store(0, std::memory_order_release);
        return -1;
    }
    if (seenBefore(rt, h.producer, h.seq)) {
        cs.duplicated.fetch_add(1, std::memory_order_relaxed);
        ps.in_flight_producer.store(0, std::memory_order_release);
        return static_cast<int>(h.producer);
    }
    ps.in_flight_seq.store(h.seq, std::memory_order_relaxed);
    ps.in_flight_producer.store(h.producer + 1, std::memory_order_release);
    const uint64_t now = monotonicNs();
    const uint64_t latency = now > h.sentNs ? now - h.sentNs : 0;
    cs.latency_hist[wire::latencyBucket(latency)].fetch_add(1, std::memory_order_relaxed);
    return static_cast<int>(h.producer);
}

void Worker::work(long long workUs)
{
    spinUs(workUs);
    ps.in_flight_producer.store(0, std::memory_order_release);
}

void Worker::produced()
{
    cs.produced.fetch_add(1, std::memory_order_relaxed);
    ps.items.fetch_add(1, std::memory_order_relaxed);
}

void Worker::unproduced()
{
    cs.produced.fetch_sub(1, std::memory_order_relaxed);
    ps.items.fetch_sub(1, std::memory_order_relaxed);
}

bool Worker::awaitAck()
{
    setWait(wire::WaitState::WaitingAck);
    const uint32_t endedBefore = rt.ctl()->consumersDone.load();
    for (;;) {
        const timespec until = deadlineIn(kPollMs);
        if (sem_timedwait(&rt.ack()[slot], &until) == 0)
            break;
        if (!agentAlive())
            return false;
        if (allConsumersDone(rt) || consumersGone(rt)) {
            reportPeersGone(Role::Consumer, nullptr);
            return false;
        }
        // Consumers end on their own only after every producer is done, so one ending now
        // died, perhaps with our message: no acknowledgement may ever come, go on. (If the
        // message was still queued, its late ack lets our next wait end early once.)
        if (rt.ctl()->consumersDone.load() != endedBefore)
            break;
    }
    setWait(wire::WaitState::None);
    return true;
}

void Worker::reportPeersGone(Role side, const char *error)
{
    if (peersGoneReported)
        return;
    peersGoneReported = true;
    using F = wire::EventField;
    EventBuilder ev(side == Role::Consumer ? wire::Event::ReceiversGone : wire::Event::SendersGone);
    ev.str(F::Node, plan.processes[processIndex].id)
        .str(F::Channel, plan.channels[channelIndex].id);
    ev.num(F::Pid, getpid());
    if (error)
        ev.str(F::Error, error);
    ev.emit();
}

int runIpcBehaviour(const Plan &plan, int processIndex, wire::StatsPage *stats)
{
    const ProcessPlan &me = plan.processes.at(processIndex);
    const int channel = static_cast<int>(me.param(wire::ProcessKey::Channel, -1));
    if (channel < 0 || channel >= static_cast<int>(channelRuntimes().size()))
        return 2;
    int slot = -1;
    const Role role = roleOf(plan, processIndex, channel, &slot);
    if (role == Role::None)
        return 2;
    Worker w{plan,
             processIndex,
             channel,
             slot,
             channelRuntimes()[channel],
             stats->channels[channel],
             stats->processes[processIndex],
             stats->processes};
    const wire::ChannelKind kind = plan.channels[channel].kind;
    int code = 2;
    if (kind == wire::ChannelKind::ShmBuffer)
        code = runShmBuffer(w, role);
    else if (kind == wire::ChannelKind::ShmCounter)
        code = runCounter(w);
    else if (kind == wire::ChannelKind::Pipe || kind == wire::ChannelKind::SocketPair)
        code = runStream(w, role);
    else if (kind == wire::ChannelKind::Mailbox)
        code = runMailbox(w, role);
    if (role == Role::Producer)
        markProducerDone(channel, slot, &w.cs);
    else if (role == Role::Consumer)
        markConsumerDone(channel, slot);
    // Done with the channel: the other side must not wait for this process's exit, which
    // may come only after its children's.
    closeChannelDescriptors(w.rt);
    w.setWait(wire::WaitState::None);
    return code;
}

} // namespace proclab::agent
