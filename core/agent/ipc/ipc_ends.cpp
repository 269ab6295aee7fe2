// SPDX-License-Identifier: GPL-3.0-or-later
// Who holds which end of a channel. The agent creates every channel before the first
// fork, so every process inherits every end; each then keeps only the ends that it or a
// process it has yet to fork uses. After forking its children a process keeps only its
// own. So no process holds a spare end, and the kernel tells each side when the other is
// gone exactly as in `ls | wc`: EPIPE for a writer without readers, EOF for a reader
// without writers, POLLHUP on the presence pipes of the kinds that have neither.
#include "core/agent/ipc/ipc_runtime.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace proclab::agent {

namespace {

void closeFd(int &fd)
{
    if (fd >= 0)
        close(fd);
    fd = -1;
}

// True if `ancestor` is `p` or one of p's ancestors in the plan's tree.
bool inSubtree(const Plan &plan, int ancestor, int p)
{
    for (int i = p; i >= 0; i = plan.processes.at(i).parent) {
        if (i == ancestor)
            return true;
    }
    return false;
}

void closeProducerSide(ChannelRuntime &rt)
{
    closeFd(rt.fd[1]);
    closeFd(rt.producersAlive[1]);
    closeFd(rt.consumersAlive[0]);
}

void closeConsumerSide(ChannelRuntime &rt)
{
    closeFd(rt.fd[0]);
    closeFd(rt.consumersAlive[1]);
    closeFd(rt.producersAlive[0]);
}

// Nonzero revents other than "ready" on `fd`, asked without waiting.
bool hungUp(int fd, short events)
{
    if (fd < 0)
        return false;
    pollfd p{fd, events, 0};
    return poll(&p, 1, 0) > 0 && (p.revents & (POLLHUP | POLLERR)) != 0;
}

} // namespace

bool createPresencePipes(const ChannelPlan &ch, ChannelRuntime &rt, std::string *error)
{
    if (pipe2(rt.producersAlive, O_NONBLOCK) != 0 || pipe2(rt.consumersAlive, O_NONBLOCK) != 0) {
        *error = "channel '" + ch.id + "': pipe: " + std::strerror(errno);
        return false;
    }
    return true;
}

void closeChannelDescriptors(ChannelRuntime &rt)
{
    closeProducerSide(rt);
    closeConsumerSide(rt);
}

void closeUnusedChannelEnds(const Plan &plan, int processIndex)
{
    closeChannelEndsNotUsedBy(plan, processIndex, true);
}

void keepOnlyOwnChannelEnds(const Plan &plan, int processIndex)
{
    closeChannelEndsNotUsedBy(plan, processIndex, false);
}

void closeChannelEndsNotUsedBy(const Plan &plan, int processIndex, bool orDescendants)
{
    for (const ChannelPlan &ch : plan.channels) {
        ChannelRuntime &rt = channelRuntimes().at(ch.index);
        // Keep an end while this process or one it will fork uses it; otherwise close it.
        bool producerBelow = false, consumerBelow = false;
        for (const ProcessPlan &p : plan.processes) {
            if (orDescendants ? !inSubtree(plan, processIndex, p.index) : p.index != processIndex)
                continue;
            const Role role = roleOf(plan, p.index, ch.index);
            producerBelow |= role == Role::Producer;
            consumerBelow |= role == Role::Consumer;
        }
        if (!producerBelow)
            closeProducerSide(rt);
        if (!consumerBelow)
            closeConsumerSide(rt);
        if (!producerBelow && !consumerBelow && rt.mq != (mqd_t)-1) {
            mq_close(rt.mq);
            rt.mq = (mqd_t)-1;
        }
    }
}

void closeAgentChannelEnds(const Plan &)
{
    // The agent keeps its mappings and its message queue descriptors (for the final count
    // of what was left in a queue), never a pipe or socket end: a spare reading end would
    // spare a writer the EPIPE it must get when its reader dies.
    for (ChannelRuntime &rt : channelRuntimes())
        closeChannelDescriptors(rt);
}

bool consumersGone(const ChannelRuntime &rt)
{
    if (rt.consumersAlive[0] >= 0)
        return hungUp(rt.consumersAlive[0], POLLIN);
    // A pipe's writing end reports POLLERR, a socket's POLLHUP, once no reader is left.
    return hungUp(rt.fd[1], POLLOUT);
}

bool producersGone(const ChannelRuntime &rt)
{
    if (rt.producersAlive[0] >= 0)
        return hungUp(rt.producersAlive[0], POLLIN);
    return false; // streams: the reader sees EOF
}

} // namespace proclab::agent
