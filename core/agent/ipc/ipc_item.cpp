// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/ipc/ipc_item.h"

#include <cstring>
#include <ctime>

namespace proclab::agent {

namespace {

uint64_t mix(uint64_t x)
{
    // splitmix64 finaliser: cheap, and every input bit affects every output bit.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Word-wise hash over the header (checksum field zeroed) and then the payload: fast enough
// for 64 KiB items, and position-dependent so swapped or shifted words are caught.
uint64_t checksum(const unsigned char *header, const unsigned char *item, int size)
{
    uint64_t h = 0xcbf29ce484222325ULL ^ static_cast<uint64_t>(size);
    int i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t w;
        std::memcpy(&w, (i < kItemHeaderBytes ? header : item) + i, 8);
        h = (h ^ w) * 0x100000001b3ULL + static_cast<uint64_t>(i);
        h ^= h >> 29;
    }
    for (; i < size; ++i)
        h = (h ^ item[i]) * 0x100000001b3ULL;
    return mix(h);
}

} // namespace

uint64_t monotonicNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<uint64_t>(ts.tv_sec) * 1000000000ULL + static_cast<uint64_t>(ts.tv_nsec);
}

void fillItem(void *buf, int size, uint32_t producer, uint64_t seq, uint64_t sentNs)
{
    auto *p = static_cast<unsigned char *>(buf);
    ItemHeader h{producer, static_cast<uint32_t>(size), seq, sentNs, 0};
    std::memcpy(p, &h, sizeof h);
    uint64_t w = mix((uint64_t{producer} << 40) ^ seq);
    int i = kItemHeaderBytes;
    for (; i + 8 <= size; i += 8, ++w)
        std::memcpy(p + i, &w, 8);
    for (; i < size; ++i)
        p[i] = static_cast<unsigned char>(w >> ((i & 7) * 8));
    h.checksum = checksum(p, p, size);
    std::memcpy(p + offsetof(ItemHeader, checksum), &h.checksum, 8);
}

bool itemIntact(const void *buf, int size)
{
    const auto *p = static_cast<const unsigned char *>(buf);
    ItemHeader h;
    std::memcpy(&h, p, sizeof h);
    if (h.size != static_cast<uint32_t>(size))
        return false;
    // The producer summed the header with the checksum field still 0.
    unsigned char header[kItemHeaderBytes];
    std::memcpy(header, p, sizeof header);
    std::memset(header + offsetof(ItemHeader, checksum), 0, 8);
    const uint64_t hsum = checksum(header, p, size);
    return hsum == h.checksum;
}

} // namespace proclab::agent
