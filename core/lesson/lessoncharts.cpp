// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lesson/lessoncharts.h"

#include "core/history/livechartspecs.h"

using namespace Qt::StringLiterals;

namespace proclab {

namespace {
// The Charts panel's pages besides the live charts: the agent's measured overhead and the
// comparison of finished runs (a sweep's or a "compare" step's).
const QStringList kPages{u"overhead"_s, u"runs"_s};
// The context-switch chart as the CLI's benchmark names it.
const QStringList kSwitchAliases{u"ctxswitch"_s, u"context-switches"_s};
} // namespace

QStringList LessonCharts::names()
{
    QStringList out;
    for (int k = 0; k < LiveChartSpecs::kKinds; ++k)
        out.append(LiveChartSpecs::kindName(LiveChartSpecs::Kind(k)));
    return out + kPages + kSwitchAliases;
}

QString LessonCharts::canonical(const QString &name)
{
    if (kSwitchAliases.contains(name))
        return LiveChartSpecs::kindName(LiveChartSpecs::Kind::Switches);
    if (kPages.contains(name) || LiveChartSpecs::kindFromName(name))
        return name;
    return {};
}

} // namespace proclab
