// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/runtoolbar.h"

#include "core/run/runcontroller.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QTimer>

using proclab::RunController;

RunToolBar::RunToolBar(RunController *run, QWidget *parent)
    : QToolBar(parent), m_run(run),
      m_runAction(new QAction(QIcon(QStringLiteral(":/icons/run.svg")), QString(), this)),
      m_pauseAction(new QAction(QIcon(QStringLiteral(":/icons/pause.svg")), QString(), this)),
      m_stopAction(new QAction(QIcon(QStringLiteral(":/icons/stop.svg")), QString(), this)),
      m_elapsed(new QLabel(this)), m_state(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("runToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_runAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_pauseAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_pauseAction->setCheckable(true);
    addAction(m_runAction);
    addAction(m_pauseAction);
    addAction(m_stopAction);
    addSeparator();
    // A monospace clock that does not jitter as digits change.
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 1.15);
    mono.setBold(true);
    m_elapsed->setFont(mono);
    m_elapsed->setContentsMargins(8, 0, 8, 0);
    m_elapsed->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QStringLiteral("00:00.0")) +
                               20);
    addWidget(m_elapsed);
    m_state->setContentsMargins(4, 0, 8, 0);
    addWidget(m_state);

    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &RunToolBar::updateElapsed);
    connect(m_runAction, &QAction::triggered, this, &RunToolBar::runRequested);
    connect(m_stopAction, &QAction::triggered, m_run, &RunController::stop);
    connect(m_pauseAction, &QAction::triggered, this, &RunToolBar::togglePause);
    connect(m_run, &RunController::stateChanged, this, &RunToolBar::updateState);
    retranslate();
    updateState();
    updateElapsed();
}

void RunToolBar::setGate(std::function<QString()> gate)
{
    m_gate = std::move(gate);
    updateState();
}

void RunToolBar::togglePause()
{
    // Pause and resume act on every process of the run at once (SIGSTOP/SIGCONT).
    m_paused = !m_paused;
    if (m_paused)
        m_run->pauseProcess(QStringLiteral("*"));
    else
        m_run->resumeProcess(QStringLiteral("*"));
    m_pauseAction->setChecked(m_paused);
    retranslate();
}

void RunToolBar::updateState()
{
    const bool active = m_run->isActive();
    if (!active)
        m_paused = false;
    m_runAction->setEnabled(!active && (!m_gate || m_gate().isEmpty()));
    m_pauseAction->setEnabled(m_run->state() == RunController::State::Running);
    m_pauseAction->setChecked(m_paused);
    m_stopAction->setEnabled(active && m_run->state() != RunController::State::Stopping);
    if (active)
        m_timer->start();
    else
        m_timer->stop();
    updateElapsed();
    retranslate();
}

void RunToolBar::updateElapsed()
{
    const qint64 ms = m_run->state() == RunController::State::Idle ? 0 : m_run->elapsedMs();
    const qint64 tenths = ms / 100;
    m_elapsed->setText(QStringLiteral("%1:%2.%3")
                           .arg(tenths / 600, 2, 10, QLatin1Char('0'))
                           .arg((tenths / 10) % 60, 2, 10, QLatin1Char('0'))
                           .arg(tenths % 10));
}

void RunToolBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void RunToolBar::retranslate()
{
    setWindowTitle(tr("Run"));
    m_runAction->setText(tr("Run"));
    const QString blocked = m_gate ? m_gate() : QString();
    m_runAction->setToolTip(blocked.isEmpty() ? tr("Run the diagram as real processes (F5)")
                                              : blocked);
    m_runAction->setStatusTip(blocked);
    m_pauseAction->setText(m_paused ? tr("Resume") : tr("Pause"));
    m_pauseAction->setToolTip(tr("Stop or continue every process of the run (F6)"));
    m_stopAction->setText(tr("Stop"));
    m_stopAction->setToolTip(tr("End the run: SIGTERM, then SIGKILL (Shift+F5)"));
    m_elapsed->setToolTip(tr("Time since the run started"));
    QString state;
    switch (m_run->state()) {
    case RunController::State::Idle:
        state = tr("Ready");
        break;
    case RunController::State::Starting:
        state = tr("Starting…");
        break;
    case RunController::State::Running:
        state = m_paused ? tr("Paused") : tr("Running");
        break;
    case RunController::State::Stopping:
        state = tr("Stopping…");
        break;
    case RunController::State::Finished:
        state = tr("Finished");
        break;
    case RunController::State::Failed:
        state = tr("Failed");
        break;
    }
    m_state->setText(state);
}
