// SPDX-License-Identifier: GPL-3.0-or-later
// bench ctxswitch: two processes pass a 1-byte token back and forth over two pipes, the
// classic way to make the scheduler switch on every hop (as `perf bench sched pipe`
// does). Run pinned to one CPU, where every hop must be a context switch, then on two
// CPUs, where it is a cross-CPU wake-up. The switches are counted with getrusage in both
// processes rather than assumed, and the cost of the same write+read pairs done inside
// one process (no switch) is measured too, so the switch itself can be isolated.
#include "core/agent/bench/bench_json.h"
#include "core/agent/bench/bench_runs.h"

#include <cstdio>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace proclab::agent {

namespace {

constexpr long long kWarmup = 200;
// A series stops early after this long: a cross-CPU wake-up can cost a millisecond on a
// virtual machine, and the whole bench should stay within about 20 s.
constexpr double kSeriesCapSeconds = 6.0;

struct PingPong
{
    bool ok = false;
    long long rounds = 0; // timed rounds actually done (fewer than asked if capped)
    double usPerRoundtrip = 0;
    double switchesPerRoundtrip = 0;
};

bool readFull(int fd, void *buf, size_t n)
{
    auto *p = static_cast<char *>(buf);
    while (n > 0) {
        const ssize_t r = read(fd, p, n);
        if (r <= 0)
            return false;
        p += r;
        n -= static_cast<size_t>(r);
    }
    return true;
}

// The same two write+read pairs per round as the ping-pong, in one process.
double baselineUs(long long rounds)
{
    int a[2], b[2];
    if (pipe(a) != 0 || pipe(b) != 0)
        return -1;
    char token = 'x';
    double start = benchSeconds();
    for (long long i = -kWarmup; i < rounds; ++i) {
        if (i == 0)
            start = benchSeconds();
        if (write(a[1], &token, 1) != 1 || read(a[0], &token, 1) != 1 ||
            write(b[1], &token, 1) != 1 || read(b[0], &token, 1) != 1)
            break;
    }
    const double us = (benchSeconds() - start) * 1e6 / static_cast<double>(rounds);
    close(a[0]), close(a[1]), close(b[0]), close(b[1]);
    return us;
}

PingPong pingPong(long long rounds, int parentCpu, int childCpu)
{
    PingPong result;
    int toChild[2], toParent[2];
    if (pipe(toChild) != 0 || pipe(toParent) != 0)
        return result;
    const pid_t child = fork();
    if (child < 0)
        return result;
    if (child == 0) {
        close(toChild[1]);
        close(toParent[0]);
        if (!pinToCpu(childCpu))
            _exit(3);
        char token;
        long long switches = 0;
        // Echo until the parent closes its end (EOF): it decides how many rounds there are.
        for (long long i = 0; readFull(toChild[0], &token, 1); ++i) {
            if (write(toParent[1], &token, 1) != 1)
                _exit(4);
            if (i + 1 == kWarmup)
                switches = ownContextSwitches();
        }
        // Our own count travels back on the same pipe, after the last token.
        switches = ownContextSwitches() - switches;
        _exit(write(toParent[1], &switches, sizeof switches) == sizeof switches ? 0 : 5);
    }
    close(toChild[0]);
    close(toParent[1]);
    const bool pinned = pinToCpu(parentCpu);
    char token = 't';
    double start = 0;
    long long switches = 0, childSwitches = -1, done = 0;
    bool ok = pinned;
    for (long long i = 0; ok && i < kWarmup + rounds; ++i) {
        if (i == kWarmup) {
            start = benchSeconds();
            switches = ownContextSwitches();
        }
        ok = write(toChild[1], &token, 1) == 1 && readFull(toParent[0], &token, 1);
        if (i >= kWarmup && ++done % 256 == 0 && benchSeconds() - start > kSeriesCapSeconds)
            break;
    }
    const double elapsed = benchSeconds() - start;
    switches = ownContextSwitches() - switches;
    close(toChild[1]); // EOF: the child stops echoing and reports its switches
    ok = ok && done > 0 && readFull(toParent[0], &childSwitches, sizeof childSwitches);
    close(toParent[0]);
    int status = 0;
    waitpid(child, &status, 0);
    ok = ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    result.ok = ok;
    result.rounds = done;
    result.usPerRoundtrip = elapsed * 1e6 / static_cast<double>(done);
    result.switchesPerRoundtrip =
        static_cast<double>(switches + childSwitches) / static_cast<double>(done);
    return result;
}

std::string describe(const PingPong &p, double baseline)
{
    // The switch cost: what the round trip costs beyond the same syscalls without
    // switching, shared among the switches actually counted.
    const double perSwitch =
        p.switchesPerRoundtrip > 0 ? (p.usPerRoundtrip - baseline) / p.switchesPerRoundtrip : -1;
    return "{\"rounds\":" + std::to_string(p.rounds) +
           ",\"us_per_roundtrip\":" + jsonNumber(p.usPerRoundtrip) +
           ",\"switches_per_roundtrip\":" + jsonNumber(p.switchesPerRoundtrip) +
           ",\"us_per_switch\":" + (perSwitch > 0 ? jsonNumber(perSwitch) : "null") + "}";
}

} // namespace

int benchContextSwitch(long long rounds)
{
    const std::vector<int> cpus = allowedCpus();
    if (cpus.empty()) {
        std::printf("{\"error\":\"sched_getaffinity failed\"}\n");
        return 1;
    }
    // The baseline runs on the same CPU as the same-CPU ping-pong, once before and once
    // after the ping-pongs: other load can only make it slower, so the smaller is the
    // better estimate of the syscalls alone.
    pinToCpu(cpus[0]);
    double baseline = baselineUs(rounds);
    const PingPong same = pingPong(rounds, cpus[0], cpus[0]);
    PingPong cross;
    if (cpus.size() > 1)
        cross = pingPong(rounds, cpus[0], cpus[1]);
    pinToCpu(cpus[0]);
    const double again = baselineUs(rounds);
    if (again > 0 && (baseline <= 0 || again < baseline))
        baseline = again;
    if (!same.ok || (cpus.size() > 1 && !cross.ok) || baseline <= 0) {
        std::printf("{\"error\":\"the ping-pong failed (pipe, fork or sched_setaffinity)\"}\n");
        return 1;
    }
    std::printf("{\"rounds\":%lld,\"cpus\":%zu,\"baseline_us_per_roundtrip\":%s,\"same_cpu\":%s,"
                "\"cross_cpu\":%s}\n",
                rounds, cpus.size(), jsonNumber(baseline).c_str(), describe(same, baseline).c_str(),
                cpus.size() > 1 ? describe(cross, baseline).c_str() : "null");
    return 0;
}

} // namespace proclab::agent
