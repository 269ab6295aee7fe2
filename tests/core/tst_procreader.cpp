// SPDX-License-Identifier: GPL-3.0-or-later
// procreader against real processes: a copy of /bin/sleep whose name holds spaces and ')'
// proves /proc/PID/stat is parsed after the LAST ')'.

#include "core/run/procreader.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace proclab;

class TestProcReader : public QObject
{
    Q_OBJECT
private slots:
    void parsesSyntheticLineWithNastyComm();
    void rejectsGarbage();
    void readsSelf();
    void readsProcessWithSpacesAndParenInName();
    void goneProcessReadsNothing();
};

void TestProcReader::parsesSyntheticLineWithNastyComm()
{
    // Fields as in proc(5); comm "x) (y) z" would fool a parser that stops at the first ')'.
    QByteArray line = "4242 (x) (y) z) S 17 4242 4242 0 -1 4194560 123 0 0 0 ";
    const long hz = sysconf(_SC_CLK_TCK);
    line += QByteArray::number(hz * 2) + ' ' + QByteArray::number(hz / 2); // utime 2 s, stime 0.5 s
    line += " 0 0 20 0 1 0 100 1000000 200";                               // fields 16..24
    for (int f = 25; f <= 38; ++f)
        line += " 0";
    line += " 1"; // field 39: processor
    line += " 0 0 0 0 0\n";
    const auto s = parseProcStat(line);
    QVERIFY(s);
    QCOMPARE(s->pid, 4242);
    QCOMPARE(s->comm, QByteArray("x) (y) z"));
    QCOMPARE(s->state, QLatin1Char('S'));
    QCOMPARE(s->ppid, 17);
    QCOMPARE(s->pgrp, 4242);
    QCOMPARE(s->minorFaults, 123);
    QCOMPARE(s->utimeMs, 2000);
    QCOMPARE(s->stimeMs, 500);
    QCOMPARE(s->processor, 1);
}

void TestProcReader::rejectsGarbage()
{
    QVERIFY(!parseProcStat(QByteArray()));
    QVERIFY(!parseProcStat("hello"));
    QVERIFY(!parseProcStat("12 (abc"));
    QVERIFY(!parseProcStat("x (abc) S 1 2 3"));
    QVERIFY(!parseProcStatus(QByteArray()));
}

void TestProcReader::readsSelf()
{
    const auto s = readProcStat(int(getpid()));
    QVERIFY(s);
    QCOMPARE(s->pid, int(getpid()));
    QCOMPARE(s->ppid, int(getppid()));
    QCOMPARE(s->pgrp, int(getpgrp()));
    QCOMPARE(s->state, QLatin1Char('R')); // we are running: we are reading it
    QVERIFY(s->processor >= 0);
    const auto st = readProcStatus(int(getpid()));
    QVERIFY(st);
    QCOMPARE(st->state, QLatin1Char('R'));
    QVERIFY(st->rssKb > 0);
    QVERIFY(st->hwmKb >= st->rssKb);
}

void TestProcReader::readsProcessWithSpacesAndParenInName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString exe = dir.filePath(QStringLiteral("a b) c"));
    QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), exe));
    QVERIFY(QFile::setPermissions(exe, QFile::ReadOwner | QFile::ExeOwner));

    QProcess p;
    p.start(exe, {QStringLiteral("30")});
    QVERIFY(p.waitForStarted());
    const int pid = int(p.processId());
    // The kernel sets comm at exec; wait until the child has exec'd.
    QTRY_COMPARE_WITH_TIMEOUT(readProcStat(pid).value_or(ProcStat{}).comm, QByteArray("a b) c"),
                              10000);
    const auto s = readProcStat(pid);
    QVERIFY(s);
    QCOMPARE(s->pid, pid);
    QCOMPARE(s->ppid, int(getpid()));
    QVERIFY(QByteArray("RS").contains(char(s->state.toLatin1())));
    QVERIFY(s->processor >= 0);
    QVERIFY(s->utimeMs >= 0 && s->stimeMs >= 0);
    // sleep sleeps: it gives the CPU up voluntarily at least once.
    QTRY_VERIFY_WITH_TIMEOUT(readProcStatus(pid).value_or(ProcStatus{}).voluntaryCtxt > 0, 10000);
    const auto st = readProcStatus(pid);
    QVERIFY(st);
    QVERIFY(st->rssKb > 0);
    QVERIFY(st->hwmKb >= st->rssKb);

    p.kill();
    QVERIFY(p.waitForFinished());
}

void TestProcReader::goneProcessReadsNothing()
{
    QProcess p;
    p.start(QStringLiteral("/bin/true"));
    QVERIFY(p.waitForFinished());
    const int pid = int(p.processId());
    // Reaped by QProcess: unless the pid was recycled at once, /proc has nothing.
    if (!proclab::test::pidExists(pid)) {
        QVERIFY(!readProcStat(pid));
        QVERIFY(!readProcStatus(pid));
    }
    QVERIFY(!readProcStat(0));
    QVERIFY(!readProcStat(-5));
}

QTEST_GUILESS_MAIN(TestProcReader)
#include "tst_procreader.moc"
