// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The palette's lab entries: a small, valid tree of lab processes added in one edit, so a
// learner can drop a lab on the canvas and press Run (and then change it).

#include "core/scenario/scenario.h"

#include <QPointF>

namespace proclab {

class LabTemplate
{
public:
    // Adds a speed-up lab (a combine parent and two count-primes workers) or a cluster lab
    // (a pre-fork master, two serve workers and a load generator) at `position`. The top
    // process becomes the root of an empty scenario, else a child of the existing root.
    // Returns the top process's id. Workers are named <id>, <id>_2 so a sweep of
    // "number of copies" counts them all.
    static QString add(Scenario &scenario, bool speedUp, QPointF position);
};

} // namespace proclab
