// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/agentconnection.h"

#include "core/run/runeventparser.h"
#include "core/run/runlog.h"

#include <QElapsedTimer>
#include <QTimer>

#include <unistd.h>

namespace proclab {

AgentConnection::AgentConnection(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { readLines(kSliceMs); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        // The agent's own diagnostics: keep them, they explain failures.
        const QByteArray text = m_process.readAllStandardError().trimmed();
        if (!text.isEmpty())
            qCWarning(lcRun).noquote() << "agent" << m_pid << "stderr:" << QString::fromUtf8(text);
    });
    connect(&m_process, &QProcess::finished, this, &AgentConnection::onFinished);
}

AgentConnection::~AgentConnection()
{
    // The owner (RunController) has already stopped or killed the agent; this is the
    // last resort so QProcess never leaves it running.
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool AgentConnection::start(const QString &agentPath, const QByteArray &plan, QString *error)
{
    m_process.setProgram(agentPath);
    m_process.setArguments(
        {QStringLiteral("run"), QStringLiteral("--parent-pid"), QString::number(::getpid())});
    m_process.start(QIODevice::ReadWrite | QIODevice::Unbuffered);
    if (!m_process.waitForStarted(10000)) {
        if (error)
            *error = tr("cannot start %1: %2").arg(agentPath, m_process.errorString());
        qCWarning(lcRun).noquote() << "cannot start" << agentPath << m_process.errorString();
        m_exitReported = true; // nothing ran, so there is no exit to report
        return false;
    }
    m_pid = int(m_process.processId());
    qCDebug(lcRun) << "agent started, pid" << m_pid;
    m_process.write(plan);
    return true;
}

void AgentConnection::sendCommand(const QByteArray &line)
{
    if (m_process.state() != QProcess::Running)
        return;
    qCDebug(lcRun) << "command:" << line;
    m_process.write(line + '\n');
}

void AgentConnection::closeInput()
{
    if (m_process.state() == QProcess::Running)
        m_process.closeWriteChannel();
}

void AgentConnection::killAgent()
{
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
}

bool AgentConnection::waitForExit(int msecs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    // waitForFinished keeps draining stdout, so the agent never blocks on a full pipe.
    return m_process.waitForFinished(msecs);
}

bool AgentConnection::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void AgentConnection::readLines(qint64 sliceMs)
{
    // A tree of thousands of processes sends thousands of "spawned" and "exited" lines at
    // once, and each one updates the book, the log and the table: handled in one go they
    // stalled the window for 100 ms and more. What is left after a slice waits for the next
    // turn of the event loop (in order: nothing else reads these lines meanwhile).
    QElapsedTimer slice;
    slice.start();
    while (m_process.canReadLine()) {
        if (sliceMs > 0 && slice.elapsed() >= sliceMs) {
            if (!m_readPending) {
                m_readPending = true;
                QTimer::singleShot(0, this, [this] {
                    m_readPending = false;
                    readLines(kSliceMs);
                });
            }
            return;
        }
        QByteArray line = m_process.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const auto parsed = parseAgentEventLine(line);
        if (!parsed) {
            qCWarning(lcRun).noquote()
                << "agent" << m_pid << "sent an unknown line:" << QString::fromUtf8(line);
            continue;
        }
        const RunEvent &e = parsed->event;
        if (e.kind == RunEvent::Kind::Finished)
            m_sawFinished = true;
        if (e.kind == RunEvent::Kind::Refused)
            m_refusal = e.message;
        // An error of no process is the agent's own: the reason it could not go on.
        if (e.kind == RunEvent::Kind::Error && e.node.isEmpty() && e.channel.isEmpty() &&
            m_agentError.isEmpty())
            m_agentError = e.message;
        if (e.kind == RunEvent::Kind::Ready)
            emit ready(parsed->statsName, parsed->pgid);
        emit eventReceived(e);
    }
}

void AgentConnection::onFinished(int exitCode, QProcess::ExitStatus status)
{
    // Lines written just before the exit may still sit in the buffer: all of them now.
    readLines(0);
    if (m_exitReported)
        return;
    m_exitReported = true;
    const bool clean = status == QProcess::NormalExit && exitCode == 0 && m_sawFinished;
    QString reason;
    if (!m_refusal.isEmpty())
        reason = tr("the agent refused the run: %1").arg(m_refusal);
    else if (status == QProcess::CrashExit)
        reason = tr("the agent died (signal %1)").arg(exitCode);
    else if (!clean && !m_agentError.isEmpty())
        reason = tr("the agent exited with code %1 before the run finished: %2")
                     .arg(exitCode)
                     .arg(m_agentError);
    else if (!clean)
        reason = tr("the agent exited with code %1 before the run finished").arg(exitCode);
    m_cleanedUpItself = status == QProcess::NormalExit;
    qCDebug(lcRun) << "agent" << m_pid << "exited; clean:" << clean << reason;
    emit exited(clean, reason);
}

} // namespace proclab
