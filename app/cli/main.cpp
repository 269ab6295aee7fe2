// SPDX-License-Identifier: GPL-3.0-or-later
// proclab-cli: headless runs, validation and benchmarks. Each command lives in its own file;
// this one only dispatches.

#include "app/cli/benchcommand.h"
#include "app/cli/chartshandoff.h"
#include "app/cli/clilanguage.h"
#include "app/cli/clioutput.h"
#include "app/cli/examplescommand.h"
#include "app/cli/lessoncommand.h"
#include "app/cli/runcommand.h"
#include "app/cli/validatecommand.h"

#include <QCoreApplication>
#ifdef PROCLAB_CLI_CHARTS
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#endif

#include <memory>

using namespace proclab::cli;

namespace {

QString usage()
{
    return Text::tr(
        "Usage: proclab-cli COMMAND [ARGS]\n"
        "\n"
        "Commands:\n"
        "  run FILE|EXAMPLE [--duration SECONDS] [--json]\n"
        "      [--chart F.png|F.svg] [--csv F.csv]  run a scenario with real processes\n"
        "                                           (EXAMPLE: a name `examples` lists)\n"
        "  examples                                 list the shipped example scenarios\n"
        "  validate FILE                            check a scenario file\n"
        "  lesson list|run ID|validate FILE [--json] the lessons: list, run one, check files\n"
        "  bench ctxswitch|ipc [--json] [ARGS...]   measure context switches or IPC\n"
        "                                           (ctxswitch --chart F.png|F.svg draws it)\n"
        "\n"
        "Options:\n"
        "  -h, --help      show this help (COMMAND --help: the command's own)\n"
        "  -v, --version   show the version\n"
        "\n"
        "Exit status: 0 success, 1 failure, 2 invalid scenario, 64 usage error.\n");
}

#ifdef PROCLAB_CLI_CHARTS
// A GUI application looks into the runtime directory while it starts (Qt 6.4 asks whether
// it runs in a Flatpak), and without XDG_RUNTIME_DIR (cron, CI, su) QStandardPaths warns on
// stderr about a default it makes up. Charts need no session: a private, empty runtime
// directory for this one run (0700, removed at exit) keeps stderr for ProcLab's own words.
std::unique_ptr<QTemporaryDir> privateRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return nullptr;
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                               QStringLiteral("/proclab-cli-runtime-XXXXXX"));
    if (!dir->isValid())
        return nullptr; // Qt then falls back to its own default, with its warning
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir->path()));
    return dir;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    // Charts (--chart, and --csv which shares their history) are made with Qt Widgets,
    // offscreen, by proclab-cli-charts: the command line never shows a window, and
    // everything else stays a plain core application (no GUI library, nothing extra on
    // stderr).
    const bool drawsCharts = wantsCharts(argc, argv);
#ifdef PROCLAB_CLI_CHARTS
    if (drawsCharts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Declared before the application, so it outlives it.
    const std::unique_ptr<QTemporaryDir> runtimeDir = drawsCharts ? privateRuntimeDir() : nullptr;
    std::unique_ptr<QCoreApplication> app(drawsCharts ? new QApplication(argc, argv)
                                                      : new QCoreApplication(argc, argv));
#else
    auto app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("proclab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROCLAB_VERSION));
    installTranslators();
#ifndef PROCLAB_CLI_CHARTS
    if (drawsCharts)
        return execChartsCli(argv);
#endif

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
    if (command == QLatin1String("examples"))
        return examplesCommand(args);
    if (command == QLatin1String("validate"))
        return validateCommand(args);
    if (command == QLatin1String("lesson"))
        return lessonCommand(args);
    if (command == QLatin1String("bench"))
        return benchCommand(args);
    err(Text::tr("proclab-cli: unknown command '%1'\n\n").arg(command) + usage());
    return Usage;
}
