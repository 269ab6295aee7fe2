// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Run, Pause/Resume and Stop, with the elapsed time and the run's state beside them.

#include <QToolBar>
#include <functional>

class QLabel;
class QTimer;

namespace proclab {
class RunController;
}

class RunToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit RunToolBar(proclab::RunController *run, QWidget *parent = nullptr);

    QAction *runAction() const { return m_runAction; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *stopAction() const { return m_stopAction; }

    // Why Run may not start now (empty: it may): a lesson waiting for a prediction. Run
    // is disabled with the reason as its tooltip; refresh() when the reason may change.
    void setGate(std::function<QString()> gate);
    void refresh() { updateState(); }

signals:
    void runRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void updateElapsed();
    void togglePause();
    void retranslate();

    proclab::RunController *m_run;
    QAction *m_runAction;
    QAction *m_pauseAction;
    QAction *m_stopAction;
    QLabel *m_elapsed;
    QLabel *m_state;
    QTimer *m_timer;
    bool m_paused = false;
    std::function<QString()> m_gate;
};
