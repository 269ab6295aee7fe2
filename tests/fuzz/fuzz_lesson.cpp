// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the lesson loader (`tools/dev fuzz [SECONDS]`). Besides crashes and
// hangs (libFuzzer's -timeout), it aborts on a result that would mislead
// (tests/fuzz/lessonfuzzcheck.h). Lessons are read as if they lay beside the shipped ones,
// so a step may name any lesson scenario or shipped example and the loader goes on to check
// the step against it, as it does for the real lessons.
#include "tests/fuzz/lessonfuzzcheck.h"

#include <QByteArray>
#include <cstdio>
#include <cstdlib>

using namespace proclab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString fileName = QStringLiteral("fuzz.proclab-lesson.json");
    const LessonLoadResult r = parseLesson(json, fileName, QStringLiteral(PROCLAB_FUZZ_LESSON_DIR));
    const QString why = fuzzcheck::lessonMisleads(r, fileName);
    if (!why.isEmpty()) {
        std::fprintf(stderr, "misleading result: %s\n", qPrintable(why));
        std::abort();
    }
    return 0;
}
