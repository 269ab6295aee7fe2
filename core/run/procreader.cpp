// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/procreader.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string_view>
#include <unistd.h>

namespace proclab {

namespace {

qint64 ticksToMs(qint64 ticks)
{
    static const long hz = [] {
        const long v = sysconf(_SC_CLK_TCK);
        return v > 0 ? v : 100;
    }();
    return ticks * 1000 / hz;
}

qint64 pageKb()
{
    static const qint64 kb = [] {
        const long v = sysconf(_SC_PAGESIZE);
        return v > 0 ? v / 1024 : 4;
    }();
    return kb;
}

// "    1234 kB" -> 1234
qint64 leadingNumber(const char *v, const char *end)
{
    qint64 n = 0;
    for (; v < end && std::isdigit(static_cast<unsigned char>(*v)); ++v)
        n = n * 10 + (*v - '0');
    return n;
}

} // namespace

QByteArray readProcFile(const char *path)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    QByteArray out;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        out.append(buf, n);
    }
    ::close(fd);
    return out;
}

std::optional<ProcStat> parseProcStat(const QByteArray &text)
{
    auto s = parseProcStat(text.constData(), text.size(), true);
    return s;
}

std::optional<ProcStat> parseProcStat(const char *text, qsizetype size, bool withComm)
{
    // Hand-rolled: the sampler parses this line for every process at every tick, and
    // splitting it into a list of byte arrays cost more than the kernel's work to make it.
    const char *end = text + size;
    const char *open = static_cast<const char *>(std::memchr(text, '(', size_t(size)));
    const char *close = static_cast<const char *>(memrchr(text, ')', size_t(size)));
    if (!open || open == text || !close || close < open)
        return std::nullopt;
    ProcStat s;
    const char *c = text;
    while (c < open && *c == ' ')
        ++c;
    if (c == open || !std::isdigit(static_cast<unsigned char>(*c)))
        return std::nullopt;
    for (; c < open && std::isdigit(static_cast<unsigned char>(*c)); ++c)
        s.pid = s.pid * 10 + (*c - '0');
    for (; c < open; ++c) {
        if (*c != ' ')
            return std::nullopt;
    }
    if (withComm)
        s.comm = QByteArray(open + 1, close - open - 1);
    // After ')' come fields 3.. of proc(5): state is field 3.
    const char *f = close + 1;
    qint64 values[40] = {};
    int field = 2;
    while (f < end && field < 39) {
        while (f < end && (*f == ' ' || *f == '\n'))
            ++f;
        if (f == end)
            break;
        ++field;
        const char *start = f;
        while (f < end && *f != ' ' && *f != '\n')
            ++f;
        if (field == 3) {
            if (f - start != 1)
                return std::nullopt;
            s.state = QChar::fromLatin1(*start);
            continue;
        }
        bool negative = *start == '-';
        qint64 v = 0;
        for (const char *d = start + (negative ? 1 : 0); d < f; ++d) {
            if (!std::isdigit(static_cast<unsigned char>(*d)))
                break;
            v = v * 10 + (*d - '0');
        }
        values[field] = negative ? -v : v;
    }
    if (field < 15)
        return std::nullopt;
    s.ppid = int(values[4]);
    s.pgrp = int(values[5]);
    s.session = int(values[6]);
    s.minorFaults = values[10];
    s.utimeMs = ticksToMs(values[14]);
    s.stimeMs = ticksToMs(values[15]);
    s.rssKb = values[24] * pageKb();
    s.processor = field >= 39 ? int(values[39]) : -1;
    return s;
}

std::optional<ProcStatus> parseProcStatus(const QByteArray &text)
{
    return parseProcStatus(text.constData(), text.size());
}

std::optional<ProcStatus> parseProcStatus(const char *text, qsizetype size)
{
    if (size <= 0)
        return std::nullopt;
    ProcStatus s;
    const char *end = text + size;
    for (const char *line = text; line < end;) {
        const char *eol = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
        if (!eol)
            eol = end;
        const char *colon = static_cast<const char *>(std::memchr(line, ':', size_t(eol - line)));
        if (colon && colon > line) {
            const std::string_view key(line, size_t(colon - line));
            const char *v = colon + 1;
            while (v < eol && (*v == ' ' || *v == '\t'))
                ++v;
            if (key == "State") {
                if (v < eol)
                    s.state = QChar::fromLatin1(*v);
            } else if (key == "voluntary_ctxt_switches") {
                s.voluntaryCtxt = leadingNumber(v, eol);
            } else if (key == "nonvoluntary_ctxt_switches") {
                s.nonvoluntaryCtxt = leadingNumber(v, eol);
            } else if (key == "VmRSS") {
                s.rssKb = leadingNumber(v, eol);
            } else if (key == "VmHWM") {
                s.hwmKb = leadingNumber(v, eol);
            }
        }
        line = eol + 1;
    }
    return s;
}

std::optional<ProcStat> readProcStat(int pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
    return parseProcStat(readProcFile(path));
}

std::optional<ProcStatus> readProcStatus(int pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/status", pid);
    return parseProcStatus(readProcFile(path));
}

} // namespace proclab
