// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/events.h"

#include "core/agent/agent_api.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
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
} // namespace

std::string jsonEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out;
}

EventBuilder::EventBuilder(std::string_view kind)
{
    m_json = "{\"ev\":\"";
    m_json += jsonEscape(kind);
    m_json += '"';
}

EventBuilder &EventBuilder::str(std::string_view key, std::string_view value)
{
    m_json += ",\"";
    m_json += key;
    m_json += "\":\"";
    m_json += jsonEscape(value);
    m_json += '"';
    return *this;
}

EventBuilder &EventBuilder::num(std::string_view key, long long value)
{
    m_json += ",\"";
    m_json += key;
    m_json += "\":";
    m_json += std::to_string(value);
    return *this;
}

std::string EventBuilder::json() const
{
    return m_json + ",\"t\":" + std::to_string(runClockNs()) + "}";
}

void EventBuilder::emit() const
{
    emitEvent(json());
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
    std::string line = json;
    line += '\n';
    if (!g_sinkIsAgent) {
        // Atomic only below PIPE_BUF: an oversized line is replaced, never split.
        if (line.size() > PIPE_BUF)
            line =
                EventBuilder("error").str("message", "event line too long, dropped").json() + "\n";
        // One write(). EPIPE means the agent is gone; SIGPIPE (default) then ends us, as it
        // should: nothing of a run outlives its agent.
        while (write(g_sinkFd, line.data(), line.size()) < 0 && errno == EINTR) {
        }
        return;
    }
    const char *p = line.data();
    size_t left = line.size();
    while (left > 0) {
        const ssize_t n = write(g_sinkFd, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return; // controller gone (EPIPE, SIGPIPE ignored in the agent): EOF follows
        }
        p += n;
        left -= static_cast<size_t>(n);
    }
}

void emitExited(std::string_view node, pid_t pid, int siCode, int siStatus, pid_t reaper)
{
    EventBuilder ev("exited");
    ev.str("node", node).num("pid", pid);
    if (siCode == CLD_EXITED)
        ev.num("code", siStatus);
    else
        ev.num("signal", siStatus);
    ev.num("reaper", reaper).emit();
}

void emitError(std::string_view node, std::string_view message)
{
    EventBuilder ev("error");
    if (!node.empty())
        ev.str("node", node);
    ev.str("message", message).emit();
}

} // namespace proclab::agent
