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

// The other side sets its word, then re-checks the index; we store the index, then look
// at the word. Both sequentially consistent, so at least one of us sees the other: either
// the sleeper finds the new item, or we find it asleep and wake it. No lost wake-up.
inline void wakeIfAsleep(std::atomic<uint32_t> *word)
{
    if (word->load(std::memory_order_seq_cst) != 0 && word->exchange(0) != 0)
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
    m_w.head->store(++m_head, std::memory_order_seq_cst);
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
    m_w.tail->store(++m_tail, std::memory_order_seq_cst);
    // The producer sleeps only on a full ring. Waking it when half of it is free again
    // (not at the first free slot) hands it a batch: on a busy or single CPU a wake-up
    // per item would cost a context switch per item, which is the textbook ring's cost.
    if (m_cachedHead - m_tail <= m_capacity / 2)
        wakeIfAsleep(m_w.producerAsleep);
}

void FastRing::nudgeConsumer()
{
    wakeIfAsleep(m_w.consumerAsleep);
}

uint64_t FastRing::queued() const
{
    const uint64_t head = m_w.head->load(), tail = m_w.tail->load();
    return head > tail ? head - tail : 0;
}

} // namespace proclab::agent
