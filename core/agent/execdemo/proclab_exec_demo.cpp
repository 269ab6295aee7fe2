// SPDX-License-Identifier: GPL-3.0-or-later
// proclab-exec-demo: the harmless program a scenario's `exec` behaviour runs in place of the
// agent's code (same pid, new program). Started only by a process of a run, never by hand:
//   proclab-exec-demo <program> <ms> <lifeline fd> <run group>
// <program> is one of Words<wire::ExecProgram>: "sleeper" sleeps, "spinner" burns CPU, each for
// <ms> (0 = until stopped). Like every process of a run it dies when the agent dies: the
// lifeline's read end came through execve(), and every wait polls it. No Qt, no threads.

#include "core/agent/wire/proclab_wire.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

constexpr int kUsage = 64;
constexpr long long kNsPerMs = 1000000;
constexpr int kSpinCheckMs = 2; // how often the spinner looks at its lifeline

int g_lifeline = -1;
pid_t g_runGroup = 0;

long long nowNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

[[noreturn]] void agentGone()
{
    // As every process of the run does: take the run's group down too, so a paused member
    // that cannot notice anything goes with it. Only inside the run's own group.
    if (g_runGroup > 0 && getpgid(0) == g_runGroup)
        kill(0, SIGKILL);
    _exit(0);
}

// Waits up to timeoutMs (-1 = forever) on the lifeline; returns only while the agent lives.
void waitOnLifeline(int timeoutMs)
{
    pollfd p{g_lifeline, POLLIN, 0};
    const int n = poll(&p, 1, timeoutMs);
    if (n < 0 && errno != EINTR)
        agentGone();
    if (n > 0 && p.revents != 0)
        agentGone(); // EOF/HUP: the write end, held only by the agent, is closed
}

void sleeper(long long ms)
{
    const long long deadline = nowNs(CLOCK_MONOTONIC) + ms * kNsPerMs;
    for (;;) {
        if (ms == 0) {
            waitOnLifeline(-1);
            continue;
        }
        const long long left = deadline - nowNs(CLOCK_MONOTONIC);
        if (left <= 0)
            return;
        waitOnLifeline(
            static_cast<int>(std::min<long long>((left + kNsPerMs - 1) / kNsPerMs, INT_MAX)));
    }
}

void spinner(long long ms)
{
    const long long target = nowNs(CLOCK_PROCESS_CPUTIME_ID) + ms * kNsPerMs;
    long long nextCheck = 0;
    volatile unsigned long long sink = 0;
    while (ms == 0 || nowNs(CLOCK_PROCESS_CPUTIME_ID) < target) {
        for (int i = 0; i < 10000; ++i)
            sink = sink + static_cast<unsigned long long>(i) * 2654435761ULL;
        if (nowNs(CLOCK_MONOTONIC) >= nextCheck) {
            waitOnLifeline(0);
            nextCheck = nowNs(CLOCK_MONOTONIC) + kSpinCheckMs * kNsPerMs;
        }
    }
}

bool parseNumber(const char *text, long long *out)
{
    errno = 0;
    char *end = nullptr;
    *out = std::strtoll(text, &end, 10);
    return errno == 0 && end != text && *end == '\0' && *out >= 0;
}

} // namespace

int main(int argc, char **argv)
{
    long long ms = 0, fd = -1, group = 0;
    using proclab::wire::ExecProgram;
    const std::optional<ExecProgram> program =
        argc == 5 ? proclab::wire::fromName<ExecProgram>(argv[1]) : std::nullopt;
    if (!program || !parseNumber(argv[2], &ms) || !parseNumber(argv[3], &fd) ||
        !parseNumber(argv[4], &group) || fd > INT_MAX || group > INT_MAX) {
        std::fprintf(stderr,
                     "proclab-exec-demo is started by ProcLab's exec behaviour, not by hand.\n"
                     "usage: proclab-exec-demo sleeper|spinner MS LIFELINE_FD RUN_GROUP\n");
        return kUsage;
    }
    g_lifeline = static_cast<int>(fd);
    g_runGroup = static_cast<pid_t>(group);
    // Without a lifeline this process could outlive its run: refuse to run at all.
    if (fcntl(g_lifeline, F_GETFD) < 0) {
        std::fprintf(stderr, "proclab-exec-demo: no lifeline on fd %d\n", g_lifeline);
        return kUsage;
    }
    fcntl(g_lifeline, F_SETFD, FD_CLOEXEC);
    const std::string name(proclab::wire::name(*program));
    prctl(PR_SET_NAME, name.c_str());
    if (*program == ExecProgram::Sleeper)
        sleeper(ms);
    else
        spinner(ms);
    return 0;
}
