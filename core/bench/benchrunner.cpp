// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/benchrunner.h"

#include "core/run/runcontroller.h"
#include "core/run/runlog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>

namespace proclab {

namespace {
QStringList benchArguments(const QString &kind, const QStringList &extraArgs)
{
    QStringList args{QStringLiteral("bench"), kind};
    args += extraArgs;
    if (!args.contains(QStringLiteral("--json")))
        args.append(QStringLiteral("--json"));
    return args;
}
} // namespace

BenchRunner::BenchRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<proclab::BenchResult>();
    connect(&m_process, &QProcess::finished, this, &BenchRunner::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            emit failed(
                tr("cannot start %1: %2").arg(m_process.program(), m_process.errorString()));
    });
}

BenchRunner::~BenchRunner()
{
    cancel();
}

bool BenchRunner::start(const QString &kind, const QStringList &extraArgs)
{
    if (isRunning())
        return false;
    m_kind = kind;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_process.start(RunController::agentPath(), benchArguments(kind, extraArgs));
    // FailedToStart is reported through errorOccurred -> failed().
    return m_process.waitForStarted(10000);
}

void BenchRunner::cancel()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    QObject::disconnect(&m_process, &QProcess::finished, this, &BenchRunner::onFinished);
    m_process.kill();
    m_process.waitForFinished(3000);
    connect(&m_process, &QProcess::finished, this, &BenchRunner::onFinished);
}

bool BenchRunner::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

BenchResult BenchRunner::parse(const QString &kind, const QByteArray &out, int exitCode,
                               QProcess::ExitStatus status, const QByteArray &err, QString *error)
{
    BenchResult r;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        qCDebug(lcRun).noquote() << "bench" << kind << "failed:" << why;
        return BenchResult{};
    };
    QString stderrText = QString::fromUtf8(err.trimmed());
    // The agent reports its own errors as {"error": ..., "usage": ...} on stdout.
    const QJsonObject errorObject = QJsonDocument::fromJson(out.trimmed()).object();
    if (errorObject.contains(QLatin1String("error"))) {
        stderrText = errorObject.value(QLatin1String("error")).toString();
        if (errorObject.contains(QLatin1String("usage")))
            stderrText +=
                QStringLiteral("\nusage: ") + errorObject.value(QLatin1String("usage")).toString();
    }
    if (status != QProcess::NormalExit)
        return fail(QObject::tr("the benchmark died (signal %1) %2").arg(exitCode).arg(stderrText));
    if (exitCode != 0)
        return fail(
            QObject::tr("the benchmark exited with code %1: %2").arg(exitCode).arg(stderrText));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(out.trimmed(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QObject::tr("the benchmark printed no JSON object: %1").arg(pe.errorString()));
    r.kind = kind;
    r.json = doc.object();
    return r;
}

void BenchRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    QString error;
    BenchResult r = parse(m_kind, m_process.readAllStandardOutput(), exitCode, status,
                          m_process.readAllStandardError(), &error);
    r.wallMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    if (r.kind.isEmpty())
        emit failed(error);
    else
        emit finished(r);
}

BenchResult BenchRunner::runBlocking(const QString &kind, const QStringList &extraArgs,
                                     QString *error, int timeoutMs)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(RunController::agentPath(), benchArguments(kind, extraArgs));
    if (!p.waitForStarted(10000)) {
        if (error)
            *error = QObject::tr("cannot start %1: %2").arg(p.program(), p.errorString());
        return {};
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
        if (error)
            *error = QObject::tr("the benchmark did not finish within %1 s").arg(timeoutMs / 1000);
        return {};
    }
    BenchResult r = parse(kind, p.readAllStandardOutput(), p.exitCode(), p.exitStatus(),
                          p.readAllStandardError(), error);
    r.wallMs = t.elapsed();
    return r;
}

} // namespace proclab
