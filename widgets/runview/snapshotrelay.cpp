// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/snapshotrelay.h"

#include "core/run/runcontroller.h"

namespace proclab {

SnapshotRelay::SnapshotRelay(RunController *run, QObject *parent) : QObject(parent)
{
    m_nextTurn.setSingleShot(true);
    m_nextTurn.setInterval(0);
    connect(&m_nextTurn, &QTimer::timeout, this, [this] {
        const RunSnapshot snapshot = std::exchange(m_pending, {});
        emit snapshotReady(snapshot);
    });
    connect(run, &RunController::snapshotReady, this, [this](const RunSnapshot &snapshot) {
        m_pending = snapshot; // implicitly shared: no copy of the samples
        if (!m_nextTurn.isActive())
            m_nextTurn.start();
    });
    connect(run, &RunController::started, this, &SnapshotRelay::cancel);
}

void SnapshotRelay::cancel()
{
    m_nextTurn.stop();
    m_pending = {};
}

} // namespace proclab
