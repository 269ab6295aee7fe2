// SPDX-License-Identifier: GPL-3.0-or-later
// The public entry points of scenarioio.h: they put the parser and the validator together.
#include "core/scenario/scenarioio.h"

#include "core/scenario/scenarioerror.h"
#include "core/scenario/scenariolimits.h"
#include "core/scenario/scenarioparser.h"
#include "core/scenario/scenariovalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace proclab {

LoadResult parseScenario(const QByteArray &json, const QString &fileName)
{
    ScenarioErrorList errors(fileName);
    ScenarioParser parser(&errors);
    std::optional<ParsedScenario> parsed = parser.parse(json);
    if (parsed) {
        // The validator sees what the parser could build; where the parser already
        // complained, the validator's view of the same spot would only repeat it.
        ScenarioErrorList semantic(fileName);
        ScenarioValidator validator(parsed->scenario, &semantic);
        validator.setFileIndices(parsed->processFileIndex, parsed->channelFileIndex);
        validator.setChannelsOfUnknownKind(parsed->channelsOfUnknownKind);
        validator.run();
        errors.mergeUncovered(semantic.errors());
    }
    LoadResult result;
    result.errors = errors.errors();
    // Nobody reads past a screenful of problems; the count says how bad it is.
    constexpr qsizetype kMaxListed = 500;
    if (result.errors.size() > kMaxListed) {
        const qsizetype more = result.errors.size() - kMaxListed;
        result.errors.resize(kMaxListed);
        result.errors.append(ScenarioError{
            fileName,
            {},
            QCoreApplication::translate("ScenarioValidator", "... and %1 more problems")
                .arg(more)});
    }
    if (result.errors.isEmpty() && parsed)
        result.scenario = std::move(parsed->scenario);
    return result;
}

LoadResult loadScenarioFile(const QString &path)
{
    const auto fail = [&path](const QString &message) {
        LoadResult result;
        result.errors.append(ScenarioError{path, {}, message});
        return result;
    };
    const QFileInfo info(path);
    if (info.isDir()) {
        return fail(
            QCoreApplication::translate("ScenarioValidator", "is a folder, not a scenario file"));
    }
    if (info.size() > kMaxScenarioFileBytes) {
        return fail(QCoreApplication::translate(
                        "ScenarioValidator",
                        "the file is %1 bytes, larger than the %2 MiB a scenario may have")
                        .arg(info.size())
                        .arg(kMaxScenarioFileBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QCoreApplication::translate("ScenarioValidator", "cannot open the file: %1")
                        .arg(file.errorString()));
    }
    // Read one byte past the limit: a file that grows, or a device, cannot slip through.
    const QByteArray json = file.read(kMaxScenarioFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return fail(QCoreApplication::translate("ScenarioValidator", "cannot read the file: %1")
                        .arg(file.errorString()));
    }
    return parseScenario(json, path);
}

QList<ScenarioError> validateScenario(const Scenario &scenario, const QString &fileName)
{
    ScenarioErrorList errors(fileName);
    ScenarioValidator validator(scenario, &errors);
    validator.run();
    return errors.errors();
}

} // namespace proclab
