// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads one process's /proc/PID/stat and /proc/PID/status: what the kernel itself says
// about a process, so the run view shows the OS's truth rather than the agent's claims.

#include <QByteArray>
#include <QChar>
#include <optional>

namespace proclab {

struct ProcStat
{
    int pid = 0;
    QByteArray comm; // without the parentheses; may contain spaces and ')'
    QChar state;     // R S D Z T t X ...
    int ppid = 0;
    int pgrp = 0;
    int session = 0;
    qint64 minorFaults = 0;
    qint64 utimeMs = 0;
    qint64 stimeMs = 0;
    qint64 rssKb = 0;   // field 24 (pages) in kB
    int processor = -1; // CPU it last ran on (field 39)
};

struct ProcStatus
{
    QChar state;
    qint64 voluntaryCtxt = 0;
    qint64 nonvoluntaryCtxt = 0;
    qint64 rssKb = 0; // absent (0) for a zombie
    qint64 hwmKb = 0;
};

// Parses the text of /proc/PID/stat. Fields are counted after the LAST ')' because the
// command name may itself contain spaces and parentheses.
std::optional<ProcStat> parseProcStat(const QByteArray &text);
std::optional<ProcStatus> parseProcStatus(const QByteArray &text);
// The same without copying; comm is left empty unless asked for (it costs an allocation).
std::optional<ProcStat> parseProcStat(const char *text, qsizetype size, bool withComm);
std::optional<ProcStatus> parseProcStatus(const char *text, qsizetype size);

// Read the live files; nullopt when the process is gone (or the file is unreadable).
std::optional<ProcStat> readProcStat(int pid);
std::optional<ProcStatus> readProcStatus(int pid);

// Whole small /proc file, read with plain POSIX calls (the files report size 0).
QByteArray readProcFile(const char *path);

} // namespace proclab
