// proclab-cli: headless runs, validation and benchmarks. Each command lives in its own file;
// this one only dispatches.

#include "benchcommand.h"
#include "clioutput.h"
#include "runcommand.h"
#include "validatecommand.h"

#include <QCoreApplication>

using namespace proclab::cli;

namespace {

QString usage()
{
    return Text::tr(
        "Usage: proclab-cli COMMAND [ARGS]\n"
        "\n"
        "Commands:\n"
        "  run FILE [--duration SECONDS] [--json]   run a scenario with real processes\n"
        "  validate FILE                            check a scenario file\n"
        "  bench ctxswitch|ipc [--json] [ARGS...]   measure context switches or IPC\n"
        "\n"
        "Options:\n"
        "  -h, --help      show this help (COMMAND --help: the command's own)\n"
        "  -v, --version   show the version\n"
        "\n"
        "Exit status: 0 success, 1 failure, 2 invalid scenario, 64 usage error.\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("proclab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROCLAB_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        err(usage());
        return Usage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        out(usage());
        return Ok;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out(QStringLiteral("proclab-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    if (command == QLatin1String("run"))
        return runCommand(args);
    if (command == QLatin1String("validate"))
        return validateCommand(args);
    if (command == QLatin1String("bench"))
        return benchCommand(args);
    err(Text::tr("proclab-cli: unknown command '%1'\n\n").arg(command) + usage());
    return Usage;
}
