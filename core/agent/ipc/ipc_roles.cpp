// SPDX-License-Identifier: GPL-3.0-or-later
// Who does what on a channel, and the "done" flags that let consumers drain and end.
#include "core/agent/events.h"
#include "core/agent/ipc/ipc_item.h"
#include "core/agent/ipc/ipc_runtime.h"
#include "core/agent/ipc/ipc_worker.h"

#include <cstring>
#include <semaphore.h>

namespace proclab::agent {

std::vector<ChannelRuntime> &channelRuntimes()
{
    // Filled in the agent before the first fork; every process of the run inherits a copy.
    static std::vector<ChannelRuntime> runtimes;
    return runtimes;
}

Role roleOf(const Plan &plan, int processIndex, int channelIndex, int *slot)
{
    const ProcessPlan &target = plan.processes.at(processIndex);
    Role role = Role::None;
    if (target.params.count(wire::ProcessKey::Channel) &&
        target.param(wire::ProcessKey::Channel) == channelIndex) {
        if (target.behaviour == wire::Behaviour::Produce)
            role = Role::Producer;
        else if (target.behaviour == wire::Behaviour::Consume)
            role = Role::Consumer;
        else if (target.behaviour == wire::Behaviour::Increment)
            role = Role::Incrementer;
    }
    if (role != Role::None && slot) {
        int n = 0;
        for (int i = 0; i < processIndex; ++i)
            n += roleOf(plan, i, channelIndex) == role ? 1 : 0;
        *slot = n;
    }
    return role;
}

int countRole(const Plan &plan, int channelIndex, Role role)
{
    int n = 0;
    for (const ProcessPlan &p : plan.processes)
        n += roleOf(plan, p.index, channelIndex) == role ? 1 : 0;
    return n;
}

void markProducerDone(int channelIndex, int producerSlot, wire::ChannelStats *cs)
{
    ChannelRuntime &rt = channelRuntimes().at(channelIndex);
    if (!rt.base || producerSlot < 0 || producerSlot >= rt.producers)
        return;
    // The producer marks itself when it finishes and the agent marks it again when it is
    // reaped: the exchange makes the count exact whichever comes first, or if only one does.
    if (rt.producerDone()[producerSlot].exchange(1) != 0)
        return;
    cs->producers_done.fetch_add(1);
    if (rt.slotsOff) {
        // Wake the shm-buffer consumers now instead of at their next timeout.
        for (int i = 0; i < rt.consumers; ++i)
            sem_post(&rt.ctl()->full);
    }
}

void markConsumerDone(int channelIndex, int consumerSlot)
{
    ChannelRuntime &rt = channelRuntimes().at(channelIndex);
    if (!rt.base || consumerSlot < 0 || consumerSlot >= rt.consumers)
        return;
    if (rt.consumerDone()[consumerSlot].exchange(1) == 0)
        rt.ctl()->consumersDone.fetch_add(1);
}

bool allProducersDone(const ChannelRuntime &rt, const wire::ChannelStats *cs)
{
    return cs->producers_done.load() >= static_cast<uint64_t>(rt.producers);
}

bool allConsumersDone(const ChannelRuntime &rt)
{
    return rt.ctl()->consumersDone.load() >= static_cast<uint32_t>(rt.consumers);
}

namespace {

// A mailbox consumer that died with a receive armed (armReceive in ipc_mailbox.cpp): if its
// receive buffer holds a whole item, mq_receive() had taken it out of the queue and the
// consumer died before counting it. Count it as the consumer would have and put it in
// flight, so it is named below like any item a consumer died with.
void settleMailboxReceive(ChannelRuntime &rt, int consumerSlot, wire::ChannelStats &cs,
                          wire::ProcessStats &ps)
{
    if (ps.in_flight_claim.exchange(0) == 0 || !rt.base || consumerSlot < 0 ||
        consumerSlot >= rt.consumers)
        return;
    const unsigned char *item = rt.receiveSlot(consumerSlot);
    ItemHeader h;
    std::memcpy(&h, item, sizeof h);
    if (!itemIntact(item, rt.itemSize) || h.producer >= static_cast<uint32_t>(rt.producers))
        return; // nothing taken: the message, if any, is still in the queue
    countTaken(rt, cs, ps, h.producer, h.seq);
    ps.in_flight_seq.store(h.seq);
    ps.in_flight_producer.store(h.producer + 1);
}

// A consumer that ended with an item in flight lost exactly that item: say which one.
void reportInFlight(const Plan &plan, int processIndex, const ChannelPlan &ch, int consumerSlot,
                    wire::StatsPage *stats)
{
    wire::ProcessStats &ps = stats->processes[processIndex];
    ChannelRuntime &rt = channelRuntimes().at(ch.index);
    if (ch.kind == wire::ChannelKind::Mailbox)
        settleMailboxReceive(rt, consumerSlot, stats->channels[ch.index], ps);
    // The tail first: a lock recovery clears an uncommitted claim before it moves the tail,
    // so if the claim is still there below, this tail is the one the consumer died with.
    const uint64_t tail = rt.base ? rt.ctl()->tail.load() : 0;
    const uint32_t producer = ps.in_flight_producer.exchange(0);
    if (producer == 0)
        return;
    const uint64_t claim = ps.in_flight_claim.exchange(0);
    if (claim != 0) {
        // Claimed on a ring but not counted yet. Tail not past it: the take was never
        // committed and the item is still in the ring (another consumer takes it, or it
        // counts as left in the channel). Otherwise it was taken: count it as the consumer
        // would have, then it is lost like any item in flight.
        if (tail < claim)
            return;
        countTaken(rt, stats->channels[ch.index], ps, producer - 1, ps.in_flight_seq.load());
    }
    for (const ProcessPlan &p : plan.processes) {
        int slot = -1;
        if (roleOf(plan, p.index, ch.index, &slot) != Role::Producer ||
            slot != static_cast<int>(producer) - 1)
            continue;
        EventBuilder(wire::Event::Lost)
            .str(wire::EventField::Node, plan.processes[processIndex].id)
            .str(wire::EventField::Channel, ch.id)
            .str(wire::EventField::Producer, p.id)
            .num(wire::EventField::Seq, static_cast<long long>(ps.in_flight_seq.load()))
            .emit();
    }
}

} // namespace

void onProcessEnded(const Plan &plan, int processIndex, wire::StatsPage *stats)
{
    if (processIndex < 0 || processIndex >= static_cast<int>(plan.processes.size()))
        return;
    for (const ChannelPlan &ch : plan.channels) {
        int slot = -1;
        const Role role = roleOf(plan, processIndex, ch.index, &slot);
        if (role == Role::Producer)
            markProducerDone(ch.index, slot, &stats->channels[ch.index]);
        else if (role == Role::Consumer) {
            reportInFlight(plan, processIndex, ch, slot, stats);
            markConsumerDone(ch.index, slot);
        }
    }
    // A dead process waits for nothing; without this its last state would stay on display.
    stats->processes[processIndex].wait_state.store(static_cast<uint32_t>(wire::WaitState::None));
}

} // namespace proclab::agent
