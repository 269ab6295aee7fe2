// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs `proclab-agent bench ctxswitch|ipc --json ...` without blocking and hands back the
// JSON object it prints. Used by the GUI's charts and by proclab-cli.

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>

namespace proclab {

struct BenchResult
{
    QString kind;     // "ctxswitch" or "ipc"
    QJsonObject json; // the agent's object, as printed
    qint64 wallMs = 0;
};

class BenchRunner : public QObject
{
    Q_OBJECT
public:
    explicit BenchRunner(QObject *parent = nullptr);
    ~BenchRunner() override;

    // `kind` is "ctxswitch" or "ipc"; `extraArgs` go to the agent unchanged (e.g. "--iterations",
    // "10000"). "--json" is always added. Returns false (and emits failed) if it cannot start.
    bool start(const QString &kind, const QStringList &extraArgs = {});
    void cancel();
    bool isRunning() const;

    // Blocking convenience for the CLI: runs to the end, nullopt-like empty kind on failure.
    static BenchResult runBlocking(const QString &kind, const QStringList &extraArgs,
                                   QString *error, int timeoutMs = 600000);

signals:
    void finished(const proclab::BenchResult &result);
    void failed(const QString &reason);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    static BenchResult parse(const QString &kind, const QByteArray &out, int exitCode,
                             QProcess::ExitStatus status, const QByteArray &err, QString *error);

    QProcess m_process;
    QString m_kind;
    qint64 m_startedMs = 0;
};

} // namespace proclab

Q_DECLARE_METATYPE(proclab::BenchResult)
