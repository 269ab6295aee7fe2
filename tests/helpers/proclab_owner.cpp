// SPDX-License-Identifier: GPL-3.0-or-later
// A process that owns a RunController and nothing else, so a test can SIGKILL the owner
// of a run and check that the run does not outlive it.
// Usage: proclab_owner SCENARIO_FILE
// Prints "agent <pid>", then "spawned <node> <pid>" per process, then "finished" or
// "failed <reason>", one line each, flushed.

#include "core/run/runcontroller.h"
#include "core/scenario/scenarioio.h"

#include <QCoreApplication>

#include <cstdio>

using namespace proclab;

namespace {
void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: proclab_owner SCENARIO_FILE\n", stderr);
        return 64;
    }
    const LoadResult loaded = loadScenarioFile(QString::fromLocal8Bit(argv[1]));
    if (!loaded.ok()) {
        for (const ScenarioError &e : loaded.errors)
            say(QStringLiteral("failed ") + e.toString());
        return 2;
    }
    RunController run;
    QObject::connect(&run, &RunController::started, &run,
                     [&run] { say(QStringLiteral("agent %1").arg(run.agentPid())); });
    QObject::connect(&run, &RunController::eventReceived, &run, [](const RunEvent &e) {
        if (e.kind == RunEvent::Kind::Spawned)
            say(QStringLiteral("spawned %1 %2").arg(e.node).arg(e.pid));
    });
    QObject::connect(&run, &RunController::finished, &app, [] {
        say(QStringLiteral("finished"));
        QCoreApplication::quit();
    });
    QObject::connect(&run, &RunController::failed, &app, [](const QString &reason) {
        say(QStringLiteral("failed ") + reason);
        QCoreApplication::exit(1);
    });
    if (!run.start(*loaded.scenario))
        return 1;
    return app.exec();
}
