// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns SIGINT/SIGTERM into a Qt signal (self-pipe), so Ctrl-C stops a headless run
// through RunController::stop() and the run ends with its usual accounting.

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace proclab::cli {

class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted(int signal);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace proclab::cli
