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
#include <optional>

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

    QString name; // legend text, translated
    // A chart whose series come in two line styles per item (p50 solid, p99 dashed) has a
    // legend that keys the styles once ("— p50", "- - p99") and names each item once by
    // its colour: `ownerName` is the item's label, `styleName` what the style means.
    QString ownerName;
    QString styleName;
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
    // A fixed top for the left axis while the data stays below it: a percentage reads
    // 0-100 %, not 0-150 % because "nice numbers" rounded 110 up.
    std::optional<double> leftTop;
    // The left axis names whole things (CPU numbers), each a band from n - 0.5 to n + 0.5
    // with the series drawn inside it and its number in its middle. Labelled on the bands'
    // edges instead, "1" sat between the bands of CPU 0 and CPU 1; "0.5" would name a CPU
    // that does not exist.
    bool leftBands = false;
    // The left axis's unit when values reach a thousand, chosen by magnitude the way a
    // reader expects ("ms" for "µs") instead of "µs (×1000)".
    QString leftAxisThousandfold;
    // Said inside the plot when the chart cannot draw what its title promises (e.g. the
    // switching share before the cost of a switch is measured): an empty 0–1 chart, on
    // screen or exported, tells a reader nothing.
    QString notice;
    QList<ChartSeriesSpec> series;
};

} // namespace proclab
