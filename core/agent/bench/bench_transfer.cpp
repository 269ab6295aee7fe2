// SPDX-License-Identifier: GPL-3.0-or-later
// The sender side and the receiver side of each mechanism, as plainly as a textbook
// would write them, so the figures show what the mechanism costs and nothing else.
#include "core/agent/bench/bench_transfer.h"
#include "core/agent/bench/bench_json.h"
#include "core/agent/ipc/ipc_fastring.h"

#include <algorithm>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mqueue.h>
#include <new>
#include <pthread.h>
#include <semaphore.h>
#include <string>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace proclab::agent {

namespace {

constexpr double kWindow = 0.3; // seconds of counted traffic per measurement
constexpr int kRingSlots = 16;  // shm ring capacity
// The fast ring gets the memory a pipe has (64 KiB), but at least 16 slots.
constexpr size_t kFastRingBytes = size_t{64} << 10;
constexpr int kPollMs = 50;

struct Shared
{
    std::atomic<int> stop{0};
    std::atomic<int> senderDone{0};
    pthread_mutex_t lock;
    sem_t empty, full;
    uint64_t head = 0, tail = 0;
    // The fast ring's words, each on its own cache line: the producer's index, the
    // consumer's, and the two futex words are written by different processes.
    alignas(64) std::atomic<uint64_t> fastHead{0};
    alignas(64) std::atomic<uint64_t> fastTail{0};
    alignas(64) std::atomic<uint32_t> consumerAsleep{0};
    alignas(64) std::atomic<uint32_t> producerAsleep{0};
    alignas(64) unsigned char slots[1]; // ring slots follow
};

struct Channel
{
    Mechanism m;
    size_t size;
    Shared *shared = nullptr;
    size_t mapped = 0;
    int fd[2] = {-1, -1}; // [0] receiver, [1] sender
    mqd_t mq = (mqd_t)-1;
    uint32_t slots = kRingSlots;
    unsigned char *slot(uint64_t n) const { return shared->slots + (n % kRingSlots) * size; }
    FastRing fastRing() const
    {
        return FastRing({&shared->fastHead, &shared->fastTail, &shared->consumerAsleep,
                         &shared->producerAsleep},
                        shared->slots, slots, size, kPollMs);
    }
};

bool notStopped(void *shared)
{
    return !static_cast<Shared *>(shared)->stop.load(std::memory_order_relaxed);
}

bool senderRunning(void *shared)
{
    return !static_cast<Shared *>(shared)->senderDone.load();
}

bool writeFull(int fd, const unsigned char *p, size_t n)
{
    while (n > 0) {
        const ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        p += w;
        n -= static_cast<size_t>(w);
    }
    return true;
}

bool readFull(int fd, unsigned char *p, size_t n)
{
    while (n > 0) {
        const ssize_t r = read(fd, p, n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return false;
        p += r;
        n -= static_cast<size_t>(r);
    }
    return true;
}

std::string open(Channel &c)
{
    if (c.m == Mechanism::FastRing)
        c.slots = static_cast<uint32_t>(std::max<size_t>(kRingSlots, kFastRingBytes / c.size));
    c.mapped = sizeof(Shared) + c.slots * c.size;
    void *p = mmap(nullptr, c.mapped, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return "mmap failed";
    c.shared = new (p) Shared();
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
    pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST); // as the real shm-buffer
    pthread_mutex_init(&c.shared->lock, &attr);
    pthread_mutexattr_destroy(&attr);
    sem_init(&c.shared->empty, 1, kRingSlots);
    sem_init(&c.shared->full, 1, 0);
    switch (c.m) {
    case Mechanism::Pipe:
        if (pipe(c.fd) != 0)
            return std::string("pipe: ") + std::strerror(errno);
        break;
    case Mechanism::SocketPair:
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, c.fd) != 0)
            return std::string("socketpair: ") + std::strerror(errno);
        break;
    case Mechanism::Mailbox: {
        // Named like every ProcLab object (so a sweep would find it) and unlinked at
        // once: the descriptors keep it alive, and nothing can be left behind.
        const std::string name = "/proclab-" + std::to_string(getpid()) + "-bench-mq";
        mq_attr a{};
        a.mq_maxmsg = 10;
        a.mq_msgsize = static_cast<long>(c.size);
        c.mq = mq_open(name.c_str(), O_CREAT | O_EXCL | O_RDWR, 0600, &a);
        if (c.mq == (mqd_t)-1)
            return std::string("mq_open: ") + std::strerror(errno);
        mq_unlink(name.c_str());
        break;
    }
    case Mechanism::ShmBuffer:
    case Mechanism::FastRing:
        break;
    }
    return {};
}

void closeAll(Channel &c)
{
    for (int &fd : c.fd) {
        if (fd >= 0)
            close(fd);
        fd = -1;
    }
    if (c.mq != (mqd_t)-1)
        mq_close(c.mq);
    c.mq = (mqd_t)-1;
    if (c.shared)
        munmap(c.shared, c.mapped);
    c.shared = nullptr;
}

void semWait(sem_t *sem)
{
    while (sem_wait(sem) != 0 && errno == EINTR) {
    }
}

void lockRobust(pthread_mutex_t *m)
{
    if (pthread_mutex_lock(m) == EOWNERDEAD)
        pthread_mutex_consistent(m);
}

// Child: send until told to stop, then say so in the mechanism's own way.
int sender(Channel &c)
{
    std::vector<unsigned char> msg(c.size, 0x5a);
    Shared *s = c.shared;
    if (c.m == Mechanism::FastRing) {
        FastRing ring = c.fastRing();
        while (unsigned char *slot = ring.claim(notStopped, s)) {
            std::memcpy(slot, msg.data(), c.size); // written in place
            ring.publish();
            if (!notStopped(s))
                break;
        }
        s->senderDone.store(1);
        ring.nudgeConsumer();
        return 0;
    }
    while (!s->stop.load(std::memory_order_relaxed)) {
        switch (c.m) {
        case Mechanism::ShmBuffer:
            semWait(&s->empty);
            lockRobust(&s->lock);
            std::memcpy(c.slot(s->head), msg.data(), c.size);
            ++s->head;
            pthread_mutex_unlock(&s->lock);
            sem_post(&s->full);
            break;
        case Mechanism::Pipe:
        case Mechanism::SocketPair:
            if (!writeFull(c.fd[1], msg.data(), c.size))
                return 1;
            break;
        case Mechanism::Mailbox:
            if (mq_send(c.mq, reinterpret_cast<const char *>(msg.data()), c.size, 0) != 0)
                return 1;
            break;
        case Mechanism::FastRing:
            break;
        }
    }
    s->senderDone.store(1);
    if (c.m == Mechanism::ShmBuffer)
        sem_post(&s->full);
    if (c.m == Mechanism::Mailbox)
        mq_send(c.mq, "", 0, 0); // an empty message ends the stream
    return 0;
}

// Parent: receive one message; false at the end of the stream.
bool receiveOne(Channel &c, FastRing &ring, unsigned char *buf)
{
    Shared *s = c.shared;
    switch (c.m) {
    case Mechanism::FastRing: {
        const unsigned char *slot = ring.peek(senderRunning, s);
        if (!slot)
            slot = ring.peek(nullptr, nullptr); // published just before "done"
        if (!slot)
            return false;
        std::memcpy(buf, slot, c.size); // the consumer's own copy, as in shm-buffer
        ring.release();
        return true;
    }
    case Mechanism::ShmBuffer:
        for (;;) {
            semWait(&s->full);
            lockRobust(&s->lock);
            if (s->head > s->tail) {
                std::memcpy(buf, c.slot(s->tail), c.size);
                ++s->tail;
                pthread_mutex_unlock(&s->lock);
                sem_post(&s->empty);
                return true;
            }
            const bool done = s->senderDone.load();
            pthread_mutex_unlock(&s->lock);
            if (done)
                return false;
        }
    case Mechanism::Pipe:
    case Mechanism::SocketPair:
        return readFull(c.fd[0], buf, c.size);
    case Mechanism::Mailbox:
        return mq_receive(c.mq, reinterpret_cast<char *>(buf), c.size, nullptr) > 0;
    }
    return false;
}

} // namespace

const char *mechanismName(Mechanism m)
{
    switch (m) {
    case Mechanism::ShmBuffer:
        return "shm-buffer";
    case Mechanism::FastRing:
        return "shm-fastring";
    case Mechanism::Pipe:
        return "pipe";
    case Mechanism::SocketPair:
        return "socketpair";
    case Mechanism::Mailbox:
        return "mailbox";
    }
    return "?";
}

Throughput measureTransfer(Mechanism m, size_t size)
{
    Throughput t;
    Channel c{m, size};
    t.error = open(c);
    if (!t.error.empty()) {
        closeAll(c);
        return t;
    }
    const pid_t child = fork();
    if (child < 0) {
        t.error = "fork failed";
        closeAll(c);
        return t;
    }
    if (child == 0) {
        if (c.fd[0] >= 0)
            close(c.fd[0]);
        const int code = sender(c);
        if (c.fd[1] >= 0)
            close(c.fd[1]);
        _exit(code);
    }
    if (c.fd[1] >= 0) {
        close(c.fd[1]); // so the receiver sees EOF when the sender closes
        c.fd[1] = -1;
    }
    std::vector<unsigned char> buf(size);
    FastRing ring = c.fastRing();
    // The clock starts at the first message, so fork and start-up are not counted.
    bool ok = receiveOne(c, ring, buf.data());
    rusage before{}, after{};
    getrusage(RUSAGE_SELF, &before);
    const double start = benchSeconds();
    double now = start;
    long long messages = 0;
    while (ok && now - start < kWindow) {
        // The clock every 16 messages: read per message it took a third of the receiver's
        // time in the fast ring at 64 B (perf), a cost of the bench, not of the mechanism.
        for (int i = 0; ok && i < 16; ++i) {
            ok = receiveOne(c, ring, buf.data());
            messages += ok ? 1 : 0;
        }
        now = benchSeconds();
    }
    getrusage(RUSAGE_SELF, &after);
    c.shared->stop.store(1);
    while (ok)
        ok = receiveOne(c, ring, buf.data()); // drain, so the sender can see "stop" and end
    int status = 0;
    waitpid(child, &status, 0);
    closeAll(c);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || messages == 0) {
        t.error = "the sender failed";
        return t;
    }
    t.ok = true;
    t.msgsPerSecond = static_cast<double>(messages) / (now - start);
    t.mbPerSecond = t.msgsPerSecond * static_cast<double>(size) / 1e6;
    t.switchesPerMessage =
        static_cast<double>(after.ru_nvcsw - before.ru_nvcsw) / static_cast<double>(messages);
    return t;
}

} // namespace proclab::agent
