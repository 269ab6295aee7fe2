// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the agent creates for each channel before the first fork, and every process of the
// run inherits through fork(): the mapped shared control block and the descriptors.
// One ChannelRuntime per plan channel, same index.

#include "core/agent/agent_api.h"

#include <atomic>
#include <mqueue.h>
#include <pthread.h>
#include <semaphore.h>
#include <string>
#include <vector>

namespace proclab::agent {

// Start of every channel's shared block (shm "<prefix>-buf<i>", "-ctr<i>" or "-ctl<i>").
// Arrays follow at the offsets recorded in ChannelRuntime.
struct ControlHeader
{
    pthread_mutex_t lock; // robust + process-shared (shm kinds)
    sem_t empty;          // shm-buffer: free slots (blocking only; decisions use head/tail)
    sem_t full;           // shm-buffer: queued items (same)
    std::atomic<int32_t> holderPid;   // who holds `lock`, so a recovery can name the dead one
    std::atomic<int32_t> holderIndex; // and its plan index, so a recovery can read its claim
    std::atomic<uint32_t> consumersDone;
    std::atomic<uint64_t> head;    // shm-buffer: items ever put (monotonic)
    std::atomic<uint64_t> tail;    // shm-buffer: items ever taken (monotonic)
    std::atomic<uint64_t> counter; // shm-counter: the shared value
    // shm-buffer fast=1 (FastRing): futex words, 1 while that side sleeps
    std::atomic<uint32_t> consumerAsleep;
    std::atomic<uint32_t> producerAsleep;
};

enum class Role
{
    None,
    Producer,
    Consumer,
    Incrementer
};

struct ChannelRuntime
{
    std::string shmName; // "" once unlinked
    std::string mqName;
    void *base = nullptr;
    size_t size = 0;
    int producers = 0;
    int consumers = 0;
    int capacity = 0;
    int itemSize = 0;
    // Offsets into the block.
    size_t producerDoneOff = 0; // std::atomic<uint32_t>[producers]
    size_t consumerDoneOff = 0; // std::atomic<uint32_t>[consumers]
    size_t ackOff = 0;          // sem_t[producers] (send=sync over pipe or mailbox)
    size_t seenBaseOff = 0;     // uint64_t[producers]: first bit of each producer's range
    size_t seenLimitOff = 0;    // uint64_t[producers]: seqs tracked (the rest go unchecked)
    size_t seenOff = 0;         // uint64_t bitmap words
    size_t slotsOff = 0;        // shm-buffer ring: capacity * itemSize
    size_t receiveOff = 0;      // mailbox: consumers * itemSize, where each one receives
    // Descriptors: [0] = read / consumer side, [1] = write / producer side. Only the
    // processes on the way from the creator to a user hold an end, never a spare one: a
    // writer whose readers are all gone gets EPIPE, a reader whose writer is gone gets EOF.
    int fd[2] = {-1, -1};
    // Presence pipes for the kinds without EOF or EPIPE of their own (shm-buffer, mailbox):
    // nothing is ever written; the kernel closes a dead process's ends, so a waiting side
    // sees POLLHUP once every process of the other role is gone, even before it is reaped
    // (a busy parent may never reap its dead consumer).
    int producersAlive[2] = {-1, -1}; // [1] held by producers, [0] by consumers
    int consumersAlive[2] = {-1, -1}; // [1] held by consumers, [0] by producers
    mqd_t mq = (mqd_t)-1;

    ControlHeader *ctl() const { return static_cast<ControlHeader *>(base); }
    template<class T> T *at(size_t off) const
    {
        return reinterpret_cast<T *>(static_cast<char *>(base) + off);
    }
    std::atomic<uint32_t> *producerDone() const
    {
        return at<std::atomic<uint32_t>>(producerDoneOff);
    }
    std::atomic<uint32_t> *consumerDone() const
    {
        return at<std::atomic<uint32_t>>(consumerDoneOff);
    }
    sem_t *ack() const { return at<sem_t>(ackOff); }
    unsigned char *slot(uint64_t n) const
    {
        return at<unsigned char>(slotsOff) + (n % static_cast<uint64_t>(capacity)) * itemSize;
    }
    // A mailbox consumer's receive buffer, in the block the agent keeps mapped: a message
    // mq_receive() took out of the queue is readable there after the consumer's death.
    unsigned char *receiveSlot(int consumer) const
    {
        return at<unsigned char>(receiveOff) + static_cast<size_t>(consumer) * itemSize;
    }
};

std::vector<ChannelRuntime> &channelRuntimes();

// The process's role on a channel and its slot among the channel's producers or consumers
// (plan order), or Role::None.
Role roleOf(const Plan &plan, int processIndex, int channelIndex, int *slot = nullptr);
// Count of produce/consume behaviours on a channel.
int countRole(const Plan &plan, int channelIndex, Role role);

// Marks a producer done exactly once (by itself or by the agent when it died) and wakes
// the consumers so they can drain and end.
void markProducerDone(int channelIndex, int producerSlot, wire::ChannelStats *cs);
void markConsumerDone(int channelIndex, int consumerSlot);
bool allProducersDone(const ChannelRuntime &rt, const wire::ChannelStats *cs);
bool allConsumersDone(const ChannelRuntime &rt);

// Closes the pipe/socket/queue descriptors that neither `processIndex` nor (if
// orDescendants) a process below it in the plan's tree uses.
void closeChannelEndsNotUsedBy(const Plan &plan, int processIndex, bool orDescendants);
// In the agent: the presence pipes of shm-buffer and mailbox channels.
bool createPresencePipes(const ChannelPlan &ch, ChannelRuntime &rt, std::string *error);
// Every descriptor of a channel, including presence pipes; the mapping stays.
void closeChannelDescriptors(ChannelRuntime &rt);
// True once every consumer (producer) of the channel has ended, seen from the other side
// without waiting: EPIPE/POLLERR on a pipe, POLLHUP on a socket or a presence pipe.
bool consumersGone(const ChannelRuntime &rt);
bool producersGone(const ChannelRuntime &rt);

} // namespace proclab::agent
