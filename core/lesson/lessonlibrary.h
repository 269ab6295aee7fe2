// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The shipped lessons. They are embedded in core as Qt resources (:/lessons), so the app,
// the command line and the tests all have them; $PROCLAB_LESSONS_DIR points elsewhere (a
// source tree's resources/lessons, an installed share/proclab/lessons) to read files.

#include "core/lesson/lessonio.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace proclab {

class LessonLibrary
{
public:
    static QString directory(); // $PROCLAB_LESSONS_DIR, else ":/lessons"
    // Every *.proclab-lesson.json of `dir`, sorted by file name (= syllabus order).
    static QStringList files(const QString &dir = directory());
    // Each file loaded and validated; invalid ones keep their errors.
    static QList<LessonLoadResult> loadAll(const QString &dir = directory());
    // The valid lessons in syllabus order (by number).
    static QList<Lesson> lessons(const QString &dir = directory());
    // The lesson with `id`, or nothing (an invalid file with that id counts as none).
    static std::optional<Lesson> find(const QString &id, const QString &dir = directory());
};

} // namespace proclab
