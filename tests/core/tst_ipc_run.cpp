// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_ipc_run.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <mqueue.h>
#include <sys/mman.h>
#include <unistd.h>

using proclab::wire::StatsPage;

namespace {

// Waits for `done` while letting QProcess deliver output; false on timeout.
template<class F> bool waitFor(F done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}

} // namespace

QStringList planWith(const QString &tag, const QStringList &body)
{
    QStringList lines{QStringLiteral("PROCLAB-PLAN 1"), QStringLiteral("run ") + tag,
                      QStringLiteral("limit 64"), QStringLiteral("grace_ms 500")};
    lines += body;
    return lines;
}

IpcRun::~IpcRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // EOF: the agent stops and cleans up its run
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    if (m_stats)
        munmap(const_cast<StatsPage *>(m_stats), sizeof(StatsPage));
}

bool IpcRun::start(const QStringList &planLines, int timeoutMs)
{
    const QString agent = qEnvironmentVariable("PROCLAB_AGENT");
    if (agent.isEmpty()) {
        m_error = QStringLiteral("PROCLAB_AGENT is not set");
        return false;
    }
    m_process.setProgram(agent);
    m_process.setArguments({QStringLiteral("run")});
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start ") + agent;
        return false;
    }
    m_agentPid = m_process.processId();
    const QString tag = planLines.value(1).section(QLatin1Char(' '), 1); // "run <tag>"
    m_prefix = QStringLiteral("/proclab-%1-%2").arg(m_agentPid).arg(tag);
    QByteArray text = planLines.join(QLatin1Char('\n')).toUtf8() + "\nend\n";
    m_process.write(text);
    if (!waitFor(
            [this] {
                return event(QStringLiteral("ready")) || event(QStringLiteral("error")) ||
                       m_process.state() == QProcess::NotRunning;
            },
            timeoutMs) ||
        !event(QStringLiteral("ready"))) {
        m_error = QStringLiteral("no ready event: ") + transcript() + QLatin1Char(' ') +
                  QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    const QString name = event(QStringLiteral("ready"))->value(QLatin1String("stats")).toString();
    const int fd = shm_open(name.toUtf8().constData(), O_RDONLY, 0);
    if (fd < 0) {
        m_error = QStringLiteral("cannot open the stats page ") + name;
        return false;
    }
    void *p = mmap(nullptr, sizeof(StatsPage), PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    if (p == MAP_FAILED) {
        m_error = QStringLiteral("cannot map the stats page ") + name;
        return false;
    }
    m_stats = static_cast<const StatsPage *>(p);
    return true;
}

void IpcRun::command(const QString &line)
{
    m_process.write(line.toUtf8() + '\n');
}

bool IpcRun::waitFinished(int timeoutMs)
{
    return waitFor(
        [this] {
            return event(QStringLiteral("finished")).has_value() &&
                   m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
}

bool IpcRun::waitExited(int timeoutMs)
{
    return waitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
}

const QList<QJsonObject> &IpcRun::events()
{
    m_pending += m_process.readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_pending.indexOf('\n')) >= 0) {
        const QJsonDocument doc = QJsonDocument::fromJson(m_pending.left(nl));
        m_pending.remove(0, nl + 1);
        QJsonObject o = doc.object();
        if (!doc.isObject())
            o.insert(QStringLiteral("ev"), QStringLiteral("not-json"));
        m_events.append(o);
    }
    return m_events;
}

std::optional<QJsonObject> IpcRun::event(const QString &kind)
{
    for (const QJsonObject &e : events()) {
        if (e.value(QLatin1String("ev")).toString() == kind)
            return e;
    }
    return std::nullopt;
}

QList<qint64> IpcRun::spawnedPids()
{
    QList<qint64> pids;
    for (const QJsonObject &e : events()) {
        if (e.value(QLatin1String("ev")).toString() == QLatin1String("spawned"))
            pids.append(e.value(QLatin1String("pid")).toInteger());
    }
    return pids;
}

QString IpcRun::transcript()
{
    QStringList lines;
    for (const QJsonObject &e : events())
        lines.append(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)));
    return lines.join(QLatin1Char('\n'));
}

QString IpcRun::leftovers(const QStringList &queueSuffixes)
{
    QStringList problems;
    for (const qint64 pid : spawnedPids()) {
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
            problems.append(QStringLiteral("process %1 still exists").arg(pid));
    }
    const QStringList shm = QDir(QStringLiteral("/dev/shm"))
                                .entryList({QStringLiteral("proclab-%1-*").arg(m_agentPid)},
                                           QDir::Files | QDir::System | QDir::Hidden);
    for (const QString &name : shm)
        problems.append(QStringLiteral("/dev/shm/") + name + QStringLiteral(" remains"));
    for (const QString &suffix : queueSuffixes) {
        const QByteArray name = (m_prefix + suffix).toUtf8();
        const mqd_t q = mq_open(name.constData(), O_RDONLY);
        if (q != (mqd_t)-1) {
            mq_close(q);
            problems.append(
                QStringLiteral("message queue %1 remains").arg(QString::fromUtf8(name)));
        } else if (errno != ENOENT) {
            problems.append(QStringLiteral("mq_open %1: errno %2, expected ENOENT")
                                .arg(QString::fromUtf8(name))
                                .arg(errno));
        }
    }
    return problems.join(QStringLiteral("; "));
}
