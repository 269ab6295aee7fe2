// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/lifeline.h"

#include "core/agent/agent_api.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace proclab::agent {

namespace {
int g_readFd = -1;
int g_writeFd = -1;
int g_runGroup = 0;
} // namespace

bool createLifeline(int runGroup)
{
    g_runGroup = runGroup;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return false;
    g_readFd = fds[0];
    g_writeFd = fds[1];
    return true;
}

void dropLifelineWriteEnd()
{
    if (g_writeFd >= 0)
        close(g_writeFd);
    g_writeFd = -1;
}

int lifelineReadFd()
{
    return g_readFd;
}

int lifelineRunGroup()
{
    return g_runGroup;
}

bool lifelineBroken(short revents)
{
    return (revents & (POLLHUP | POLLERR | POLLNVAL | POLLIN)) != 0;
}

bool agentAlive()
{
    if (g_writeFd >= 0)
        return true; // we are the agent
    if (g_readFd < 0)
        return false;
    pollfd p{g_readFd, POLLIN, 0};
    if (poll(&p, 1, 0) <= 0)
        return true;
    return !lifelineBroken(p.revents);
}

int pollWithLifeline(int fd, short events, int timeoutMs)
{
    pollfd fds[2] = {{fd, events, 0}, {g_readFd, POLLIN, 0}};
    const int n = poll(fds, 2, timeoutMs);
    if (n < 0)
        return errno == EINTR ? 0 : -1;
    if (n > 0 && lifelineBroken(fds[1].revents))
        exitBecauseAgentIsGone();
    return n > 0 ? fds[0].revents : 0;
}

} // namespace proclab::agent

namespace proclab::agent {

void exitBecauseAgentIsGone()
{
    // Never the controller's group: only when we are in the run's own group.
    if (g_runGroup > 0 && getpgid(0) == g_runGroup)
        kill(0, SIGKILL);
    _exit(0);
}

} // namespace proclab::agent
