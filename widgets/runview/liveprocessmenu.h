// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Right-click on a live process: SIGKILL, SIGTERM, pause (SIGSTOP), resume (SIGCONT).
// Only that process is touched; the rest of the run carries on.

#include <QMenu>

namespace proclab {

class RunController;

class LiveProcessMenu : public QMenu
{
    Q_OBJECT
public:
    LiveProcessMenu(RunController *run, const QString &node, QWidget *parent = nullptr);

    QAction *killAction() const { return m_kill; }
    QAction *terminateAction() const { return m_term; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }

private:
    QAction *m_kill;
    QAction *m_term;
    QAction *m_pause;
    QAction *m_resume;
};

} // namespace proclab
