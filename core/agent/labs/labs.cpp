// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/labs/labs.h"

#include "core/agent/childreaper.h"
#include "core/agent/events.h"
#include "core/agent/labs/labstate.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace proclab::agent {

namespace {

// Up to 128 connections wait in the kernel while every worker is busy (or being
// replaced): that queue is what keeps a pre-fork server answering across a restart.
constexpr int kListenBacklog = 128;

[[noreturn]] void failPrepare(const ProcessPlan &me, const std::string &what)
{
    emitError(me.id, what + ": " + std::strerror(errno));
    _exit(2);
}

int openListener(const ProcessPlan &me)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        failPrepare(me, "socket");
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // loopback only, never the network
    addr.sin_port = 0;                             // the kernel picks a free port
    if (bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        failPrepare(me, "bind 127.0.0.1");
    if (listen(fd, kListenBacklog) != 0)
        failPrepare(me, "listen");
    // Non-blocking: several workers poll the one socket, and the one that loses the race
    // for a connection must get EAGAIN back, not block where it cannot watch its lifeline.
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

} // namespace

LabState &labState()
{
    static LabState state;
    return state;
}

std::vector<int> childrenWith(const Plan &plan, int parent, wire::Behaviour behaviour)
{
    std::vector<int> out;
    for (const auto &p : plan.processes)
        if (p.parent == parent && p.behaviour == behaviour)
            out.push_back(p.index);
    return out;
}

void prepareLab(const Plan &plan, int index)
{
    const ProcessPlan &me = plan.processes.at(index);
    LabState &st = labState();
    if (me.behaviour == wire::Behaviour::Combine) {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC) != 0)
            failPrepare(me, "pipe");
        st.resultRead = fds[0];
        st.resultWrite = fds[1];
    } else if (me.behaviour == wire::Behaviour::PreforkMaster) {
        st.listenFd = openListener(me);
        st.masterPid = getpid();
    } else {
        return;
    }
    st.startNs = monotonicNowNs();
}

int runLabBehaviour(RunContext &ctx, int index, ChildReaper &children)
{
    const wire::Behaviour b = ctx.plan->processes.at(index).behaviour;
    if (b == wire::Behaviour::Combine)
        return runCombine(ctx, index, children);
    if (b == wire::Behaviour::CountPrimes)
        return runCountPrimes(ctx, index);
    if (b == wire::Behaviour::PreforkMaster)
        return runPreforkMaster(ctx, index, children);
    if (b == wire::Behaviour::Serve)
        return runServe(ctx, index);
    return runLoad(ctx, index);
}

} // namespace proclab::agent
