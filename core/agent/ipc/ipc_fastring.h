// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fast shared-memory ring: one producer, one consumer, no lock and no semaphore.
// The producer alone moves `head`, the consumer alone moves `tail` (both monotonic counts
// in the shared mapping), and the item is written in place in its slot before `head`
// publishes it. Each side caches the other's index, so on the usual path an item costs two
// plain stores, no fence and no system call. Only a side that finds the ring really empty (or full)
// after a short spin sleeps, in a futex wait on its own "asleep" word, and the other side
// calls futex_wake only when it sees that word set: a busy pair never enters the kernel.
//
// Why one producer and one consumer: with several of either, a process killed between
// claiming a slot and publishing it would leave a hole every later item waits behind, which
// breaks "a killed process never hangs the others". With one of each, a killed producer
// leaves an unpublished slot nobody waits for, and a killed consumer leaves items in the
// ring (counted as left in the channel); the survivor notices through `keepWaiting`.

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace proclab::agent {

struct FastRingWords
{
    std::atomic<uint64_t> *head;           // items ever published (producer writes)
    std::atomic<uint64_t> *tail;           // items ever released (consumer writes)
    std::atomic<uint32_t> *consumerAsleep; // futex word: 1 while the consumer sleeps
    std::atomic<uint32_t> *producerAsleep; // futex word: 1 while the producer sleeps
};

class FastRing
{
public:
    // Called about every `pollMs` while a side sleeps; false ends the wait (and the claim
    // or peek returns nullptr): the agent is gone, or nobody is left on the other side.
    using KeepWaiting = bool (*)(void *context);

    FastRing(const FastRingWords &words, unsigned char *slots, uint32_t capacity, size_t itemSize,
             int pollMs);

    // Producer: the slot to write the next item into, or nullptr if `keepWaiting` said
    // stop. `waited` (if given) is set when the ring was full and the producer slept.
    unsigned char *claim(KeepWaiting keepWaiting, void *context, bool *waited = nullptr);
    // Makes the claimed item visible, and wakes the consumer if it sleeps.
    void publish();

    // Consumer: the oldest item, or nullptr if the ring is empty and `keepWaiting` said
    // stop. With keepWaiting == nullptr it does not wait at all.
    const unsigned char *peek(KeepWaiting keepWaiting, void *context, bool *waited = nullptr);
    // Frees the peeked slot, and wakes the producer if it sleeps and half the ring is free.
    void release();
    // Wakes a sleeping consumer without publishing (the producer ended).
    void nudgeConsumer();
    // Fences, then wakes the other side if it sleeps: call before this side waits, sleeps
    // or stops, since publish() and release() look at the other side's word unfenced.
    void settle();

    uint64_t queued() const;

private:
    unsigned char *slot(uint64_t n) const { return m_slots + (n % m_capacity) * m_itemSize; }
    // Sleeps on `word` while `ready` is false; false if keepWaiting said stop.
    template<class Ready>
    bool waitUntil(std::atomic<uint32_t> *word, Ready ready, KeepWaiting keepWaiting,
                   void *context);

    FastRingWords m_w;
    unsigned char *m_slots;
    uint64_t m_capacity;
    size_t m_itemSize;
    int m_pollMs;
    uint64_t m_head = 0;       // producer: next to publish; consumer: last head seen
    uint64_t m_tail = 0;       // consumer: next to take; producer: last tail seen
    uint64_t m_cachedHead = 0; // consumer's view of head
    uint64_t m_cachedTail = 0; // producer's view of tail
};

} // namespace proclab::agent
