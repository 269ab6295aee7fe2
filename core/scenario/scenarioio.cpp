// SPDX-License-Identifier: GPL-3.0-or-later
// The public entry points of scenarioio.h: they put the parser and the validator together.
#include "core/scenario/scenarioio.h"

#include "core/scenario/scenarioerror.h"
#include "core/scenario/scenariolimits.h"
#include "core/scenario/scenarioparser.h"
#include "core/scenario/scenariovalidator.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

namespace {

LoadResult loadResourceScenario(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.errors.append(ScenarioError{
            path,
            {},
            QCoreApplication::translate("ScenarioValidator", "cannot open the file: %1")
                .arg(file.errorString())});
        return result;
    }
    return parseScenario(file.read(kMaxScenarioFileBytes + 1), path);
}

} // namespace

LoadResult loadScenarioFile(const QString &path)
{
    const auto fail = [&path](const QString &message) {
        LoadResult result;
        result.errors.append(ScenarioError{path, {}, message});
        return result;
    };
    if (path.startsWith(u':')) // a Qt resource (shipped lessons): no FIFO can be there
        return loadResourceScenario(path);
    // Opened without blocking and judged by what was opened, not by the name: a FIFO would
    // block open() until a writer came, and a file swapped after a check would slip by.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return fail(QCoreApplication::translate("ScenarioValidator", "cannot open the file: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    struct stat st
    {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const bool dir = S_ISDIR(st.st_mode);
        ::close(fd);
        return fail(dir ? QCoreApplication::translate("ScenarioValidator",
                                                      "is a folder, not a scenario file")
                        : QCoreApplication::translate(
                              "ScenarioValidator",
                              "is not a regular file (a FIFO, socket or device); a scenario "
                              "must be a file"));
    }
    if (st.st_size > kMaxScenarioFileBytes) {
        ::close(fd);
        return fail(QCoreApplication::translate(
                        "ScenarioValidator",
                        "the file is %1 bytes, larger than the %2 MiB a scenario may have")
                        .arg(qint64(st.st_size))
                        .arg(kMaxScenarioFileBytes / (1024 * 1024)));
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(QCoreApplication::translate("ScenarioValidator", "cannot open the file: %1")
                        .arg(file.errorString()));
    }
    // Read one byte past the limit: a file that grows cannot slip through.
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
