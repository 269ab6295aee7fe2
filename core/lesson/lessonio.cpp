// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lesson/lessonio.h"

#include "core/lesson/lessonparser.h"
#include "core/lesson/lessontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace proclab {

LessonLoadResult parseLesson(const QByteArray &json, const QString &fileName,
                             const QString &lessonDir)
{
    ScenarioErrorList errors(fileName);
    LessonParser parser(
        &errors, [lessonDir](const QString &name) { return findLessonScenario(name, lessonDir); });
    LessonLoadResult result;
    std::optional<Lesson> lesson = parser.parse(json);
    result.errors = errors.errors();
    if (lesson && result.errors.isEmpty()) {
        lesson->fileName = fileName;
        result.lesson = lesson;
    }
    return result;
}

LessonLoadResult loadLessonFile(const QString &path)
{
    QFile file(path);
    LessonLoadResult result;
    const auto fail = [&](const QString &message) {
        result.errors.append(ScenarioError{path, {}, message});
        return result;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(LessonText::tr("cannot read the file: %1").arg(file.errorString()));
    // One byte more than allowed is enough to know the file is too big, without reading
    // a hostile multi-gigabyte file into memory.
    const QByteArray json = file.read(kMaxLessonFileBytes + 1);
    return parseLesson(json, path, QFileInfo(path).absolutePath());
}

QString findLessonScenario(const QString &name, const QString &lessonDir)
{
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name.startsWith(u'.'))
        return {};
    const QStringList candidates{
        lessonDir + QStringLiteral("/scenarios/") + name,
        lessonDir + QStringLiteral("/../scenarios/") + name,
        QStringLiteral(":/lessons/scenarios/") + name,
        QStringLiteral(":/scenarios/") + name,
    };
    for (const QString &c : candidates) {
        const QString path = QDir::cleanPath(c); // ":/lessons/../scenarios" too
        if ((!lessonDir.isEmpty() || c.startsWith(u':')) && QFileInfo(path).isFile())
            return path;
    }
    return {};
}

} // namespace proclab
