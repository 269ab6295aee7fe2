// SPDX-License-Identifier: GPL-3.0-or-later
// pipe and socketpair: one producer, one consumer, fixed-size records on a byte stream.
// Descriptors are non-blocking and every wait is a poll() of at most kPollMs, so a
// process notices a vanished agent or peer instead of blocking forever.
#include "core/agent/ipc/ipc_item.h"
#include "core/agent/ipc/ipc_worker.h"
#include "core/agent/signaldispositions.h"

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <semaphore.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace proclab::agent {

namespace {

using wire::WaitState;

bool isSocket(const Worker &w)
{
    return w.plan.channels[w.channelIndex].kind == wire::ChannelKind::SocketPair;
}

bool waitFor(int fd, short events)
{
    pollfd p{fd, events, 0};
    return poll(&p, 1, kPollMs) > 0;
}

void updateFill(Worker &w, int fd)
{
    int bytes = 0;
    if (ioctl(fd, FIONREAD, &bytes) == 0)
        w.cs.fill.store(static_cast<uint64_t>(bytes / w.rt.itemSize));
}

// Writes a whole record. False if the consumer is gone or the agent died; `done` says
// how much of it went out.
bool writeRecord(Worker &w, int fd, const unsigned char *data, size_t &done)
{
    const size_t size = static_cast<size_t>(w.rt.itemSize);
    done = 0;
    bool waited = false;
    while (done < size) {
        const ssize_t n = isSocket(w) ? send(fd, data + done, size - done, MSG_NOSIGNAL)
                                      : write(fd, data + done, size - done);
        if (n > 0) {
            done += static_cast<size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN) {
            // EPIPE: the reading side is closed everywhere (no process holds a spare one).
            if (errno == EPIPE)
                w.reportPeersGone(Role::Consumer, "EPIPE");
            return false;
        }
        if (!waited)
            w.cs.waits_full.fetch_add(1);
        waited = true;
        w.setWait(WaitState::WaitingFull);
        if (!waitFor(fd, POLLOUT) && !agentAlive())
            return false;
    }
    w.setWait(WaitState::None);
    return true;
}

// Waits for the receiver's acknowledgement of the record just written: a byte back on
// the socket, or the producer's semaphore for a pipe (a pipe has no way back).
bool awaitAck(Worker &w, int fd)
{
    if (!isSocket(w))
        return w.awaitAck();
    w.setWait(WaitState::WaitingAck);
    for (;;) {
        char ack;
        const ssize_t n = recv(fd, &ack, 1, 0);
        if (n == 1)
            break;
        if (n == 0 || (errno != EAGAIN && errno != EINTR))
            return false;
        waitFor(fd, POLLIN);
        if (!agentAlive())
            return false;
        if (allConsumersDone(w.rt)) {
            w.reportPeersGone(Role::Consumer, nullptr);
            return false;
        }
    }
    w.setWait(WaitState::None);
    return true;
}

int produce(Worker &w)
{
    const int fd = w.rt.fd[1];
    if (fd < 0)
        return 2;
    setDisposition(SIGPIPE, SIG_IGN); // a vanished reader is an error return, not a death
    const long long count = w.count(), rate = w.param(wire::ProcessKey::Rate);
    std::vector<unsigned char> item(w.rt.itemSize);
    const uint64_t start = monotonicNs();
    for (uint64_t seq = 0; moreToSend(count, seq); ++seq) {
        if (!nextItemDue(start, rate, seq))
            return 1;
        fillItem(item.data(), w.rt.itemSize, static_cast<uint32_t>(w.slot), seq, monotonicNs());
        w.produced(); // before the write, see Worker::produced
        size_t written = 0;
        if (!writeRecord(w, fd, item.data(), written)) {
            if (written == 0)
                w.unproduced(); // nothing went out: not an item of the channel
            return 1;
        }
        if (!isSocket(w))
            updateFill(w, fd);
        if (w.syncSend() && !awaitAck(w, fd))
            return 1;
    }
    // Close now so the consumer sees EOF even before this process is reaped.
    close(fd);
    w.rt.fd[1] = -1;
    return 0;
}

enum class ReadResult
{
    Record,
    End,
    AgentGone
};

ReadResult readRecord(Worker &w, int fd, unsigned char *data)
{
    size_t done = 0, size = static_cast<size_t>(w.rt.itemSize);
    bool waited = false;
    while (done < size) {
        const ssize_t n = read(fd, data + done, size - done);
        if (n > 0) {
            done += static_cast<size_t>(n);
            continue;
        }
        if (n == 0) {
            // EOF: every writing end is closed. Before the producer said it was done, that
            // means it died; a partial record of it was never "produced".
            if (!allProducersDone(w.rt, &w.cs))
                w.reportPeersGone(Role::Producer, nullptr);
            return ReadResult::End;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN)
            return ReadResult::End;
        // Checked before polling: the producer marks itself done only after its last
        // record is in the stream, so "done and nothing pending" really is the end (a
        // partial record of a killed producer was never "produced").
        if (allProducersDone(w.rt, &w.cs)) {
            int pending = 0;
            if (ioctl(fd, FIONREAD, &pending) == 0 && pending == 0)
                return ReadResult::End;
        }
        if (!waited && done == 0)
            w.cs.waits_empty.fetch_add(1);
        waited = true;
        w.setWait(WaitState::WaitingEmpty);
        if (!waitFor(fd, POLLIN) && !agentAlive())
            return ReadResult::AgentGone;
    }
    w.setWait(WaitState::None);
    return ReadResult::Record;
}

int consume(Worker &w)
{
    const int fd = w.rt.fd[0];
    if (fd < 0)
        return 2;
    setDisposition(SIGPIPE, SIG_IGN);
    const long long holdMs = w.param(wire::ProcessKey::HoldMs),
                    workUs = w.param(wire::ProcessKey::WorkUs);
    std::vector<unsigned char> item(w.rt.itemSize);
    for (uint64_t taken = 0;; ++taken) {
        const ReadResult r = readRecord(w, fd, item.data());
        if (r == ReadResult::AgentGone)
            return 1;
        if (r == ReadResult::End)
            return 0;
        if ((taken & 255) == 255 && !agentAlive())
            return 1;
        updateFill(w, fd);
        sleepMs(holdMs);
        const int producer = w.record(item.data());
        if (w.syncSend() && producer >= 0) {
            if (isSocket(w)) {
                const char ack = 1;
                while (send(fd, &ack, 1, MSG_NOSIGNAL) < 0 && errno == EAGAIN)
                    waitFor(fd, POLLOUT);
            } else {
                sem_post(&w.rt.ack()[producer]);
            }
        }
        w.work(workUs);
    }
}

} // namespace

int runStream(Worker &w, Role role)
{
    return role == Role::Producer ? produce(w) : consume(w);
}

} // namespace proclab::agent
