// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Event lines (wire protocol, see wire/proclab_wire.h): one JSON object per line, "ev" first,
// "t" last. Built by hand because the agent links no JSON library; ids are [A-Za-z0-9_.-]
// already, free text is escaped.
//
// A line is built in a buffer of the builder's own, not on the heap: every new process says
// "spawned" first thing, and in a forked process every heap page it writes is a copy-on-write
// fault. Built in std::strings, the line cost each leaf of a process tree 3 more page faults
// (24 instead of 21), and a fault costs about 0.1 ms on a virtual machine: the 4,096-process
// tree took 12 % longer. A line longer than one atomic pipe write is not sent (see emit()).

#include "core/agent/wire/proclab_wire.h"

#include <climits>
#include <cstddef>
#include <string_view>
#include <sys/types.h>

namespace proclab::agent {

class EventBuilder
{
public:
    explicit EventBuilder(wire::Event kind);
    EventBuilder &str(wire::EventField key, std::string_view value);
    EventBuilder &num(wire::EventField key, long long value);
    // One write() of the line with "t" and a newline. A line over PIPE_BUF could be split
    // between other processes' lines; it is replaced by an error line, never split.
    void emit();

private:
    void append(std::string_view text);
    void appendEscaped(std::string_view text);
    void appendNumber(long long value);

    static constexpr std::size_t kTail = 32; // ,"t":<19 digits>} and the newline
    static constexpr std::size_t kRoom = PIPE_BUF - kTail;
    char m_line[PIPE_BUF];
    std::size_t m_size = 0;
    bool m_overflow = false; // something did not fit: emit() sends an error instead
};

// Where emitEvent() writes. The agent writes straight to its stdout (several writes are fine
// there, it is the only writer); a process of the run writes to the agent's event pipe with
// exactly one write() per line, so lines of many processes never interleave.
void setEventSink(int fd, bool isAgent);
// Starts the "t" clock; called once in the agent, inherited by every fork.
void startRunClock();

// {"ev":"exited",...} from a waitid() result of a child that has ended.
void emitExited(std::string_view node, pid_t pid, int siCode, int siStatus, pid_t reaper);
void emitError(std::string_view node, std::string_view message);

} // namespace proclab::agent
