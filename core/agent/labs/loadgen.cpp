// SPDX-License-Identifier: GPL-3.0-or-later
// The cluster lab's load generator: a bounded number of requests, in bounded time, to the
// master's port on 127.0.0.1 only. Every request it starts ends exactly one way, answered
// (served) or not (failed: refused, reset, closed without an answer, or timed out), so
// sent = served + failed holds by construction. A request: connect, read the worker's
// greeting ("<node> <pid>": who accepted it), send "GET", read the answer "OK".
#include "core/agent/childreaper.h"
#include "core/agent/events.h"
#include "core/agent/labs/labstate.h"
#include "core/agent/lifeline.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace proclab::agent {

namespace {

constexpr long long kNsPerMs = 1000000;
constexpr int kTickMs = 20;
const char kRequest[] = "GET\n";

struct Request
{
    enum class Phase
    {
        Connecting, // waiting for the connection to be made
        Greeting,   // connected; waiting for the worker that accepted it to say who it is
        Answer,     // the request is sent; waiting for the answer
    };
    int fd = -1;
    Phase phase = Phase::Connecting;
    long long deadlineNs = 0;
    std::string line;    // what arrived of the line being read
    int holderNode = -1; // the worker that accepted the connection, from its greeting
    pid_t holderPid = 0;
};

struct Share
{
    int node;
    pid_t pid;
    long long served;
};

class LoadGenerator
{
public:
    LoadGenerator(RunContext &ctx, int index) : m_ctx(ctx), m_me(ctx.plan->processes.at(index))
    {
        m_index = index;
    }
    int run();

private:
    bool start(const sockaddr_in &addr);
    void step(Request &r, short revents);
    void finish(Request &r, bool ok);
    void greeted(Request &r);
    void answered(const Request &r);

    RunContext &m_ctx;
    const ProcessPlan &m_me;
    int m_index = 0;
    long long m_sent = 0, m_served = 0, m_failed = 0;
    bool m_killed = false;
    std::vector<Share> m_shares;
    std::vector<Request> m_open;
};

bool LoadGenerator::start(const sockaddr_in &addr)
{
    Request r;
    ++m_sent;
    r.deadlineNs = monotonicNowNs() + m_me.param(wire::ProcessKey::TimeoutMs) * kNsPerMs;
    r.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (r.fd < 0 || (connect(r.fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0 &&
                     errno != EINPROGRESS)) {
        finish(r, false);
        return false;
    }
    m_open.push_back(r);
    return true;
}

void LoadGenerator::finish(Request &r, bool ok)
{
    if (r.fd >= 0)
        close(r.fd);
    r.fd = -1;
    if (ok) {
        ++m_served;
        answered(r);
    } else {
        ++m_failed;
    }
}

// The greeting "<node> <pid>\n": that worker has accepted this connection and holds it until
// it answers. Fault injection under load happens here, after `kill_at` answers: the worker
// is killed before the request is even sent, so it dies holding an accepted, unanswered
// connection (it cannot have answered: it never saw the request). That request fails by
// what really happens to the connection (closed or reset), never by a count set here.
void LoadGenerator::greeted(Request &r)
{
    const auto space = r.line.find(' ');
    const std::string node = r.line.substr(0, space);
    r.holderPid = static_cast<pid_t>(std::atol(r.line.c_str() + space + 1));
    for (const auto &p : m_ctx.plan->processes)
        if (p.id == node)
            r.holderNode = p.index;
    r.line.clear();
    const long long killAt = m_me.param(wire::ProcessKey::KillAt);
    if (killAt > 0 && !m_killed && m_served >= killAt && r.holderNode >= 0 && r.holderPid > 0) {
        m_killed = true;
        kill(r.holderPid, SIGKILL);
        EventBuilder(wire::Event::Lab)
            .str(wire::EventField::Lab, wire::name(wire::LabEvent::Kill))
            .str(wire::EventField::Node, node)
            .num(wire::EventField::Pid, r.holderPid)
            .emit();
    }
}

// Counts the answer for the worker incarnation that gave it.
void LoadGenerator::answered(const Request &r)
{
    auto it = std::find_if(m_shares.begin(), m_shares.end(),
                           [&](const Share &s) { return s.pid == r.holderPid; });
    if (it == m_shares.end())
        it = m_shares.insert(m_shares.end(), Share{r.holderNode, r.holderPid, 0});
    ++it->served;
    m_ctx.stats->processes[m_index].items.store(static_cast<uint64_t>(m_served));
}

void LoadGenerator::step(Request &r, short revents)
{
    if (r.phase == Request::Phase::Connecting) {
        if (!(revents & (POLLOUT | POLLERR | POLLHUP)))
            return;
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(r.fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err != 0)
            return finish(r, false);
        r.phase = Request::Phase::Greeting;
        return;
    }
    if (!(revents & (POLLIN | POLLERR | POLLHUP)))
        return;
    char buf[128];
    const ssize_t n = recv(r.fd, buf, sizeof buf, MSG_DONTWAIT);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
        return finish(r, false); // closed or reset before answering: the worker died
    if (n < 0)
        return;
    r.line.append(buf, static_cast<size_t>(n));
    if (r.line.size() > 100)
        return finish(r, false);
    if (r.line.find('\n') == std::string::npos)
        return;
    if (r.phase == Request::Phase::Answer)
        return finish(r, true);
    greeted(r);
    if (send(r.fd, kRequest, sizeof kRequest - 1, MSG_NOSIGNAL) != sizeof kRequest - 1)
        return finish(r, false);
    r.phase = Request::Phase::Answer;
}

int LoadGenerator::run()
{
    LabState &st = labState();
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    if (getsockname(st.listenFd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return 2;
    // A client has no business holding the server's listening socket.
    close(st.listenFd);
    st.listenFd = -1;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

    const long long count = m_me.param(wire::ProcessKey::Count),
                    rate = m_me.param(wire::ProcessKey::Rate);
    const size_t parallel = static_cast<size_t>(m_me.param(wire::ProcessKey::Parallel));
    const long long startNs = monotonicNowNs();
    std::vector<pollfd> fds;
    while (m_sent < count || !m_open.empty()) {
        const long long now = monotonicNowNs();
        // Start what is due: paced at `rate` per second (0 = as fast as slots free up).
        while (m_sent < count && m_open.size() < parallel &&
               (rate <= 0 || startNs + m_sent * 1000000000LL / rate <= now))
            start(addr);
        fds.clear();
        for (const Request &r : m_open)
            fds.push_back(
                {r.fd, static_cast<short>(r.phase == Request::Phase::Connecting ? POLLOUT : POLLIN),
                 0});
        fds.push_back({lifelineReadFd(), POLLIN, 0});
        const int n = poll(fds.data(), fds.size(), kTickMs);
        if (n < 0 && errno != EINTR)
            return 2;
        if (n > 0 && lifelineBroken(fds.back().revents))
            exitBecauseAgentIsGone();
        const long long after = monotonicNowNs();
        for (size_t i = 0; i < m_open.size(); ++i) {
            Request &r = m_open[i];
            if (n > 0)
                step(r, fds[i].revents);
            if (r.fd >= 0 && after > r.deadlineNs)
                finish(r, false); // bounded time: no answer within timeout_ms
        }
        m_open.erase(
            std::remove_if(m_open.begin(), m_open.end(), [](const Request &r) { return r.fd < 0; }),
            m_open.end());
    }
    for (const Share &s : m_shares)
        EventBuilder(wire::Event::Lab)
            .str(wire::EventField::Lab, wire::name(wire::LabEvent::Share))
            .str(wire::EventField::Node,
                 s.node >= 0 ? m_ctx.plan->processes.at(s.node).id : std::string("?"))
            .num(wire::EventField::Pid, s.pid)
            .num(wire::EventField::Served, s.served)
            .emit();
    EventBuilder(wire::Event::Lab)
        .str(wire::EventField::Lab, wire::name(wire::LabEvent::Load))
        .str(wire::EventField::Node, m_me.id)
        .num(wire::EventField::Port, ntohs(addr.sin_port))
        .num(wire::EventField::Sent, m_sent)
        .num(wire::EventField::Served, m_served)
        .num(wire::EventField::Failed, m_failed)
        .num(wire::EventField::ElapsedNs, monotonicNowNs() - startNs)
        .emit();
    return 0;
}

} // namespace

int runLoad(RunContext &ctx, int index)
{
    return LoadGenerator(ctx, index).run();
}

} // namespace proclab::agent
