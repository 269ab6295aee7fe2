// SPDX-License-Identifier: GPL-3.0-or-later
// Final accounting, in the agent once every process of the run is reaped.
#include "core/agent/ipc/ipc_item.h"
#include "core/agent/ipc/ipc_runtime.h"

#include <cstring>

namespace proclab::agent {

namespace {

// Items still in an unsynchronised ring: the slots between tail and head that hold an
// intact item nobody consumed yet. head-tail alone would count overwritten or
// already-taken slots after a race moved a counter backwards.
uint64_t unconsumedInRacyRing(const ChannelRuntime &rt)
{
    const uint64_t head = rt.ctl()->head.load(), tail = rt.ctl()->tail.load();
    if (head <= tail)
        return 0;
    uint64_t from = head - tail > static_cast<uint64_t>(rt.capacity) ? head - rt.capacity : tail;
    uint64_t left = 0;
    for (uint64_t n = from; n < head; ++n) {
        const unsigned char *item = rt.slot(n);
        ItemHeader h;
        std::memcpy(&h, item, sizeof h);
        if (!itemIntact(item, rt.itemSize) || h.producer >= static_cast<uint32_t>(rt.producers))
            continue;
        if (h.seq >= rt.at<uint64_t>(rt.seenLimitOff)[h.producer]) {
            ++left;
            continue;
        }
        const uint64_t bit = rt.at<uint64_t>(rt.seenBaseOff)[h.producer] + h.seq;
        if (!(rt.at<uint64_t>(rt.seenOff)[bit / 64] & (uint64_t{1} << (bit % 64))))
            ++left;
    }
    return left;
}

uint64_t leftInChannel(const ChannelPlan &ch, const ChannelRuntime &rt)
{
    if (ch.kind == wire::ChannelKind::ShmBuffer) {
        if (!ch.sync)
            return unconsumedInRacyRing(rt);
        const uint64_t head = rt.ctl()->head.load(), tail = rt.ctl()->tail.load();
        return head > tail ? head - tail : 0;
    }
    if (ch.kind == wire::ChannelKind::Mailbox && rt.mq != (mqd_t)-1) {
        mq_attr attr{};
        return mq_getattr(rt.mq, &attr) == 0 ? static_cast<uint64_t>(attr.mq_curmsgs) : 0;
    }
    // A pipe or socket dies with its last reader, and what was still in it with it: the
    // agent keeps no reading end (it would spare the writer its EPIPE), so those items
    // count as lost, as they are.
    return 0;
}

} // namespace

void finishChannels(const Plan &plan, wire::StatsPage *stats)
{
    auto &rts = channelRuntimes();
    for (const ChannelPlan &ch : plan.channels) {
        if (ch.index >= static_cast<int>(rts.size()) || !rts[ch.index].base)
            continue;
        const ChannelRuntime &rt = rts[ch.index];
        wire::ChannelStats &cs = stats->channels[ch.index];
        if (ch.kind == wire::ChannelKind::ShmCounter) {
            cs.actual.store(rt.ctl()->counter.load());
            cs.final_.store(1);
            continue;
        }
        const uint64_t left = leftInChannel(ch, rt);
        const uint64_t produced = cs.produced.load(), consumed = cs.consumed.load();
        const uint64_t bad = cs.duplicated.load() + cs.corrupted.load();
        const int64_t unique = static_cast<int64_t>(consumed) - static_cast<int64_t>(bad);
        const int64_t lost = static_cast<int64_t>(produced) - unique - static_cast<int64_t>(left);
        cs.left_in_channel.store(left);
        cs.fill.store(left);
        if (lost < 0) {
            // More came out than went in: the counts cannot be trusted, so say it.
            emitEvent("{\"ev\":\"error\",\"channel\":\"" + ch.id +
                      "\",\"message\":\"accounting oddity: produced " + std::to_string(produced) +
                      ", unique consumed " + std::to_string(unique) + ", left " +
                      std::to_string(left) + "\",\"t\":" + std::to_string(runClockNs()) + "}");
        }
        cs.lost.store(lost > 0 ? static_cast<uint64_t>(lost) : 0);
        cs.final_.store(1);
    }
    destroyChannels(plan);
}

} // namespace proclab::agent
