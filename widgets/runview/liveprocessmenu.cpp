// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/liveprocessmenu.h"

#include "core/run/runcontroller.h"

#include <csignal>

namespace proclab {

LiveProcessMenu::LiveProcessMenu(RunController *run, const QString &node, QWidget *parent)
    : QMenu(parent)
{
    const RunSnapshot &snap = run->lastSnapshot();
    const ProcessSample *sample = nullptr;
    for (const ProcessSample &s : snap.processes) {
        if (s.node == node)
            sample = &s;
    }
    const bool alive = sample && sample->life == ProcessSample::Life::Alive && run->isActive();
    const bool paused = alive && sample->paused;
    QAction *title =
        addAction(sample && sample->pid > 0 ? tr("%1 (pid %2)").arg(node).arg(sample->pid) : node);
    title->setEnabled(false);
    addSeparator();
    m_kill =
        addAction(tr("Kill (SIGKILL)"), this, [run, node] { run->killProcess(node, SIGKILL); });
    m_term = addAction(tr("Terminate (SIGTERM)"), this,
                       [run, node] { run->killProcess(node, SIGTERM); });
    addSeparator();
    m_pause = addAction(tr("Pause (SIGSTOP)"), this, [run, node] { run->pauseProcess(node); });
    m_resume = addAction(tr("Resume (SIGCONT)"), this, [run, node] { run->resumeProcess(node); });
    m_kill->setEnabled(alive);
    m_term->setEnabled(alive);
    m_pause->setEnabled(alive && !paused);
    m_resume->setEnabled(alive && paused);
}

} // namespace proclab
