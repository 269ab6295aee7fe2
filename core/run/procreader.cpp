// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/procreader.h"

#include <QList>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
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

qint64 statusValue(const QByteArray &line, qsizetype colon)
{
    // "VmRSS:\t    1234 kB" -> 1234
    QByteArray v = line.mid(colon + 1).trimmed();
    const qsizetype space = v.indexOf(' ');
    if (space > 0)
        v.truncate(space);
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? n : 0;
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
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.lastIndexOf(')');
    if (open <= 0 || close < open)
        return std::nullopt;
    ProcStat s;
    bool ok = false;
    s.pid = text.left(open).trimmed().toInt(&ok);
    if (!ok)
        return std::nullopt;
    s.comm = text.mid(open + 1, close - open - 1);
    // After ')' come fields 3.. of proc(5): state is field 3.
    const QList<QByteArray> f = text.mid(close + 1).simplified().split(' ');
    auto field = [&f](int n) -> qint64 { // n = field number as in proc(5)
        const int i = n - 3;
        return i < f.size() ? f.at(i).toLongLong() : 0;
    };
    if (f.size() < 13 || f.at(0).size() != 1)
        return std::nullopt;
    s.state = QChar::fromLatin1(f.at(0).at(0));
    s.ppid = int(field(4));
    s.pgrp = int(field(5));
    s.session = int(field(6));
    s.minorFaults = field(10);
    s.utimeMs = ticksToMs(field(14));
    s.stimeMs = ticksToMs(field(15));
    s.processor = f.size() > 39 - 3 ? int(field(39)) : -1;
    return s;
}

std::optional<ProcStatus> parseProcStatus(const QByteArray &text)
{
    if (text.isEmpty())
        return std::nullopt;
    ProcStatus s;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray key = line.left(colon);
        if (key == "State") {
            const QByteArray v = line.mid(colon + 1).trimmed();
            if (!v.isEmpty())
                s.state = QChar::fromLatin1(v.at(0));
        } else if (key == "voluntary_ctxt_switches") {
            s.voluntaryCtxt = statusValue(line, colon);
        } else if (key == "nonvoluntary_ctxt_switches") {
            s.nonvoluntaryCtxt = statusValue(line, colon);
        } else if (key == "VmRSS") {
            s.rssKb = statusValue(line, colon);
        } else if (key == "VmHWM") {
            s.hwmKb = statusValue(line, colon);
        }
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
