// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared helpers for the tests: what a test needs to check a run from OUTSIDE (/proc,
// /dev/shm, message queues) and where the build put things. Small on purpose.

#include "core/run/runcontroller.h"
#include "core/scenario/scenario.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace proclab::test {

// ---- /proc ----
struct ProcFacts
{
    int ppid = 0;
    int pgid = 0;
    QChar state; // R S D Z T t X
};
// False when /proc/PID is gone.
bool procFacts(int pid, ProcFacts *facts);
bool pidExists(int pid);                   // in /proc, zombies included
QList<int> processGroupPids(int pgid);     // every member, zombies included
QList<int> liveProcessGroupPids(int pgid); // members that are not zombies
QList<int> childPids(int parentPid);       // processes whose ppid is parentPid
// Reaps (waitpid by pid) every zombie of `pgid` whose parent is this process — needed
// when the test is a child subreaper and a run's processes were orphaned to it.
int reapOurZombies(int pgid);
// Makes this process a child subreaper (orphans of our descendants come to us).
bool becomeChildSubreaper();

// ---- IPC objects ----
QStringList shmObjects(const QString &pattern = QStringLiteral("proclab-*")); // names in /dev/shm
QStringList agentShmObjects(int agentPid);    // /dev/shm/proclab-<agentPid>-*
bool messageQueueExists(const QString &name); // "/proclab-...": mq_open O_RDONLY

// ---- files and programs ----
QString sourcePath(const QString &relative);      // under $PROCLAB_SOURCE_DIR
QString exampleScenarioPath(const QString &name); // resources/scenarios/<name>.proclab.json
QString helperPath(const QString &name);          // $PROCLAB_HELPER_<name>
QString cliPath();                                // $PROCLAB_CLI

// Runs proclab-cli with `args` to the end (60 s at most); exitCode -1 if it crashed or hung.
struct CliResult
{
    int exitCode = -1;
    QByteArray out, err;
};
CliResult runCli(const QStringList &args);

// ---- scenarios ----
// Loads an example; QFAIL-friendly: returns false and sets *error on problems.
bool loadExample(const QString &name, Scenario *scenario, QString *error);
ProcessSpec process(const QString &id, const QString &parent, BehaviourKind kind, int ms = 0);
Scenario scenarioOf(const QString &name, const QList<ProcessSpec> &processes);

// ---- runs ----
// Everything a RunController reported, gathered from its signals (connect before start()).
struct RunRecorder
{
    explicit RunRecorder(RunController &run);
    QList<RunEvent> of(RunEvent::Kind kind, const QString &node = {}) const;
    int pidOf(const QString &node) const; // from the "spawned" event, 0 if none
    QList<RunEvent> events;
    QList<RunSnapshot> snapshots;
};
// What is left of a finished run, described; empty when nothing is: no process in the
// agent's group, no process of the run under a pid it had, no /dev/shm object of the agent.
// Use as QCOMPARE(runLeftovers(agent, rec), QString()).
QString runLeftovers(int agentPid, const RunRecorder &rec);

} // namespace proclab::test
