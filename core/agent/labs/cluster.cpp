// SPDX-License-Identifier: GPL-3.0-or-later
// The pre-fork cluster lab: one listening socket, many workers accepting on it, and a
// master that replaces a worker that ended (as PM2's cluster mode or Apache's prefork do).
#include "core/agent/childreaper.h"
#include "core/agent/events.h"
#include "core/agent/labs/labstate.h"
#include "core/agent/lifeline.h"
#include "core/agent/signaldispositions.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace proclab::agent {

namespace {

constexpr long long kNsPerMs = 1000000;
// The master looks at its children this often; a worker that ended is replaced within it.
constexpr long long kMasterTickNs = 10 * kNsPerMs;
constexpr int kWorkerPollMs = 50;
constexpr int kRequestReadMs = 1000;

volatile sig_atomic_t g_stopRequested = 0;

void onStopSignal(int)
{
    g_stopRequested = 1;
}

void spinUs(long long us)
{
    const long long until = monotonicNowNs() + us * 1000;
    while (monotonicNowNs() < until) {
    }
}

// Reads the request line ("GET\n"); false if the client went away or took too long.
bool readRequest(int conn)
{
    char buf[64];
    size_t have = 0;
    const long long deadline = monotonicNowNs() + kRequestReadMs * kNsPerMs;
    while (have < sizeof buf) {
        if (pollWithLifeline(conn, POLLIN, kWorkerPollMs) < 0)
            return false;
        const ssize_t n = recv(conn, buf + have, sizeof buf - have, MSG_DONTWAIT);
        if (n > 0) {
            have += static_cast<size_t>(n);
            if (std::memchr(buf, '\n', have))
                return true;
        } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
            return false;
        }
        if (monotonicNowNs() > deadline)
            return false;
    }
    return false;
}

bool sendAll(int conn, const char *text, int len)
{
    return send(conn, text, static_cast<size_t>(len), MSG_NOSIGNAL) == len;
}

} // namespace

int runServe(RunContext &ctx, int index)
{
    const ProcessPlan &me = ctx.plan->processes.at(index);
    const LabState &st = labState();
    const long long workUs = me.param(wire::ProcessKey::WorkUs);
    // The greeting says who holds the connection (like an SMTP server's banner): the load
    // generator knows which worker has accepted a request before it is answered.
    char greeting[64];
    const int greetingLen =
        std::snprintf(greeting, sizeof greeting, "%s %d\n", me.id.c_str(), getpid());
    static const char kReply[] = "OK\n";
    // A graceful shutdown, as servers do: SIGTERM (from the master, or Stop) lets the worker
    // finish the request in hand and exit with 0; only SIGKILL ends it mid-request.
    struct sigaction sa
    {};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    setDisposition(SIGTERM, sa);
    for (;;) {
        if (g_stopRequested)
            return 0;
        // Orphaned workers would serve forever: a worker lives only as long as its master.
        if (getppid() != st.masterPid)
            return 0;
        const int ready = pollWithLifeline(st.listenFd, POLLIN, kWorkerPollMs);
        if (ready < 0)
            return 2;
        if (ready == 0)
            continue;
        const int conn = accept4(st.listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (conn < 0)
            continue; // another worker won this connection (EAGAIN), or it was reset
        // Accepted, unanswered: from here until the reply a kill fails this request.
        if (sendAll(conn, greeting, greetingLen) && readRequest(conn)) {
            spinUs(workUs); // the service time of one request
            if (sendAll(conn, kReply, sizeof kReply - 1))
                ctx.stats->processes[index].items.fetch_add(1);
        }
        close(conn);
    }
}

int runPreforkMaster(RunContext &ctx, int index, ChildReaper &children)
{
    const auto loads = childrenWith(*ctx.plan, index, wire::Behaviour::Load);
    long long restartsLeft = ctx.plan->processes.at(index).param(wire::ProcessKey::Restarts);
    bool stopping = false;
    for (;;) {
        children.waitUntil(monotonicNowNs() + kMasterTickNs, true);
        for (const auto &[child, oldPid] : children.takeReaped()) {
            const wire::Behaviour what = ctx.plan->processes.at(child).behaviour;
            if (what != wire::Behaviour::Serve || stopping || restartsLeft <= 0)
                continue;
            --restartsLeft;
            // waitid() told us it ended (reaped above): fork the same worker again. It
            // inherits the same listening socket, so clients see one server throughout.
            const pid_t pid = spawnProcess(ctx, child, &children);
            if (pid <= 0)
                continue;
            children.add(pid, child);
            EventBuilder(wire::Event::Lab)
                .str(wire::EventField::Lab, wire::name(wire::LabEvent::Restart))
                .str(wire::EventField::Node, ctx.plan->processes.at(child).id)
                .num(wire::EventField::Pid, pid)
                .num(wire::EventField::OldPid, oldPid)
                .emit();
        }
        const bool loadRunning =
            std::any_of(loads.begin(), loads.end(), [&](int l) { return children.has(l); });
        if (!stopping && !loads.empty() && !loadRunning) {
            // The load is done: shut the cluster down as a master does, SIGTERM to every
            // worker, then reap them all. Our socket closes when we exit.
            stopping = true;
            children.signalAll(SIGTERM);
        }
        if (stopping && children.empty())
            break;
    }
    close(labState().listenFd);
    labState().listenFd = -1;
    return 0;
}

} // namespace proclab::agent
