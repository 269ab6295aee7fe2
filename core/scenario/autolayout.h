// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A readable top-down layout for a scenario without positions: parents above their
// children, each channel between its producers and its consumers.

#include "core/scenario/scenario.h"

namespace proclab {

class AutoLayout
{
public:
    enum class Mode
    {
        Missing, // keep saved positions, place only the items without one
        All,     // lay everything out again
    };
    static void layout(Scenario &scenario, Mode mode);
    static bool hasAllPositions(const Scenario &scenario);

    static constexpr qreal kColumn = 210; // item width 172 + gap
    static constexpr qreal kLayer = 200;  // process layers; channels sit half-way
};

} // namespace proclab
