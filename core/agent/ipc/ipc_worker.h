// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a producing or consuming process needs whatever the channel kind: its slot, its
// stats, the robust channel lock, pacing, and the consumer-side item accounting.

#include "core/agent/ipc/ipc_runtime.h"

#include <cstdint>
#include <vector>

namespace proclab::agent {

struct Worker
{
    const Plan &plan;
    int processIndex;
    int channelIndex;
    int slot; // among the channel's producers or consumers
    ChannelRuntime &rt;
    wire::ChannelStats &cs;
    wire::ProcessStats &ps;
    wire::ProcessStats *allProcesses; // the stats page's process slots, by plan index

    long long count() const
    {
        return plan.processes[processIndex].param(wire::ProcessKey::Count, 0);
    }
    long long param(wire::ProcessKey key) const
    {
        return plan.processes[processIndex].param(key, 0);
    }
    bool syncSend() const { return plan.channels[channelIndex].syncSend; }
    void setWait(wire::WaitState s) { ps.wait_state.store(static_cast<uint32_t>(s)); }

    // Takes the channel's robust mutex (repairing it if its holder died). False if the
    // agent is gone or the lock is beyond repair: the caller ends.
    bool lock();
    void unlock();
    // After EOWNERDEAD: if the dead holder (plan index) had claimed the item at the tail
    // without taking it, that item is not in flight: clear its claim.
    void forgetUncommittedClaim(int holder);

    // Shared-memory rings: names the item at ring `position` as in flight (claimed), BEFORE
    // the take is committed by moving the tail past it. A consumer killed between the commit
    // and record() so still names its item; one killed before the commit names an item that
    // is still in the ring, which the agent (reportInFlight) tells apart by the tail.
    void claim(const unsigned char *item, uint64_t position);
    // Consumer accounting of one item taken out of the channel. Returns the producer slot
    // of a valid item (so a synchronous sender can be acknowledged), or -1 if corrupted.
    int record(const unsigned char *item);
    // The work on the item record() took (work_us); until it is done the item is in flight:
    // a consumer that dies meanwhile loses exactly that item.
    void work(long long workUs);
    // Counts an item as produced, in the channel and in the process. Called just BEFORE the
    // item is committed to the channel: a producer killed in between then shows as one
    // lost item, whereas counting after would let a consumer see an item that was never
    // counted and make the accounting negative.
    void produced();
    // Takes the count back when the commit failed without anything reaching the channel.
    void unproduced();
    // send=sync over pipe or mailbox: waits for a receiver's acknowledgement of the message
    // just sent. False if the agent or every consumer is gone.
    bool awaitAck();
    // Says once, in the event log, that this process stops or drains because every
    // process on the other side of the channel has ended; `error` is what the kernel
    // answered ("EPIPE"), if anything.
    void reportPeersGone(Role side, const char *error);
    bool peersGoneReported = false;
};

// Counts an item as taken by the consumer whose stats are `ps`: what record() would have
// done for it. Used by the agent for a consumer that died between committing its take and
// counting it. `producer` is the producer slot.
void countTaken(ChannelRuntime &rt, wire::ChannelStats &cs, wire::ProcessStats &ps,
                uint32_t producer, uint64_t seq);

// Sleeps until item `seq` is due at `rate` items/s from `startNs` (absolute deadlines, so
// the rate does not drift with the time each item takes). rate <= 0: no pacing.
void paceItem(uint64_t startNs, long long rate, uint64_t seq);
// Every producer's turn: paceItem(), then every 256 items a look at the lifeline (cheap
// enough that often, and a dead agent is still noticed within a fraction of a second).
// False: the agent is gone, stop producing.
bool nextItemDue(uint64_t startNs, long long rate, uint64_t seq);
void sleepMs(long long ms);
void spinUs(long long us);
// Absolute CLOCK_REALTIME deadline `ms` from now, for sem_timedwait and friends.
struct timespec deadlineIn(int ms);

// Producers of unbounded count (count <= 0) run until stopped.
inline bool moreToSend(long long count, uint64_t seq)
{
    return count <= 0 || seq < static_cast<uint64_t>(count);
}

constexpr int kPollMs = 50; // every blocking wait wakes this often to check agentAlive()

int runShmBuffer(Worker &w, Role role);
int runShmFastRing(Worker &w, Role role); // fast=1
int runCounter(Worker &w);
int runStream(Worker &w, Role role);
int runMailbox(Worker &w, Role role);

} // namespace proclab::agent
