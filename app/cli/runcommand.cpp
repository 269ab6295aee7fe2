// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/runcommand.h"

#include "app/cli/cliextension.h"
#include "app/cli/clioutput.h"
#include "app/cli/examplescommand.h"
#include "app/cli/interruptwatcher.h"
#include "app/cli/runreport.h"
#include "core/run/runcontroller.h"
#include "core/run/runsummary.h"
#include "core/scenario/scenarioio.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>

#include <ctime>

namespace proclab::cli {

int runCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Runs a scenario as real processes, headless."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        Text::tr("scenario file (*.proclab.json), or the name of an example (see: examples)"),
        QStringLiteral("FILE|EXAMPLE"));
    const QCommandLineOption durationOpt(
        QStringLiteral("duration"), Text::tr("stop the run after SECONDS (default: the file's)"),
        QStringLiteral("SECONDS"));
    const QCommandLineOption rateOpt(QStringLiteral("sample-rate"),
                                     Text::tr("samples per second, 1..100 (default: the file's)"),
                                     QStringLiteral("HZ"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     Text::tr("print one JSON object instead of a table"));
    parser.addOptions({durationOpt, rateOpt, jsonOpt});
    for (CliExtension *ext : CliExtension::all())
        parser.addOptions(ext->runOptions());

    if (!parser.parse(QStringList{QStringLiteral("proclab-cli run")} + args)) {
        err(parser.errorText() + QLatin1Char('\n'));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err(Text::tr("run: exactly one FILE is needed\n"));
        return Usage;
    }
    const QString file = scenarioPathFor(parser.positionalArguments().constFirst());

    const LoadResult loaded = loadScenarioFile(file);
    if (!loaded.ok()) {
        for (const ScenarioError &e : loaded.errors)
            err(e.toString() + QLatin1Char('\n'));
        return InvalidScenario;
    }
    Scenario scenario = *loaded.scenario;
    if (parser.isSet(durationOpt)) {
        bool ok = false;
        const double s = parser.value(durationOpt).toDouble(&ok);
        // Written so that nan fails too: every comparison with nan is false.
        if (!ok || !(s > 0 && s <= 86400)) {
            err(Text::tr("run: --duration needs a number of seconds (0 < s <= 86400)\n"));
            return Usage;
        }
        scenario.settings.durationS = qMax(1, qRound(s));
    }
    for (CliExtension *ext : CliExtension::all()) {
        QString error;
        if (!ext->prepareRun(parser, scenario, &error)) {
            err(error + QLatin1Char('\n'));
            return Usage;
        }
    }

    RunController run;
    if (parser.isSet(rateOpt)) {
        bool ok = false;
        const int hz = parser.value(rateOpt).toInt(&ok);
        if (!ok || hz < 1 || hz > 100) {
            err(Text::tr("run: --sample-rate needs 1..100\n"));
            return Usage;
        }
        run.setSampleRate(hz);
    }
    QEventLoop loop;
    QObject::connect(&run, &RunController::finished, &loop, &QEventLoop::quit);
    QObject::connect(&run, &RunController::failed, &loop, &QEventLoop::quit);
    QObject::connect(&run, &RunController::snapshotReady, &run, [](const RunSnapshot &s) {
        for (CliExtension *ext : CliExtension::all())
            ext->runSnapshot(s);
    });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &run, [&run](int) {
        err(Text::tr("interrupted: stopping the run\n"));
        run.stop();
    });

    if (run.start(scenario))
        loop.exec();
    // PROCLAB_MEASURE_RUN=1 (tools/bench): what observing cost this process (sampling /proc,
    // reading the agent's lines), apart from the agent and the run, whose forks dwarf it.
    if (qEnvironmentVariableIntValue("PROCLAB_MEASURE_RUN") == 1)
        err(QString::asprintf("proclab-run-meter observer_cpu_s=%.3f\n",
                              double(std::clock()) / CLOCKS_PER_SEC));

    const RunSummary summary = RunSummary::fromRun(run);
    int status = summary.completed ? Ok : Failure;
    for (CliExtension *ext : CliExtension::all()) {
        QString error;
        if (!ext->finishRun(summary, run.lastSnapshot(), &error)) {
            err(error + QLatin1Char('\n'));
            status = Failure;
        }
    }
    if (parser.isSet(jsonOpt))
        out(QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented)));
    else
        out(formatRunReport(summary));
    if (!summary.completed)
        err(Text::tr("run failed: %1\n").arg(summary.failure));
    return status;
}

} // namespace proclab::cli
