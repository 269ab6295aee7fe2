// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/validatecommand.h"

#include "app/cli/clioutput.h"
#include "core/scenario/scenarioio.h"

#include <QCommandLineParser>

namespace proclab::cli {

int validateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Checks scenario files without running them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("scenario file(s) to check"),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(QStringList{QStringLiteral("proclab-cli validate")} + args)) {
        err(parser.errorText() + QLatin1Char('\n'));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err(Text::tr("validate: no FILE given\n"));
        return Usage;
    }
    int status = Ok;
    for (const QString &file : files) {
        const LoadResult r = loadScenarioFile(file);
        if (r.ok()) {
            out(Text::tr("%1: valid (%2 processes, %3 channels)\n")
                    .arg(file)
                    .arg(r.scenario->processes.size())
                    .arg(r.scenario->channels.size()));
            continue;
        }
        for (const ScenarioError &e : r.errors)
            err(e.toString() + QLatin1Char('\n'));
        status = InvalidScenario;
    }
    return status;
}

} // namespace proclab::cli
