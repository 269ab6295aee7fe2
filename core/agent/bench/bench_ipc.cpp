// SPDX-License-Identifier: GPL-3.0-or-later
// bench ipc: throughput of each mechanism between two processes, per message size, and
// the machine's memcpy bandwidth measured in the same run as the yardstick. Every
// measurement is bounded by time (kWindow), not by a message count, so the whole bench
// stays short whatever the machine.
#include "core/agent/bench/bench_json.h"
#include "core/agent/bench/bench_runs.h"
#include "core/agent/bench/bench_transfer.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace proclab::agent {

namespace {

constexpr double kMemcpyWindow = 0.3;
constexpr size_t kMemcpyBlock = size_t{64} << 20; // larger than the caches: memory bandwidth

double memcpyMbPerSecond()
{
    std::vector<char> from(kMemcpyBlock, 'a'), to(kMemcpyBlock, 0);
    double bytes = 0;
    const double start = benchSeconds();
    double now = start;
    int round = 0;
    while (now - start < kMemcpyWindow) {
        from[round++ % kMemcpyBlock] ^= 1; // keep the copies from being folded away
        std::memcpy(to.data(), from.data(), kMemcpyBlock);
        bytes += static_cast<double>(kMemcpyBlock);
        now = benchSeconds();
    }
    volatile char sink = to[round % kMemcpyBlock];
    (void)sink;
    return bytes / (now - start) / 1e6;
}

long procLimit(const char *path, long fallback)
{
    std::ifstream in(path);
    long v = fallback;
    in >> v;
    return v;
}

} // namespace

int benchIpc(const std::vector<long long> &sizes, const std::vector<std::string> &mechanisms)
{
    const double memcpyMb = memcpyMbPerSecond();
    const long msgsizeMax = procLimit("/proc/sys/fs/mqueue/msgsize_max", 8192);
    std::string results, skipped;
    for (const Mechanism m : {Mechanism::ShmBuffer, Mechanism::FastRing, Mechanism::Pipe,
                              Mechanism::SocketPair, Mechanism::Mailbox}) {
        if (!mechanisms.empty() &&
            std::find(mechanisms.begin(), mechanisms.end(), mechanismName(m)) == mechanisms.end())
            continue;
        for (const long long size : sizes) {
            if (m == Mechanism::Mailbox && size > msgsizeMax) {
                skipped += std::string(skipped.empty() ? "" : ",") +
                           "{\"mechanism\":\"mailbox\",\"size\":" + std::to_string(size) +
                           ",\"reason\":\"above /proc/sys/fs/mqueue/msgsize_max = " +
                           std::to_string(msgsizeMax) + "\"}";
                continue;
            }
            const Throughput t = measureTransfer(m, static_cast<size_t>(size));
            if (!t.ok) {
                skipped += std::string(skipped.empty() ? "" : ",") + "{\"mechanism\":\"" +
                           mechanismName(m) + "\",\"size\":" + std::to_string(size) +
                           ",\"reason\":\"" + t.error + "\"}";
                continue;
            }
            results += std::string(results.empty() ? "" : ",") + "{\"mechanism\":\"" +
                       mechanismName(m) + "\",\"size\":" + std::to_string(size) +
                       ",\"mb_s\":" + jsonNumber(t.mbPerSecond) +
                       ",\"msgs_s\":" + jsonNumber(t.msgsPerSecond) +
                       ",\"switches_per_msg\":" + jsonNumber(t.switchesPerMessage) + "}";
        }
    }
    std::printf("{\"memcpy_mb_s\":%s,\"results\":[%s],\"skipped\":[%s]}\n",
                jsonNumber(memcpyMb).c_str(), results.c_str(), skipped.c_str());
    return 0;
}

} // namespace proclab::agent
