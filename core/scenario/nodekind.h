// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kinds of things the learner can place on a diagram: a process or one of the
// channel kinds. Shared by the scenario edits, the palette, the items and the menus;
// the icons live with what draws them (widgets/diagram/nodekindicon.h).

#include "core/scenario/scenario.h"

#include <QList>
#include <QString>
#include <optional>

namespace proclab {

enum class NodeKind
{
    Process,
    ShmBuffer,
    ShmCounter,
    Pipe,
    Mailbox,
    SocketPair,
    // Templates: a small tree of processes for one of the labs, ready to run.
    LabSpeedUp, // a combine parent with count-primes workers
    LabCluster  // a pre-fork master with serve workers and a load generator
};

QList<NodeKind> allNodeKinds();
std::optional<ChannelKind> channelKindOf(NodeKind kind);
NodeKind nodeKindOf(ChannelKind kind);
// Stable, untranslated name used in the MIME payload ("process", "shm-buffer", ...).
QString nodeKindKey(NodeKind kind);
std::optional<NodeKind> nodeKindFromKey(const QString &key);
QString nodeKindTitle(NodeKind kind);       // translated, for the palette and menus
QString nodeKindDescription(NodeKind kind); // translated tooltip

} // namespace proclab
