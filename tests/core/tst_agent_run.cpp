// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_agent_run.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

QStringList planHeader(const QString &tag, int limit)
{
    return {u"PROCLAB-PLAN 1"_s, u"run "_s + tag, u"limit %1"_s.arg(limit), u"grace_ms 2000"_s};
}

QStringList planOf(const QString &tag, const QList<Node> &nodes)
{
    QStringList lines = planHeader(tag);
    for (int i = 0; i < nodes.size(); ++i)
        lines << u"process %1 %2 %3 %4"_s.arg(i)
                     .arg(nodes[i].id)
                     .arg(nodes[i].parent)
                     .arg(nodes[i].behaviour);
    return lines;
}

AgentRun::AgentRun() = default;

AgentRun::~AgentRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // EOF: the agent kills and reaps its run
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

bool AgentRun::start(const QStringList &planLines, const QStringList &extraArguments)
{
    const QString agent = qEnvironmentVariable("PROCLAB_AGENT");
    if (agent.isEmpty())
        return false;
    m_process.setProgram(agent);
    m_process.setArguments(QStringList{QStringLiteral("run")} + extraArguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    m_agentPid = m_process.processId();
    QByteArray text;
    for (const QString &line : planLines)
        text += line.toUtf8() + '\n';
    text += "end\n";
    m_process.write(text);
    return true;
}

void AgentRun::command(const QString &line)
{
    m_process.write(line.toUtf8() + '\n');
}

void AgentRun::closeInput()
{
    m_process.closeWriteChannel();
}

const QList<QJsonObject> &AgentRun::events()
{
    m_pending += m_process.readAllStandardOutput();
    int nl;
    while ((nl = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(nl);
        m_pending.remove(0, nl + 1);
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("agent wrote a line that is not a JSON object: %s", line.constData());
            QJsonObject bad;
            bad.insert(QStringLiteral("ev"), QStringLiteral("not-json"));
            m_events.append(bad);
            continue;
        }
        m_events.append(doc.object());
    }
    return m_events;
}

QList<QJsonObject> AgentRun::eventsOf(const QString &kind)
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : events())
        if (e.value(QLatin1String("ev")).toString() == kind)
            out.append(e);
    return out;
}

std::optional<QJsonObject> AgentRun::event(const QString &kind, const QString &node)
{
    for (const QJsonObject &e : eventsOf(kind))
        if (node.isEmpty() || e.value(QLatin1String("node")).toString() == node)
            return e;
    return std::nullopt;
}

int AgentRun::count(const QString &kind)
{
    return int(eventsOf(kind).size());
}

qint64 AgentRun::pidOf(const QString &node)
{
    const auto e = event(QStringLiteral("spawned"), node);
    return e ? e->value(QLatin1String("pid")).toInteger() : 0;
}

QList<qint64> AgentRun::spawnedPids()
{
    QList<qint64> pids;
    for (const QJsonObject &e : eventsOf(QStringLiteral("spawned")))
        pids.append(e.value(QLatin1String("pid")).toInteger());
    return pids;
}

QString AgentRun::allOutput() const
{
    QStringList lines;
    for (const QJsonObject &e : m_events)
        lines.append(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)));
    return lines.join(QLatin1Char('\n'));
}

std::optional<ProcInfo> procInfo(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = f.readAll();
    const int close = stat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 3 || fields[0].isEmpty())
        return std::nullopt;
    ProcInfo info;
    info.state = fields[0].at(0);
    info.ppid = fields[1].toLongLong();
    info.pgid = fields[2].toLongLong();
    return info;
}

QList<qint64> processesInGroup(qint64 pgid)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &name : entries) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (!ok)
            continue;
        const auto info = procInfo(pid);
        if (info && info->pgid == pgid)
            pids.append(pid);
    }
    return pids;
}

QStringList shmOfAgent(qint64 agentPid)
{
    return QDir(QStringLiteral("/dev/shm"))
        .entryList({QStringLiteral("proclab-%1-*").arg(agentPid)}, QDir::Files);
}
