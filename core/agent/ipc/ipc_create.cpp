// SPDX-License-Identifier: GPL-3.0-or-later
// Creating and removing the kernel objects of a run's channels (in the agent, before the
// first fork), and closing the descriptors each process does not need.
#include "core/agent/ipc/ipc_item.h"
#include "core/agent/ipc/ipc_runtime.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

namespace proclab::agent {

namespace {

constexpr uint64_t kTrackedUnlimited = uint64_t{1} << 20; // seqs checked for count=0 producers
constexpr uint64_t kTrackedMax = uint64_t{1} << 24;

size_t align64(size_t n)
{
    return (n + 63) & ~size_t{63};
}

std::string readProcValue(const char *path)
{
    std::ifstream in(path);
    std::string v;
    in >> v;
    return v.empty() ? "?" : v;
}

std::string sysError(const std::string &what)
{
    return what + ": " + std::strerror(errno);
}

bool validate(const Plan &plan, std::string *error)
{
    if (plan.channels.size() > static_cast<size_t>(wire::kMaxChannels)) {
        *error = "too many channels: " + std::to_string(plan.channels.size()) + " (at most " +
                 std::to_string(wire::kMaxChannels) + ")";
        return false;
    }
    for (const ChannelPlan &ch : plan.channels) {
        const std::string where =
            "channel '" + ch.id + "' (" + std::string(wire::name(ch.kind)) + "): ";
        const bool counter = ch.kind == wire::ChannelKind::ShmCounter;
        if (!counter && ch.itemSize < kItemHeaderBytes) {
            *error = where + "item_size " + std::to_string(ch.itemSize) +
                     " is smaller than the item header (" + std::to_string(kItemHeaderBytes) +
                     " bytes)";
            return false;
        }
        if (!counter && ch.itemSize > (1 << 24)) {
            *error = where + "item_size " + std::to_string(ch.itemSize) + " is above 16 MiB";
            return false;
        }
        if ((ch.kind == wire::ChannelKind::ShmBuffer || ch.kind == wire::ChannelKind::Mailbox) &&
            ch.capacity < 1) {
            *error = where + "capacity must be at least 1";
            return false;
        }
        const int producers = countRole(plan, ch.index, Role::Producer);
        const int consumers = countRole(plan, ch.index, Role::Consumer);
        if (ch.fast && (ch.kind != wire::ChannelKind::ShmBuffer || !ch.sync)) {
            *error = where + "fast=1 is a mode of a synchronised shm-buffer only";
            return false;
        }
        if (ch.fast && (producers > 1 || consumers > 1)) {
            *error = where + "the fast ring joins one producer and one consumer, the plan has " +
                     std::to_string(producers) + " and " + std::to_string(consumers);
            return false;
        }
        if ((ch.kind == wire::ChannelKind::Pipe || ch.kind == wire::ChannelKind::SocketPair) &&
            (producers > 1 || consumers > 1)) {
            *error = where + "a " + std::string(wire::name(ch.kind)) +
                     " joins one producer and one consumer, the plan has " +
                     std::to_string(producers) + " and " + std::to_string(consumers);
            return false;
        }
    }
    for (const ProcessPlan &p : plan.processes) {
        if (!wire::usesChannel(p.behaviour))
            continue;
        const long long c = p.param(wire::ProcessKey::Channel, -1);
        if (c < 0 || c >= static_cast<long long>(plan.channels.size())) {
            *error = "process '" + p.id + "' (" + std::string(wire::name(p.behaviour)) +
                     "): channel index " + std::to_string(c) + " does not exist";
            return false;
        }
        const bool counter = plan.channels[c].kind == wire::ChannelKind::ShmCounter;
        if (counter != (p.behaviour == wire::Behaviour::Increment)) {
            *error = "process '" + p.id + "': behaviour '" + std::string(wire::name(p.behaviour)) +
                     "' does not work on channel '" + plan.channels[c].id + "' (" +
                     std::string(wire::name(plan.channels[c].kind)) + ")";
            return false;
        }
    }
    return true;
}

bool createBlock(const Plan &plan, const ChannelPlan &ch, ChannelRuntime &rt, std::string *error)
{
    rt.producers = countRole(plan, ch.index, Role::Producer);
    rt.consumers = countRole(plan, ch.index, Role::Consumer);
    rt.capacity = ch.capacity;
    rt.itemSize = ch.itemSize;

    size_t off = align64(sizeof(ControlHeader));
    rt.producerDoneOff = off;
    off = align64(off + sizeof(std::atomic<uint32_t>) * rt.producers);
    rt.consumerDoneOff = off;
    off = align64(off + sizeof(std::atomic<uint32_t>) * rt.consumers);
    rt.ackOff = off;
    off = align64(off + sizeof(sem_t) * rt.producers);
    rt.seenBaseOff = off;
    off = align64(off + sizeof(uint64_t) * rt.producers);
    rt.seenLimitOff = off;
    off = align64(off + sizeof(uint64_t) * rt.producers);
    rt.seenOff = off;
    uint64_t bits = 0;
    std::vector<uint64_t> base, limit;
    for (const ProcessPlan &p : plan.processes) {
        if (roleOf(plan, p.index, ch.index) != Role::Producer)
            continue;
        const long long count = p.param(wire::ProcessKey::Count, 0);
        const uint64_t tracked =
            count > 0 ? std::min<uint64_t>(count, kTrackedMax) : kTrackedUnlimited;
        base.push_back(bits);
        limit.push_back(tracked);
        bits += (tracked + 63) & ~uint64_t{63};
    }
    off = align64(off + bits / 8);
    if (ch.kind == wire::ChannelKind::ShmBuffer) {
        rt.slotsOff = off;
        off += static_cast<size_t>(ch.capacity) * ch.itemSize;
    }
    if (ch.kind == wire::ChannelKind::Mailbox) {
        rt.receiveOff = off;
        off += static_cast<size_t>(rt.consumers) * ch.itemSize;
    }
    rt.size = align64(off);

    const char *what = ch.kind == wire::ChannelKind::ShmBuffer    ? "-buf"
                       : ch.kind == wire::ChannelKind::ShmCounter ? "-ctr"
                                                                  : "-ctl";
    const std::string name = ipcNamePrefix() + what + std::to_string(ch.index);
    const int fd = shm_open(name.c_str(), O_CREAT | O_EXCL | O_RDWR, 0600);
    if (fd < 0 && errno == EEXIST) {
        *error = "channel '" + ch.id + "': the shared memory object " + name +
                 " already exists: another program made it under this run's name; ProcLab "
                 "removes only objects it created, so it leaves that one alone";
        return false;
    }
    if (fd < 0) {
        *error = "channel '" + ch.id + "': " + sysError("shm_open " + name);
        return false;
    }
    rt.shmName = name;
    if (ftruncate(fd, static_cast<off_t>(rt.size)) != 0) {
        *error = "channel '" + ch.id + "': " + sysError("ftruncate " + name);
        close(fd);
        return false;
    }
    void *p = mmap(nullptr, rt.size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (p == MAP_FAILED) {
        *error = "channel '" + ch.id + "': " + sysError("mmap " + name);
        return false;
    }
    rt.base = p;
    ControlHeader *ctl = new (p) ControlHeader();
    for (int i = 0; i < rt.producers; ++i) {
        rt.at<uint64_t>(rt.seenBaseOff)[i] = base[i];
        rt.at<uint64_t>(rt.seenLimitOff)[i] = limit[i];
        sem_init(&rt.ack()[i], 1, 0);
    }
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
    // Robust: a holder killed inside the critical section must not hang everyone else.
    pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
    const int rc = pthread_mutex_init(&ctl->lock, &attr);
    pthread_mutexattr_destroy(&attr);
    if (rc != 0 || sem_init(&ctl->empty, 1, ch.capacity > 0 ? ch.capacity : 0) != 0 ||
        sem_init(&ctl->full, 1, 0) != 0) {
        *error = "channel '" + ch.id + "': cannot initialise the process-shared lock/semaphores";
        return false;
    }
    return true;
}

bool createStreams(const ChannelPlan &ch, ChannelRuntime &rt, std::string *error)
{
    if (ch.kind == wire::ChannelKind::Pipe) {
        if (pipe2(rt.fd, O_NONBLOCK) != 0) {
            *error = "channel '" + ch.id + "': " + sysError("pipe");
            return false;
        }
        // Best effort: make the pipe hold about `capacity` items (the kernel rounds up to
        // pages and caps it at /proc/sys/fs/pipe-max-size).
        if (ch.capacity > 0)
            fcntl(rt.fd[1], F_SETPIPE_SZ, ch.capacity * ch.itemSize);
    } else if (ch.kind == wire::ChannelKind::SocketPair) {
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, rt.fd) != 0) {
            *error = "channel '" + ch.id + "': " + sysError("socketpair");
            return false;
        }
    } else if (ch.kind == wire::ChannelKind::Mailbox) {
        const std::string name = ipcNamePrefix() + "-mq" + std::to_string(ch.index);
        mq_attr attr{};
        attr.mq_maxmsg = ch.capacity;
        attr.mq_msgsize = ch.itemSize;
        rt.mq = mq_open(name.c_str(), O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
        if (rt.mq == (mqd_t)-1 && errno == EEXIST) {
            *error = "channel '" + ch.id + "': the message queue " + name +
                     " already exists: another program made it under this run's name; "
                     "ProcLab removes only objects it created, so it leaves that one alone";
            return false;
        }
        if (rt.mq == (mqd_t)-1) {
            const int err = errno;
            *error = "channel '" + ch.id + "': the kernel refused the message queue " + name +
                     " (capacity=" + std::to_string(ch.capacity) +
                     ", item_size=" + std::to_string(ch.itemSize) + "): " + std::strerror(err) +
                     "; limits: /proc/sys/fs/mqueue/msg_max=" +
                     readProcValue("/proc/sys/fs/mqueue/msg_max") +
                     ", /proc/sys/fs/mqueue/msgsize_max=" +
                     readProcValue("/proc/sys/fs/mqueue/msgsize_max") +
                     ", /proc/sys/fs/mqueue/queues_max=" +
                     readProcValue("/proc/sys/fs/mqueue/queues_max");
            return false;
        }
        rt.mqName = name;
        return createPresencePipes(ch, rt, error);
    } else if (ch.kind == wire::ChannelKind::ShmBuffer) {
        return createPresencePipes(ch, rt, error);
    }
    return true;
}

} // namespace

bool createChannels(const Plan &plan, wire::StatsPage *stats, std::string *error)
{
    std::string dummy;
    if (!error)
        error = &dummy;
    if (!validate(plan, error))
        return false;
    auto &rts = channelRuntimes();
    rts.assign(plan.channels.size(), ChannelRuntime());
    for (const ChannelPlan &ch : plan.channels) {
        ChannelRuntime &rt = rts[ch.index];
        if (!createBlock(plan, ch, rt, error) || !createStreams(ch, rt, error)) {
            destroyChannels(plan);
            return false;
        }
        wire::ChannelStats &cs = stats->channels[ch.index];
        cs.capacity.store(
            ch.kind == wire::ChannelKind::ShmCounter ? 0 : static_cast<uint64_t>(ch.capacity));
        cs.producers_total.store(static_cast<uint64_t>(rt.producers));
    }
    stats->channel_count = static_cast<uint32_t>(plan.channels.size());
    return true;
}

void destroyChannels(const Plan &)
{
    for (ChannelRuntime &rt : channelRuntimes()) {
        if (!rt.shmName.empty())
            shm_unlink(rt.shmName.c_str());
        rt.shmName.clear();
        if (!rt.mqName.empty())
            mq_unlink(rt.mqName.c_str());
        rt.mqName.clear();
        if (rt.mq != (mqd_t)-1)
            mq_close(rt.mq);
        rt.mq = (mqd_t)-1;
        closeChannelDescriptors(rt);
        if (rt.base)
            munmap(rt.base, rt.size);
        rt.base = nullptr;
    }
}

} // namespace proclab::agent
