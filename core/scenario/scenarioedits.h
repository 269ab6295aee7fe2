// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pure edits on a Scenario value. The diagram never changes items directly: it computes
// the next Scenario here and pushes (before, after) on the undo stack, so undo is exact.

#include "core/scenario/nodekind.h"
#include "core/scenario/scenario.h"

#include <QPointF>
#include <QSet>
#include <QString>

namespace proclab {

class ScenarioEdits
{
public:
    // A fresh id such as "p3" or "buf2" that the scenario does not use yet.
    static QString uniqueId(const Scenario &scenario, const QString &stem);
    static QString idStem(NodeKind kind);
    static bool hasId(const Scenario &scenario, const QString &id);

    // Adds a process or channel with sensible defaults; returns its id.
    static QString addNode(Scenario &scenario, NodeKind kind, QPointF position);

    // Removes processes and channels. Children of a removed process move up to its
    // parent; behaviours that used a removed channel fall back to idle.
    static void removeNodes(Scenario &scenario, const QSet<QString> &ids);

    // Edges: a fork edge is "child.parent"; a data edge is a behaviour's channel.
    static void removeForkEdge(Scenario &scenario, const QString &child);
    static void removeDataEdge(Scenario &scenario, const QString &process);

    static void setPosition(Scenario &scenario, const QString &id, QPointF position);
    static std::optional<QPointF> position(const Scenario &scenario, const QString &id);

    // The part of the scenario holding these ids (for copy).
    static Scenario extract(const Scenario &scenario, const QSet<QString> &ids);
    // Inserts a copied fragment under fresh ids, shifted by offset; returns the new ids.
    static QSet<QString> paste(Scenario &scenario, const Scenario &fragment, QPointF offset);

    // n copies of `tmpl` in total: the original plus tmpl.id_2 .. tmpl.id_n, placed right
    // after the original; copies in `existing` beyond the first (from an earlier call)
    // are dropped first. What a sweep over the number of processes does.
    static void setProcessCopies(Scenario &scenario, const ProcessSpec &tmpl,
                                 const QStringList &existing, int n);

    static ProcessSpec *process(Scenario &scenario, const QString &id);
    static ChannelSpec *channel(Scenario &scenario, const QString &id);
};

} // namespace proclab
