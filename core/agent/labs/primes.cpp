// SPDX-License-Identifier: GPL-3.0-or-later
// The speed-up lab: divide (count-primes workers, each its share), run in parallel,
// combine (the parent adds the parts), and check against the same count done serially.
#include "core/agent/childreaper.h"
#include "core/agent/events.h"
#include "core/agent/labs/labstate.h"
#include "core/agent/lifeline.h"

#include <cerrno>
#include <poll.h>
#include <unistd.h>

namespace proclab::agent {

namespace {

namespace lab = wire::lab;

// One write() of this (far below PIPE_BUF) is atomic: parts of many workers never mix.
struct Part
{
    int32_t part;
    int32_t pid;
    uint64_t count;
};

constexpr int kPollMs = 50;

long long jobSize(const Plan &plan, int combiner)
{
    return plan.processes.at(combiner).param(wire::ProcessKey::N);
}

} // namespace

bool isPrime(unsigned long long n)
{
    if (n < 2)
        return false;
    if (n < 4)
        return true;
    if (n % 2 == 0)
        return false;
    for (unsigned long long d = 3; d * d <= n; d += 2)
        if (n % d == 0)
            return false;
    return true;
}

unsigned long long countPrimesInShare(unsigned long long n, int part, int parts, bool (*alive)())
{
    const auto chunk = static_cast<unsigned long long>(lab::kPrimeChunk);
    unsigned long long count = 0;
    for (unsigned long long from = chunk * part; from < n; from += chunk * parts) {
        const unsigned long long to = from + chunk < n ? from + chunk : n;
        for (unsigned long long k = from; k < to; ++k)
            count += isPrime(k) ? 1 : 0;
        if (alive && !alive())
            break;
    }
    return count;
}

int runCountPrimes(RunContext &ctx, int index)
{
    const ProcessPlan &me = ctx.plan->processes.at(index);
    const auto shares = childrenWith(*ctx.plan, me.parent, wire::Behaviour::CountPrimes);
    int part = 0;
    while (part < static_cast<int>(shares.size()) && shares[part] != index)
        ++part;
    const unsigned long long count =
        countPrimesInShare(static_cast<unsigned long long>(jobSize(*ctx.plan, me.parent)), part,
                           static_cast<int>(shares.size()), agentAlive);
    if (!agentAlive())
        return 1;
    // The process table's "items" column shows each worker's part.
    ctx.stats->processes[index].items.store(count);
    const Part msg{part, static_cast<int32_t>(getpid()), count};
    if (write(labState().resultWrite, &msg, sizeof msg) != static_cast<ssize_t>(sizeof msg))
        return 2; // the combiner is gone: nobody to tell
    return 0;
}

int runCombine(RunContext &ctx, int index, ChildReaper &children)
{
    const ProcessPlan &me = ctx.plan->processes.at(index);
    LabState &st = labState();
    // Only the workers hold the write end now: EOF means every one of them has ended.
    close(st.resultWrite);
    st.resultWrite = -1;
    const int workers =
        static_cast<int>(childrenWith(*ctx.plan, index, wire::Behaviour::CountPrimes).size());
    unsigned long long combined = 0;
    int parts = 0;
    Part msg{};
    size_t have = 0;
    while (parts < workers) {
        children.reapEnded();
        const int ready = pollWithLifeline(st.resultRead, POLLIN, kPollMs);
        if (ready < 0)
            return 2;
        if (ready == 0)
            continue;
        const ssize_t got =
            read(st.resultRead, reinterpret_cast<char *>(&msg) + have, sizeof msg - have);
        if (got == 0)
            break; // every worker has ended; those that crashed sent nothing
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return 2;
        }
        have += static_cast<size_t>(got);
        if (have == sizeof msg) {
            combined += msg.count;
            ++parts;
            have = 0;
        }
    }
    const long long parallelNs = monotonicNowNs() - st.startNs;
    close(st.resultRead);
    st.resultRead = -1;
    children.waitForAll();
    ctx.stats->processes[index].items.store(combined);

    // The reference: the whole job in this one process, after the workers are gone, so it
    // has a CPU to itself as far as the run is concerned.
    const long long serialStart = monotonicNowNs();
    const unsigned long long serial = countPrimesInShare(
        static_cast<unsigned long long>(me.param(wire::ProcessKey::N)), 0, 1, agentAlive);
    if (!agentAlive())
        return 1;
    const long long serialNs = monotonicNowNs() - serialStart;
    EventBuilder(wire::Event::Lab)
        .str(wire::EventField::Lab, wire::name(wire::LabEvent::Speedup))
        .str(wire::EventField::Node, me.id)
        .num(wire::EventField::N, me.param(wire::ProcessKey::N))
        .num(wire::EventField::Workers, workers)
        .num(wire::EventField::Parts, parts)
        .num(wire::EventField::Combined, static_cast<long long>(combined))
        .num(wire::EventField::Serial, static_cast<long long>(serial))
        .num(wire::EventField::ParallelNs, parallelNs)
        .num(wire::EventField::SerialNs, serialNs)
        .emit();
    return parts == workers && combined == serial ? 0 : 1;
}

} // namespace proclab::agent
