// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a node kind looks and travels in the editor: its icon and the drag payload of a
// palette entry. The kinds themselves are core's (core/scenario/nodekind.h).

#include "core/scenario/nodekind.h"

#include <QIcon>

namespace proclab {

// The drag payload of a palette entry; the canvas accepts nothing else.
inline constexpr char kNodeKindMimeType[] = "application/x-proclab-node-kind";

QIcon nodeKindIcon(NodeKind kind); // from :/icons

} // namespace proclab
