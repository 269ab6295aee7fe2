// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/runcleanup.h"

#include "core/agent/wire/proclab_wire.h"
#include "core/run/procreader.h"
#include "core/run/runlog.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <mqueue.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace proclab {

QList<int> processGroupMembers(int pgid)
{
    QList<int> out;
    if (pgid <= 1)
        return out;
    const QStringList entries =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        bool ok = false;
        const int pid = name.toInt(&ok);
        if (!ok)
            continue;
        const auto stat = readProcStat(pid);
        if (stat && stat->pgrp == pgid)
            out.append(pid);
    }
    return out;
}

int killProcessGroup(int pgid, int sparePid, int timeoutMs)
{
    if (pgid <= 1)
        return 0;
    int killed = 0;
    const QDeadlineTimer deadline(timeoutMs);
    const int self = int(::getpid());
    for (;;) {
        int live = 0;
        for (int pid : processGroupMembers(pgid)) {
            if (pid == sparePid || pid == self)
                continue;
            const auto stat = readProcStat(pid);
            if (!stat)
                continue;
            if (stat->state == QLatin1Char('Z')) {
                // A zombie of ours (we are its subreaper or parent): reap it by pid.
                if (stat->ppid == self)
                    ::waitpid(pid, nullptr, WNOHANG);
                continue;
            }
            ++live;
            if (::kill(pid, SIGKILL) == 0)
                ++killed;
            else if (errno != ESRCH)
                qCWarning(lcRun).noquote() << errnoText(QStringLiteral("kill %1").arg(pid), errno);
        }
        if (live == 0)
            break;
        if (deadline.hasExpired()) {
            qCWarning(lcRun) << "process group" << pgid << "still has" << live
                             << "live processes after SIGKILL";
            break;
        }
        // SIGKILL is asynchronous: give the kernel a moment to tear them down.
        QThread::msleep(2);
    }
    if (killed > 0)
        qCInfo(lcRun) << "killed" << killed << "leftover processes of group" << pgid;
    return killed;
}

namespace {

// Another user's object under a name that looks like ours is not ours to remove.
bool ownedByUs(const QString &path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) != 0 || st.st_uid == ::geteuid();
}

} // namespace

int unlinkRunIpc(int agentPid, const QStringList &mqueueNames)
{
    if (agentPid <= 0)
        return 0;
    int removed = 0;
    const QString prefix =
        QLatin1String(wire::kIpcPrefix) + QString::number(agentPid) + QLatin1Char('-');
    const QStringList shm = QDir(QStringLiteral("/dev/shm"))
                                .entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::System);
    for (const QString &name : shm) {
        if (!ownedByUs(QStringLiteral("/dev/shm/") + name))
            continue;
        const QByteArray n = '/' + name.toUtf8();
        if (::shm_unlink(n.constData()) == 0)
            ++removed;
        else if (errno != ENOENT)
            qCWarning(lcRun).noquote() << errnoText(QStringLiteral("shm_unlink /") + name, errno);
    }
    QStringList queues = mqueueNames;
    // Where /dev/mqueue is mounted it lists every queue; where it is not, the names the
    // scenario gives are all we have.
    for (const QString &name :
         QDir(QStringLiteral("/dev/mqueue"))
             .entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::System))
        queues.append(QLatin1Char('/') + name);
    queues.removeDuplicates();
    for (const QString &q : queues) {
        if (!ownedByUs(QStringLiteral("/dev/mqueue") + q))
            continue;
        if (::mq_unlink(q.toUtf8().constData()) == 0)
            ++removed;
        else if (errno != ENOENT)
            qCWarning(lcRun).noquote() << errnoText(QStringLiteral("mq_unlink ") + q, errno);
    }
    if (removed > 0)
        qCInfo(lcRun) << "removed" << removed << "leftover IPC objects of agent" << agentPid;
    return removed;
}

void cleanUpRun(int agentPid, const QStringList &mqueueNames, int timeoutMs)
{
    killProcessGroup(agentPid, 0, timeoutMs);
    unlinkRunIpc(agentPid, mqueueNames);
}

} // namespace proclab
