// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tr() for the lesson loader's and evaluator's messages: one translation context,
// "LessonValidator", that lupdate finds through this class.

#include <QCoreApplication>

namespace proclab {

class LessonText
{
    Q_DECLARE_TR_FUNCTIONS(LessonValidator)
};

} // namespace proclab
