// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/examplescommand.h"

#include "app/cli/clioutput.h"
#include "core/scenario/examplelibrary.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace proclab::cli {

int examplesCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the example scenarios ProcLab ships; `proclab-cli run NAME` runs one."));
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("proclab-cli examples")} + args)) {
        err(parser.errorText() + QLatin1Char('\n'));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err(Text::tr("examples: takes no arguments\n"));
        return Usage;
    }
    const ExampleLibrary library;
    QList<ScenarioError> errors;
    const QList<Example> examples = library.examples(&errors);
    for (const ScenarioError &e : errors)
        err(e.toString() + QLatin1Char('\n'));
    if (examples.isEmpty()) {
        err(Text::tr("examples: no example scenarios in %1\n").arg(library.directory()));
        return Failure;
    }
    qsizetype width = 0;
    for (const Example &e : examples)
        width = qMax(width, e.name.size());
    for (const Example &e : examples) {
        const QString line = ExampleLibrary::firstSentence(e.description);
        out(e.name.leftJustified(width + 2) + (line.isEmpty() ? e.title : line) +
            QLatin1Char('\n'));
    }
    return Ok;
}

QString scenarioPathFor(const QString &fileOrExample)
{
    if (QFileInfo::exists(fileOrExample))
        return fileOrExample;
    const QString example = ExampleLibrary().pathOf(fileOrExample);
    // Not an example either: the file name goes on, so the loader's error names it.
    return example.isEmpty() ? fileOrExample : example;
}

} // namespace proclab::cli
