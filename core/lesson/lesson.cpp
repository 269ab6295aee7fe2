// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lesson/lesson.h"

namespace proclab {

LessonAction LessonStep::effectiveAction() const
{
    return action.value_or(LessonAction{});
}

} // namespace proclab
