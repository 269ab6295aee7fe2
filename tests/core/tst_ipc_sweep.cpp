// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up sweep: objects of a dead agent go, those of a live one stay.
#include "tst_ipc_suite.h"

#include <QTest>

#include <QDir>
#include <QFile>
#include <QProcess>

#include <fcntl.h>
#include <mqueue.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace ipctest;

void TestIpc::sweepStale()
{
    // An object named after a pid that is not a proclab-agent (this test process) is stale
    // and must go; the objects of a live agent (waiting for "go") must stay.
    const QByteArray stale =
        "/proclab-" + QByteArray::number(QCoreApplication::applicationPid()) + "-stale-buf0";
    IpcRun live;
    QStringList body{
        QStringLiteral("channel 0 ring shm-buffer capacity=4 item_size=64 sync=1 send=async")};
    body += processes(1, 1, 10);
    QVERIFY2(live.start(planWith(QStringLiteral("live"), body)), qPrintable(live.error()));
    const QByteArray liveRing = (live.ipcPrefix() + QStringLiteral("-buf0")).toUtf8();
    // Made only now: every agent sweeps when it starts, the live one included.
    const int fd = shm_open(stale.constData(), O_CREAT | O_EXCL | O_RDWR, 0600);
    QVERIFY(fd >= 0);
    ::close(fd);
    // The same kind of name, but another user's object: not ours to remove, whatever its
    // name says. (Only root can make an object for another user.)
    const QByteArray foreign =
        "/proclab-" + QByteArray::number(QCoreApplication::applicationPid()) + "-foreign-buf0";
    bool foreignMade = false;
    if (::geteuid() == 0) {
        const int ffd = shm_open(foreign.constData(), O_CREAT | O_EXCL | O_RDWR, 0600);
        QVERIFY(ffd >= 0);
        foreignMade = ::fchown(ffd, 65534, 65534) == 0;
        ::close(ffd);
        if (!foreignMade)
            shm_unlink(foreign.constData());
    }
    if (!foreignMade)
        qWarning("not root: the sweep sparing another user's object is not checked");
    // A stale mailbox too, where queues can be listed at all (/dev/mqueue mounted; tools/dev
    // mounts it when run as root).
    const bool queuesListable = QDir(QStringLiteral("/dev/mqueue")).exists() &&
                                QFile::exists(QStringLiteral("/proc/self/mounts")) && [] {
                                    QFile mounts(QStringLiteral("/proc/self/mounts"));
                                    return mounts.open(QIODevice::ReadOnly) &&
                                           mounts.readAll().contains(" /dev/mqueue mqueue ");
                                }();
    const QByteArray staleQueue =
        "/proclab-" + QByteArray::number(QCoreApplication::applicationPid()) + "-stale-mbox0";
    if (queuesListable) {
        const mqd_t q = mq_open(staleQueue.constData(), O_CREAT | O_EXCL | O_RDWR, 0600, nullptr);
        QVERIFY2(q != mqd_t(-1), strerror(errno));
        mq_close(q);
    } else {
        qWarning("/dev/mqueue is not mounted: the sweep of stale message queues is not checked");
    }

    QProcess sweep;
    sweep.start(qEnvironmentVariable("PROCLAB_AGENT"), {QStringLiteral("sweep")});
    QVERIFY(sweep.waitForFinished(20000));
    QCOMPARE(sweep.exitCode(), 0);
    // Not ">= 1": any agent starting meanwhile (other suites) sweeps the same object too.
    bool isNumber = false;
    QVERIFY(sweep.readAllStandardOutput().trimmed().toInt(&isNumber) >= 0 && isNumber);
    const int gone = shm_open(stale.constData(), O_RDONLY, 0);
    QCOMPARE(gone, -1);
    QCOMPARE(errno, ENOENT);
    if (queuesListable) {
        QCOMPARE(mq_open(staleQueue.constData(), O_RDONLY), mqd_t(-1));
        QCOMPARE(errno, ENOENT);
    }
    const int kept = shm_open(liveRing.constData(), O_RDONLY, 0);
    QVERIFY2(kept >= 0, liveRing.constData());
    ::close(kept);
    if (foreignMade) {
        const bool spared = QFile::exists(QStringLiteral("/dev/shm") + QLatin1String(foreign));
        shm_unlink(foreign.constData());
        QVERIFY2(spared, "the sweep removed another user's object");
    }

    live.command(QStringLiteral("go"));
    QVERIFY2(live.waitFinished(kRunTimeoutMs), qPrintable(live.transcript()));
    QCOMPARE(live.channel(0).consumed.load(), quint64(10));
    const QString left = live.leftovers({});
    QVERIFY2(left.isEmpty(), qPrintable(left));
}
