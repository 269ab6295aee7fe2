// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/events.h"

#include "core/agent/agent_api.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace proclab::agent {

namespace {
int g_sinkFd = STDOUT_FILENO;
bool g_sinkIsAgent = true;
long long g_clockStartNs = 0;

long long monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

// A line with its newline to the sink. A process of the run writes it with one write(), which
// a pipe keeps whole below PIPE_BUF, so lines of many processes never interleave. EPIPE means
// the agent is gone; SIGPIPE (default) then ends the process, as it should: nothing of a run
// outlives its agent. The agent is the only writer of its stdout and may write in parts.
void writeLine(const char *p, std::size_t left)
{
    if (!g_sinkIsAgent) {
        while (write(g_sinkFd, p, left) < 0 && errno == EINTR) {
        }
        return;
    }
    while (left > 0) {
        const ssize_t n = write(g_sinkFd, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return; // controller gone (EPIPE, SIGPIPE ignored in the agent): EOF follows
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
}

void emitTooLong()
{
    EventBuilder(wire::Event::Error)
        .str(wire::EventField::Message, "event line too long, dropped")
        .emit();
}
} // namespace

EventBuilder::EventBuilder(wire::Event kind)
{
    append("{\"");
    append(wire::name(wire::EventField::Ev));
    append("\":\"");
    append(wire::name(kind));
    append("\"");
}

void EventBuilder::append(std::string_view text)
{
    if (text.size() > kRoom - m_size) {
        m_overflow = true;
        return;
    }
    std::memcpy(m_line + m_size, text.data(), text.size());
    m_size += text.size();
}

void EventBuilder::appendEscaped(std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '"':
            append("\\\"");
            break;
        case '\\':
            append("\\\\");
            break;
        case '\n':
            append("\\n");
            break;
        case '\r':
            append("\\r");
            break;
        case '\t':
            append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                const int n = std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                append(std::string_view(buf, std::size_t(n)));
            } else {
                append(std::string_view(&c, 1));
            }
        }
    }
}

void EventBuilder::appendNumber(long long value)
{
    char buf[24];
    const char *end = std::to_chars(buf, buf + sizeof buf, value).ptr;
    append(std::string_view(buf, std::size_t(end - buf)));
}

EventBuilder &EventBuilder::str(wire::EventField key, std::string_view value)
{
    append(",\"");
    append(wire::name(key));
    append("\":\"");
    appendEscaped(value);
    append("\"");
    return *this;
}

EventBuilder &EventBuilder::num(wire::EventField key, long long value)
{
    append(",\"");
    append(wire::name(key));
    append("\":");
    appendNumber(value);
    return *this;
}

void EventBuilder::emit()
{
    if (m_overflow) {
        emitTooLong();
        return;
    }
    // The room kept back for the tail always holds it.
    const std::string_view t = wire::name(wire::EventField::T);
    char *p = m_line + m_size;
    *p++ = ',';
    *p++ = '"';
    p = std::copy(t.begin(), t.end(), p);
    *p++ = '"';
    *p++ = ':';
    p = std::to_chars(p, m_line + sizeof m_line, runClockNs()).ptr;
    *p++ = '}';
    *p++ = '\n';
    writeLine(m_line, std::size_t(p - m_line));
}

void setEventSink(int fd, bool isAgent)
{
    g_sinkFd = fd;
    g_sinkIsAgent = isAgent;
}

void startRunClock()
{
    g_clockStartNs = monotonicNs();
}

long long runClockNs()
{
    return monotonicNs() - g_clockStartNs;
}

void emitEvent(const std::string &json)
{
    if (!g_sinkIsAgent && json.size() + 1 > PIPE_BUF) {
        emitTooLong();
        return;
    }
    std::string line = json;
    line += '\n';
    writeLine(line.data(), line.size());
}

void emitExited(std::string_view node, pid_t pid, int siCode, int siStatus, pid_t reaper)
{
    EventBuilder ev(wire::Event::Exited);
    ev.str(wire::EventField::Node, node).num(wire::EventField::Pid, pid);
    if (siCode == CLD_EXITED)
        ev.num(wire::EventField::Code, siStatus);
    else
        ev.num(wire::EventField::Signal, siStatus);
    ev.num(wire::EventField::Reaper, reaper).emit();
}

void emitError(std::string_view node, std::string_view message)
{
    EventBuilder ev(wire::Event::Error);
    if (!node.empty())
        ev.str(wire::EventField::Node, node);
    ev.str(wire::EventField::Message, message).emit();
}

} // namespace proclab::agent
