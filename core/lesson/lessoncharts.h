// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The charts a lesson's `"highlight": "chart:NAME"` may point at. The loader refuses any
// other name (a typo would otherwise only show up as a highlight that silently does
// nothing), and the player's highlighter turns the name into the chart to raise.

#include <QString>
#include <QStringList>

namespace proclab {

class LessonCharts
{
public:
    // Every accepted name: the live charts as the CLI's --chart spells them, the two other
    // pages of the Charts panel, and the aliases older lessons use.
    static QStringList names();
    // The chart NAME stands for ("ctxswitch" -> "switches"); empty when it is none.
    static QString canonical(const QString &name);
};

} // namespace proclab
