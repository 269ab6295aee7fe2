// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One throughput measurement: a forked sender streams fixed-size messages to this
// process over one mechanism for a fixed time window.

#include <cstddef>
#include <string>

namespace proclab::agent {

enum class Mechanism
{
    ShmBuffer,
    FastRing,
    Pipe,
    SocketPair,
    Mailbox
};

struct Throughput
{
    bool ok = false;
    double mbPerSecond = 0;
    double msgsPerSecond = 0;
    // The receiver's voluntary context switches per message in the window: how often it
    // had to sleep (a futex or a pipe read that blocked) and be woken again.
    double switchesPerMessage = 0;
    std::string error;
};

const char *mechanismName(Mechanism m);
Throughput measureTransfer(Mechanism m, size_t size);

} // namespace proclab::agent
