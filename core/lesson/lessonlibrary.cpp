// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lesson/lessonlibrary.h"

#include <QDir>
#include <algorithm>

namespace proclab {

QString LessonLibrary::directory()
{
    const QString dir = qEnvironmentVariable("PROCLAB_LESSONS_DIR");
    return dir.isEmpty() ? QStringLiteral(":/lessons") : dir;
}

QStringList LessonLibrary::files(const QString &dir)
{
    QStringList out;
    const QDir d(dir);
    for (const QString &name :
         d.entryList({QStringLiteral("*.proclab-lesson.json")}, QDir::Files, QDir::Name))
        out.append(d.filePath(name));
    return out;
}

QList<LessonLoadResult> LessonLibrary::loadAll(const QString &dir)
{
    QList<LessonLoadResult> out;
    for (const QString &file : files(dir))
        out.append(loadLessonFile(file));
    return out;
}

QList<Lesson> LessonLibrary::lessons(const QString &dir)
{
    QList<Lesson> out;
    for (const LessonLoadResult &r : loadAll(dir)) {
        if (r.lesson)
            out.append(*r.lesson);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Lesson &a, const Lesson &b) { return a.number < b.number; });
    return out;
}

std::optional<Lesson> LessonLibrary::find(const QString &id, const QString &dir)
{
    for (const Lesson &l : lessons(dir)) {
        if (l.id == id)
            return l;
    }
    return std::nullopt;
}

} // namespace proclab
