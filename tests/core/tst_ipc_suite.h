// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tst_ipc: the IPC half of proclab-agent, driven from outside as core drives it: real
// processes, real shm, pipes, sockets and message queues; counters read from the stats page.
// One suite split over tst_ipc.cpp (items that cross each kind of channel, the counter, the
// racy ring, the pipe ends each process holds, the benchmarks), tst_ipc_kills.cpp (a
// producer, consumer or lock holder killed mid-run) and tst_ipc_sweep.cpp (stale objects).

#include "tst_ipc_run.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

using proclab::wire::ChannelStats;
using proclab::wire::WaitState;

namespace ipctest {

// Long enough for a 2-CPU machine under load; a run that needs it has hung.
constexpr int kRunTimeoutMs = 120000;

// Items consumed once and intact.
quint64 uniqueConsumed(const ChannelStats &c);
// The CPUs this test may run on: a race needs two.
int usableCpus();
// "pipe:[123]" and "socket:[456]" for every such descriptor of `pid`, from /proc.
QSet<QString> pipeAndSocketInodes(qint64 pid);

} // namespace ipctest

class TestIpc : public QObject
{
    Q_OBJECT

private slots:
    void transfer_data();
    void transfer();
    void counter_data();
    void counter();
    void racyRing();
    void refusedQueue();
    void killedProducer_data();
    void killedProducer();
    void killedLockHolder();
    void killedConsumer_data();
    void killedConsumer();
    void pipeBetweenRelatives_data();
    void pipeBetweenRelatives();
    void sweepStale();
    void benchContextSwitch();
    void benchIpc();

private:
    static QStringList processes(int producers, int consumers, long long countEach,
                                 const QString &consumerExtra = {});
};
