// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hands a view the run's newest snapshot in an event-loop turn after the one that sampled it.
// The sampler's own turn already records the snapshot in the charts' history; at 1,000
// processes the process table's rebuild and the diagram's thousand items made that turn
// 10 ms longer, so the window answered input 10 ms later. A view shows what is true now:
// snapshots that arrive before the view's turn replace each other and only the newest is
// shown.

#include "core/run/runsnapshot.h"

#include <QObject>
#include <QTimer>

namespace proclab {

class RunController;

class SnapshotRelay : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotRelay(RunController *run, QObject *parent = nullptr);

    // Drops a snapshot not yet handed on: one from a run before the view was cleared must
    // not paint its states over the cleared view.
    void cancel();

signals:
    void snapshotReady(const proclab::RunSnapshot &snapshot);

private:
    QTimer m_nextTurn;
    RunSnapshot m_pending;
};

} // namespace proclab
