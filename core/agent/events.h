// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Event lines (wire protocol, see wire/proclab_wire.h): one JSON object per line, "ev" first,
// "t" last. Built by hand because the agent links no JSON library; ids are [A-Za-z0-9_.-]
// already, free text goes through jsonEscape().

#include <string>
#include <string_view>
#include <sys/types.h>

namespace proclab::agent {

std::string jsonEscape(std::string_view text);

class EventBuilder
{
public:
    explicit EventBuilder(std::string_view kind);
    EventBuilder &str(std::string_view key, std::string_view value);
    EventBuilder &num(std::string_view key, long long value);
    // The finished line without newline, "t" appended.
    std::string json() const;
    void emit() const;

private:
    std::string m_json;
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
