// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What is left of a run whose agent did not end it properly (crash, SIGKILL, timeout):
// every process of the run is in the agent's process group and every IPC object is named
// "/proclab-<agentpid>-<tag>-...", so both can be found and removed from outside.

#include <QList>
#include <QString>
#include <QStringList>

namespace proclab {

// Pids whose process group is `pgid` (from /proc/PID/stat), zombies included.
QList<int> processGroupMembers(int pgid);

// SIGKILLs every member of the group except `sparePid` (the agent, which QProcess reaps),
// reaps those that are our own children, and waits up to timeoutMs until no live member
// is left. Returns the number of processes it killed.
int killProcessGroup(int pgid, int sparePid, int timeoutMs);

// Unlinks /dev/shm/proclab-<agentPid>-* and the run's message queues (by listing
// /dev/mqueue where it is mounted, and by the mailbox names `mqueueNames` otherwise).
// Returns how many objects were removed.
int unlinkRunIpc(int agentPid, const QStringList &mqueueNames = {});

// Both of the above, after an abnormal end of the agent `agentPid`.
void cleanUpRun(int agentPid, const QStringList &mqueueNames = {}, int timeoutMs = 3000);

} // namespace proclab
