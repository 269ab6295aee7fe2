// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one chart plots, said without drawing anything: its titles and its series (which
// history series or derived curve, whose colour, which line). The GUI's charts and the
// CLI's --chart draw from it; a lesson can check it.

#include "core/history/runhistory.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <functional>

namespace proclab {

struct ChartSeriesSpec
{
    // Whose colour the series takes, so a curve matches its box on the diagram.
    enum class Colour
    {
        Channel, // the colour of channel `owner`
        Process, // the colour of process `owner`
        Accent,  // one fixed colour for a series about the whole run
    };
    enum class Line
    {
        Solid,
        Dash,
        Dot
    };

    QString name;   // legend text, translated
    QString column; // CSV column name, stable across languages
    Colour colour = Colour::Accent;
    QString owner;
    Line line = Line::Solid;
    bool rightAxis = false;
    RunHistory::Key key; // a stored series, used when `derive` is empty
    std::function<QList<QPointF>(const RunHistory &)> derive;
};

struct ChartSpec
{
    QString title;
    QString timeAxis;
    QString leftAxis;
    QString rightAxis; // empty: no right axis
    QList<ChartSeriesSpec> series;
};

} // namespace proclab
