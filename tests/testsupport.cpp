// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/run/procreader.h"
#include "core/scenario/scenarioio.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QTest>

#include <cerrno>
#include <cmath>
#include <fcntl.h>
#include <mqueue.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace proclab::test {

bool procFacts(int pid, ProcFacts *facts)
{
    const auto s = readProcStat(pid);
    if (!s)
        return false;
    if (facts) {
        facts->ppid = s->ppid;
        facts->pgid = s->pgrp;
        facts->state = s->state;
    }
    return true;
}

bool pidExists(int pid)
{
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

namespace {
template<typename Pred> QList<int> scanProc(Pred pred)
{
    QList<int> out;
    const QStringList entries =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool ok = false;
        const int pid = e.toInt(&ok);
        if (!ok)
            continue;
        if (const auto s = readProcStat(pid); s && pred(*s))
            out.append(pid);
    }
    return out;
}
} // namespace

QList<int> processGroupPids(int pgid)
{
    return scanProc([pgid](const ProcStat &s) { return s.pgrp == pgid; });
}

QList<int> liveProcessGroupPids(int pgid)
{
    return scanProc(
        [pgid](const ProcStat &s) { return s.pgrp == pgid && s.state != QLatin1Char('Z'); });
}

QList<int> childPids(int parentPid)
{
    return scanProc([parentPid](const ProcStat &s) { return s.ppid == parentPid; });
}

int reapOurZombies(int pgid)
{
    const int self = int(::getpid());
    int reaped = 0;
    for (int pid : scanProc([&](const ProcStat &s) {
             return s.pgrp == pgid && s.ppid == self && s.state == QLatin1Char('Z');
         })) {
        if (::waitpid(pid, nullptr, WNOHANG) == pid)
            ++reaped;
    }
    return reaped;
}

bool becomeChildSubreaper()
{
    return ::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0;
}

QStringList shmObjects(const QString &pattern)
{
    return QDir(QStringLiteral("/dev/shm")).entryList({pattern}, QDir::Files | QDir::System);
}

QStringList agentShmObjects(int agentPid)
{
    return shmObjects(QStringLiteral("proclab-%1-*").arg(agentPid));
}

bool messageQueueExists(const QString &name)
{
    const mqd_t q = ::mq_open(name.toUtf8().constData(), O_RDONLY | O_NONBLOCK);
    if (q == mqd_t(-1))
        return errno != ENOENT;
    ::mq_close(q);
    return true;
}

QString sourcePath(const QString &relative)
{
    return QString::fromLocal8Bit(qgetenv("PROCLAB_SOURCE_DIR")) + QLatin1Char('/') + relative;
}

QString exampleScenarioPath(const QString &name)
{
    return sourcePath(QStringLiteral("resources/scenarios/%1.proclab.json").arg(name));
}

QString helperPath(const QString &name)
{
    return QString::fromLocal8Bit(
        qgetenv(QByteArray("PROCLAB_HELPER_" + name.toUtf8()).constData()));
}

QString cliPath()
{
    return QString::fromLocal8Bit(qgetenv("PROCLAB_CLI"));
}

bool loadExample(const QString &name, Scenario *scenario, QString *error)
{
    const LoadResult r = loadScenarioFile(exampleScenarioPath(name));
    if (!r.ok()) {
        QStringList lines;
        for (const ScenarioError &e : r.errors)
            lines.append(e.toString());
        *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    *scenario = *r.scenario;
    return true;
}

ProcessSpec process(const QString &id, const QString &parent, BehaviourKind kind, int ms)
{
    ProcessSpec p;
    p.id = id;
    p.label = id;
    p.parent = parent;
    p.behaviour.kind = kind;
    p.behaviour.ms = ms;
    return p;
}

RunRecorder::RunRecorder(RunController &run)
{
    QObject::connect(&run, &RunController::eventReceived, &run,
                     [this](const RunEvent &e) { events.append(e); });
    QObject::connect(&run, &RunController::snapshotReady, &run,
                     [this](const RunSnapshot &s) { snapshots.append(s); });
}

QList<RunEvent> RunRecorder::of(RunEvent::Kind kind, const QString &node) const
{
    QList<RunEvent> out;
    for (const RunEvent &e : events)
        if (e.kind == kind && (node.isEmpty() || e.node == node))
            out.append(e);
    return out;
}

int RunRecorder::pidOf(const QString &node) const
{
    const QList<RunEvent> s = of(RunEvent::Kind::Spawned, node);
    return s.isEmpty() ? 0 : s.first().pid;
}

QString runLeftovers(int agentPid, const RunRecorder &rec)
{
    if (agentPid <= 0)
        return QStringLiteral("no agent pid");
    QStringList left;
    for (int pid : processGroupPids(agentPid))
        left.append(QStringLiteral("pid %1 in the agent's group").arg(pid));
    for (const RunEvent &e : rec.of(RunEvent::Kind::Spawned)) {
        ProcFacts f;
        // A recycled pid is fine; a process still in the run's group is not.
        if (procFacts(e.pid, &f) && f.pgid == agentPid)
            left.append(QStringLiteral("%1 (pid %2) still exists").arg(e.node).arg(e.pid));
    }
    for (const QString &name : agentShmObjects(agentPid))
        left.append(QStringLiteral("/dev/shm/") + name);
    left.removeDuplicates();
    return left.join(QStringLiteral("; "));
}

Scenario scenarioOf(const QString &name, const QList<ProcessSpec> &processes)
{
    Scenario s;
    s.name = name;
    s.processes = processes;
    return s;
}

QString ProgramResult::describe() const
{
    return QStringLiteral("exit %1\n%2%3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

ProgramResult runProgram(const QString &program, const QStringList &args,
                         const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProgramResult r;
    if (!p.waitForStarted(30000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "did not finish in time";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

CliResult runCli(const QStringList &args, int timeoutMs)
{
    return runProgram(cliPath(), args, QProcessEnvironment::systemEnvironment(), timeoutMs);
}

QProcessEnvironment userEnvironment(const QString &lang, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("PROCLAB_")) || key.startsWith(QLatin1String("QT_")) ||
            key.startsWith(QLatin1String("LC_")) || key == QLatin1String("LANGUAGE") ||
            key == QLatin1String("DISPLAY") || key == QLatin1String("WAYLAND_DISPLAY"))
            env.remove(key);
    }
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    return env;
}

Scenario boundedBufferScenario()
{
    Scenario s;
    s.name = QStringLiteral("bounded buffer");
    ProcessSpec root{QStringLiteral("main"), QStringLiteral("main"), {}, {}, {}};
    ProcessSpec prod{
        QStringLiteral("producer"), QStringLiteral("producer"), QStringLiteral("main"), {}, {}};
    prod.behaviour.kind = BehaviourKind::Produce;
    prod.behaviour.channel = QStringLiteral("buf");
    ProcessSpec cons{
        QStringLiteral("consumer"), QStringLiteral("consumer"), QStringLiteral("main"), {}, {}};
    cons.behaviour.kind = BehaviourKind::Consume;
    cons.behaviour.channel = QStringLiteral("buf");
    s.processes = {root, prod, cons};
    ChannelSpec buf;
    buf.id = QStringLiteral("buf");
    buf.label = QStringLiteral("buffer");
    s.channels = {buf};
    return s;
}

RunSnapshot boundedBufferSnapshot(int i)
{
    RunSnapshot s;
    s.elapsedMs = i * 100;
    ChannelSample c;
    c.id = QStringLiteral("buf");
    c.capacity = 8;
    c.fill = quint64(i % 9);
    c.consumed = quint64(i) * 500;
    c.itemsPerS = 5000 + 1000 * std::sin(i / 10.0);
    c.bytesPerS = c.itemsPerS * 64;
    c.latency = {20 + double(i % 7), 80 + double(i % 30)};
    s.channels = {c};
    for (const QString &node :
         {QStringLiteral("main"), QStringLiteral("producer"), QStringLiteral("consumer")}) {
        ProcessSample p;
        p.node = node;
        p.pid = 100 + int(s.processes.size());
        p.life = ProcessSample::Life::Alive;
        p.voluntaryCtxt = qint64(i) * (node == QStringLiteral("main") ? 0 : 400);
        p.nonvoluntaryCtxt = qint64(i) * (node == QStringLiteral("consumer") ? 30 : 5);
        p.utimeMs = qint64(i) * 40;
        p.stimeMs = qint64(i) * 20;
        s.processes.append(p);
    }
    return s;
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "ko"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

InterfaceLanguage::~InterfaceLanguage()
{
    QCoreApplication::removeTranslator(&m_ko);
}

bool InterfaceLanguage::load()
{
    return m_ko.load(qEnvironmentVariable("PROCLAB_KO_QM"));
}

void InterfaceLanguage::set(const QString &language)
{
    QCoreApplication::removeTranslator(&m_ko);
    const bool korean = language == QLatin1String("ko");
    QLocale::setDefault(QLocale(korean ? QLocale::Korean : QLocale::English));
    if (korean)
        QCoreApplication::installTranslator(&m_ko);
}

} // namespace proclab::test
