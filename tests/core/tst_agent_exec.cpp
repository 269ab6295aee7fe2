// SPDX-License-Identifier: GPL-3.0-or-later
// Memory after fork and fork-then-exec, checked from outside: the parent's copy of the
// write-copy variable read straight from its memory (process_vm_readv), the exec'd child's
// /proc/PID/comm and exe, pstree, and the helper ending with its agent.
#include "tst_agent_suite.h"

#include <QTest>

#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>

#include <cerrno>
#include <csignal>
#include <sys/prctl.h>
#include <sys/uio.h>
#include <sys/wait.h>

using namespace Qt::StringLiterals;

namespace {

QString procText(qint64 pid, const char *file)
{
    QFile f(u"/proc/%1/%2"_s.arg(pid).arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

QString pstree(qint64 pid)
{
    QProcess p;
    p.start(u"pstree"_s, {u"-p"_s, QString::number(pid)});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

void TestAgent::writeCopyReportsBothCopies()
{
    AgentRun run;
    QVERIFY(
        run.start(planOf(u"wcopy"_s, {{u"parent"_s, -1, u"sleep ms=600000"_s},
                                      {u"child"_s, 0, u"write-copy initial=100 value=200"_s}})));
    run.command(u"go"_s);
    QTRY_COMPARE_WITH_TIMEOUT(run.count(u"memory"_s), 2, kTimeoutMs);
    const QJsonObject child = *run.event(u"memory"_s, u"child"_s);
    const QJsonObject parent = *run.event(u"memory"_s, u"parent"_s);
    QCOMPARE(child.value("role"_L1).toString(), u"child"_s);
    QCOMPARE(child.value("before"_L1).toInteger(), 100); // inherited from the parent
    QCOMPARE(child.value("after"_L1).toInteger(), 200);  // written into its own copy
    QCOMPARE(parent.value("role"_L1).toString(), u"parent"_s);
    QCOMPARE(parent.value("of"_L1).toString(), u"child"_s);
    QCOMPARE(parent.value("after"_L1).toInteger(), 100); // the child's write did not reach it
    // The same virtual address in both: two copies of one variable.
    const QString address = child.value("address"_L1).toString();
    QCOMPARE(parent.value("address"_L1).toString(), address);
    // The parent reported after reaping the child, which is gone.
    QVERIFY(run.event(u"exited"_s, u"child"_s).has_value());
    QVERIFY(!procInfo(run.pidOf(u"child"_s)));

    // From outside: read the live parent's memory at that address. We are its ancestor, so
    // the kernel lets us unless ptrace is locked down further (then say so and skip this).
    bool ok = false;
    const quintptr at = address.toULongLong(&ok, 16);
    QVERIFY(ok && at != 0);
    long long value = 0;
    iovec local{&value, sizeof value};
    iovec remote{reinterpret_cast<void *>(at), sizeof value};
    const ssize_t n = process_vm_readv(pid_t(run.pidOf(u"parent"_s)), &local, 1, &remote, 1, 0);
    if (n < 0 && errno == EPERM) {
        stopAndVerify(run);
        QSKIP("process_vm_readv not permitted here (ptrace restricted)");
    }
    QCOMPARE(n, ssize_t(sizeof value));
    QCOMPARE(value, 100LL);
    // And it is private memory ("p"), not a shared mapping: fork() gave each its own page.
    const QStringList maps = procText(run.pidOf(u"parent"_s), "maps").split(u'\n');
    bool privateWritable = false;
    for (const QString &line : maps) {
        const QStringList f = line.split(u' ', Qt::SkipEmptyParts);
        const QStringList range = f.value(0).split(u'-');
        if (range.size() == 2 && range[0].toULongLong(nullptr, 16) <= at &&
            at < range[1].toULongLong(nullptr, 16))
            privateWritable = f.value(1) == u"rw-p"_s;
    }
    QVERIFY(privateWritable);
    stopAndVerify(run);
}

void TestAgent::execKeepsPidChangesProgram()
{
    AgentRun run;
    QVERIFY(run.start(planOf(u"exec"_s, {{u"parent"_s, -1, u"sleep ms=0"_s},
                                         {u"child"_s, 0, u"exec program=0 ms=600000"_s}})));
    run.command(u"go"_s);
    QTRY_VERIFY_WITH_TIMEOUT(run.event(u"exec"_s, u"child"_s).has_value(), kTimeoutMs);
    const qint64 pid = run.pidOf(u"child"_s);
    QCOMPARE(run.event(u"exec"_s, u"child"_s)->value("pid"_L1).toInteger(), pid);
    QCOMPARE(run.event(u"exec"_s, u"child"_s)->value("program"_L1).toString(), u"sleeper"_s);
    // Same pid, same parent; a new program: comm and exe say so, and so does pstree.
    QTRY_COMPARE_WITH_TIMEOUT(procText(pid, "comm"), u"sleeper"_s, kTimeoutMs);
    const QString exe = QFileInfo(u"/proc/%1/exe"_s.arg(pid)).symLinkTarget();
    QCOMPARE(QFileInfo(exe).fileName(), u"proclab-exec-demo"_s);
    QCOMPARE(QFileInfo(exe).absolutePath(),
             QFileInfo(qEnvironmentVariable("PROCLAB_AGENT")).absolutePath());
    QCOMPARE(procInfo(pid)->ppid, run.pidOf(u"parent"_s));
    QVERIFY2(pstree(run.pidOf(u"parent"_s)).contains(u"sleeper(%1)"_s.arg(pid)),
             qPrintable(pstree(run.pidOf(u"parent"_s))));
    // It is still a process of the run: a signal ends it, its parent reaps and reports it.
    run.command(u"kill child 15"_s);
    QTRY_VERIFY_WITH_TIMEOUT(run.event(u"exited"_s, u"child"_s).has_value(), kTimeoutMs);
    QCOMPARE(run.event(u"exited"_s, u"child"_s)->value("signal"_L1).toInt(), SIGTERM);
    QCOMPARE(run.event(u"exited"_s, u"child"_s)->value("reaper"_L1).toInteger(),
             run.pidOf(u"parent"_s));
    // The parent (sleep 0) only waited for it: the run ends by itself, leaving nothing.
    verifyEndedCleanly(run);
}

void TestAgent::execHelperDiesWithTheAgent()
{
    // The exec'd root is the run's only process, so nothing but its own lifeline check can
    // end it when the agent is SIGKILLed.
    QCOMPARE(prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    auto restore = qScopeGuard([] { prctl(PR_SET_CHILD_SUBREAPER, 0); });
    AgentRun run;
    QVERIFY(run.start(planOf(u"execdie"_s, {{u"only"_s, -1, u"exec program=1 ms=0"_s}})));
    run.command(u"go"_s);
    QTRY_VERIFY_WITH_TIMEOUT(run.event(u"exec"_s, u"only"_s).has_value(), kTimeoutMs);
    const qint64 pid = run.pidOf(u"only"_s);
    QTRY_COMPARE_WITH_TIMEOUT(procText(pid, "comm"), u"spinner"_s, kTimeoutMs);
    QCOMPARE(::kill(pid_t(run.agentPid()), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(run.finished(), kTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT((waitpid(pid_t(pid), nullptr, WNOHANG), !procInfo(pid)),
                              "the exec'd helper outlived its agent", kTimeoutMs);
    for (const QString &name : shmOfAgent(run.agentPid()))
        QFile::remove(u"/dev/shm/"_s + name);
}
