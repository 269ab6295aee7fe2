// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/benchcommand.h"

#include "app/cli/benchtable.h"
#include "app/cli/cliextension.h"
#include "app/cli/clioutput.h"
#include "core/bench/benchrunner.h"

#include <QJsonDocument>

namespace proclab::cli {

namespace {

QString benchUsage()
{
    return Text::tr("Usage: proclab-cli bench ctxswitch|ipc [--json] [ARGS...]\n"
                    "Runs proclab-agent's benchmark; ARGS are passed to it unchanged.\n"
                    "  --json   print the agent's JSON object instead of a table\n");
}

// Takes the extensions' options (and their values) out of args; the rest goes to the agent.
QHash<QString, QString> takeOptions(QStringList &args, const QList<QCommandLineOption> &options,
                                    QString *error)
{
    QHash<QString, QString> found;
    for (const QCommandLineOption &opt : options) {
        for (const QString &name : opt.names()) {
            const QString flag = QStringLiteral("--") + name;
            for (qsizetype i = 0; i < args.size();) {
                if (args[i] == flag) {
                    QString value;
                    if (!opt.valueName().isEmpty()) {
                        if (i + 1 >= args.size()) {
                            *error = Text::tr("bench: %1 needs a value").arg(flag);
                            return {};
                        }
                        value = args.takeAt(i + 1);
                    }
                    args.removeAt(i);
                    found.insert(opt.names().constFirst(), value);
                } else if (args[i].startsWith(flag + QLatin1Char('='))) {
                    found.insert(opt.names().constFirst(), args.takeAt(i).mid(flag.size() + 1));
                } else {
                    ++i;
                }
            }
        }
    }
    return found;
}

} // namespace

int benchCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? err(benchUsage()) : out(benchUsage()));
        return args.isEmpty() ? Usage : Ok;
    }
    const QString kind = args.takeFirst();
    if (kind != QLatin1String("ctxswitch") && kind != QLatin1String("ipc")) {
        err(Text::tr("bench: unknown benchmark '%1'\n").arg(kind) + benchUsage());
        return Usage;
    }
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;

    QList<QHash<QString, QString>> extensionValues;
    for (CliExtension *ext : CliExtension::all()) {
        QString error;
        extensionValues.append(takeOptions(args, ext->benchOptions(), &error));
        if (!error.isEmpty()) {
            err(error + QLatin1Char('\n'));
            return Usage;
        }
    }

    QString error;
    const BenchResult result = BenchRunner::runBlocking(kind, args, &error);
    if (result.kind.isEmpty()) {
        err(Text::tr("bench %1 failed: %2\n").arg(kind, error));
        return Failure;
    }
    int status = Ok;
    for (qsizetype i = 0; i < CliExtension::all().size(); ++i) {
        if (!CliExtension::all()[i]->finishBench(result, extensionValues[i], &error)) {
            err(error + QLatin1Char('\n'));
            status = Failure;
        }
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(result.json).toJson(QJsonDocument::Indented)));
    else
        out(formatBenchTable(result));
    return status;
}

} // namespace proclab::cli
