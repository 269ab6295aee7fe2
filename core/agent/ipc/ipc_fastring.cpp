// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/ipc/ipc_fastring.h"

#include <cerrno>
#include <ctime>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace proclab::agent {

namespace {

// Long enough to catch an item the other CPU is about to publish (a few microseconds),
// short enough that a side with nothing to do soon gives its CPU away.
constexpr int kSpins = 256;

inline void relax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
}

// Shared (not FUTEX_PRIVATE): the word lives in a mapping of several processes.
void futexWait(std::atomic<uint32_t> *word, uint32_t expected, int ms)
{
    timespec ts{ms / 1000, static_cast<long>(ms % 1000) * 1000000L};
    syscall(SYS_futex, reinterpret_cast<uint32_t *>(word), FUTEX_WAIT, expected, &ts, nullptr, 0);
}

void futexWake(std::atomic<uint32_t> *word)
{
    syscall(SYS_futex, reinterpret_cast<uint32_t *>(word), FUTEX_WAKE, 1, nullptr, nullptr, 0);
}

// The sleeper sets its word, then (after a full fence) re-checks the index. The other side
// stores the index with a plain release store and looks at the word without a fence: a
// full fence per item (what a sequentially consistent store is on x86) made each item
// wait until its slot's cache line had been fetched from the consumer's CPU, and cost the
// ring a third of its small-item speed. Without it, the look may miss a sleeper that is
// just lying down; the next item's look sees it (its word was stored before it slept).
// Where no next item follows soon — this side is about to wait, sleep or stop — it calls
// settle(), which fences first, so no wake-up is ever lost for longer than one item.
inline void wakeIfAsleep(std::atomic<uint32_t> *word)
{
    if (word->load(std::memory_order_relaxed) != 0 && word->exchange(0) != 0)
        futexWake(word);
}

} // namespace

FastRing::FastRing(const FastRingWords &words, unsigned char *slots, uint32_t capacity,
                   size_t itemSize, int pollMs)
    : m_w(words), m_slots(slots), m_capacity(capacity ? capacity : 1), m_itemSize(itemSize),
      m_pollMs(pollMs)
{
    m_head = m_cachedHead = m_w.head->load();
    m_tail = m_cachedTail = m_w.tail->load();
}

template<class Ready>
bool FastRing::waitUntil(std::atomic<uint32_t> *word, Ready ready, KeepWaiting keepWaiting,
                         void *context)
{
    for (int i = 0; i < kSpins; ++i) {
        relax();
        if (ready())
            return true;
    }
    settle(); // before we sleep: the other side may be asleep on a look we made unfenced
    for (;;) {
        word->store(1, std::memory_order_seq_cst);
        if (ready()) {
            word->store(0, std::memory_order_relaxed);
            return true;
        }
        if (!keepWaiting || !keepWaiting(context)) {
            word->store(0, std::memory_order_relaxed);
            return false;
        }
        futexWait(word, 1, m_pollMs);
    }
}

unsigned char *FastRing::claim(KeepWaiting keepWaiting, void *context, bool *waited)
{
    if (m_head - m_cachedTail < m_capacity)
        return slot(m_head);
    m_cachedTail = m_w.tail->load(std::memory_order_acquire);
    if (m_head - m_cachedTail < m_capacity)
        return slot(m_head);
    if (waited)
        *waited = true;
    const bool room = waitUntil(
        m_w.producerAsleep,
        [this] {
            m_cachedTail = m_w.tail->load(std::memory_order_seq_cst);
            return m_head - m_cachedTail < m_capacity;
        },
        keepWaiting, context);
    return room ? slot(m_head) : nullptr;
}

void FastRing::publish()
{
    m_w.head->store(++m_head, std::memory_order_release);
    wakeIfAsleep(m_w.consumerAsleep);
}

const unsigned char *FastRing::peek(KeepWaiting keepWaiting, void *context, bool *waited)
{
    if (m_cachedHead != m_tail)
        return slot(m_tail);
    m_cachedHead = m_w.head->load(std::memory_order_acquire);
    if (m_cachedHead != m_tail)
        return slot(m_tail);
    if (!keepWaiting)
        return nullptr;
    if (waited)
        *waited = true;
    const bool item = waitUntil(
        m_w.consumerAsleep,
        [this] {
            m_cachedHead = m_w.head->load(std::memory_order_seq_cst);
            return m_cachedHead != m_tail;
        },
        keepWaiting, context);
    return item ? slot(m_tail) : nullptr;
}

void FastRing::release()
{
    m_w.tail->store(++m_tail, std::memory_order_release);
    // The producer sleeps only on a full ring. Waking it when half of it is free again
    // (not at the first free slot) hands it a batch: on a busy or single CPU a wake-up
    // per item would cost a context switch per item, which is the textbook ring's cost.
    if (m_cachedHead - m_tail <= m_capacity / 2)
        wakeIfAsleep(m_w.producerAsleep);
}

void FastRing::nudgeConsumer()
{
    settle();
}

void FastRing::settle()
{
    std::atomic_thread_fence(std::memory_order_seq_cst);
    // Whichever side we are, our own word is 0 now; the other's is woken if set (at worst
    // a producer on a still-full ring wakes once and sleeps again).
    wakeIfAsleep(m_w.consumerAsleep);
    wakeIfAsleep(m_w.producerAsleep);
}

uint64_t FastRing::queued() const
{
    const uint64_t head = m_w.head->load(), tail = m_w.tail->load();
    return head > tail ? head - tail : 0;
}

} // namespace proclab::agent
