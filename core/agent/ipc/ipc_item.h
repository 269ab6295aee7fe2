// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The item every producer sends: a fixed header then a payload pattern that depends only
// on (producer, seq), sealed by a checksum over both, so a consumer can tell a torn or
// overwritten item (corrupted) from a valid one without trusting the channel.

#include <cstddef>
#include <cstdint>

namespace proclab::agent {

struct ItemHeader
{
    uint32_t producer; // producer slot within the channel (0..producers-1)
    uint32_t size;     // the channel's item size, header included
    uint64_t seq;      // 0, 1, 2, ... per producer
    uint64_t sentNs;   // CLOCK_MONOTONIC at send time
    uint64_t checksum; // over the header (this field as 0) and the payload
};
static_assert(sizeof(ItemHeader) == 32);
constexpr int kItemHeaderBytes = static_cast<int>(sizeof(ItemHeader));

// Writes a complete item of `size` bytes into `buf`.
void fillItem(void *buf, int size, uint32_t producer, uint64_t seq, uint64_t sentNs);
// Recomputes the checksum and checks the size field; producer/seq range checks are the caller's.
bool itemIntact(const void *buf, int size);

uint64_t monotonicNs();

} // namespace proclab::agent
