// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One colour per live state, used by the diagram, the legend and the process table so a
// colour means the same thing everywhere. The states themselves are core's.

#include "core/run/livestate.h"

#include <QColor>

namespace proclab {

QColor liveStateColor(LiveState state);

} // namespace proclab
