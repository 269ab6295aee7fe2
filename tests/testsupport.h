// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared helpers for the tests: what a test needs to check a run from OUTSIDE (/proc,
// /dev/shm, message queues) and where the build put things. Small on purpose.

#include "core/run/runcontroller.h"
#include "core/scenario/scenario.h"

#include <QChar>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTranslator>

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

// ---- scenarios ----
// "main" forks a producer and a consumer of the channel "buf" (labelled "buffer"): the
// charts' tests draw runs of it without running it.
Scenario boundedBufferScenario();
// Its sample number i, 100 ms apart: throughput swings, fill oscillates, switches grow at
// a steady rate.
RunSnapshot boundedBufferSnapshot(int i);

// A test's data table with a "language" column and one row per interface language
// ("en", "ko"): every screen is checked in both.
void addLanguageRows();

// The interface language a widget test switches between rows: the default locale and, for
// "ko", the built Korean catalogue ($PROCLAB_KO_QM; the test binaries do not embed it).
// load() once (false when the catalogue is missing), then set() per row.
class InterfaceLanguage
{
public:
    InterfaceLanguage() = default;
    InterfaceLanguage(const InterfaceLanguage &) = delete;
    InterfaceLanguage &operator=(const InterfaceLanguage &) = delete;
    ~InterfaceLanguage();

    bool load();
    void set(const QString &language);

private:
    QTranslator m_ko;
};

// A program run to its end: exitCode -1 if it crashed, did not start or hung (then err says
// which).
struct ProgramResult
{
    int exitCode = -1;
    QByteArray out, err;
    QString describe() const; // exit status, stdout and stderr, for a failure message
};
// Runs `program`; one that takes longer than timeoutMs is killed and reported.
ProgramResult runProgram(const QString &program, const QStringList &args,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 120000);
using CliResult = ProgramResult;
CliResult runCli(const QStringList &args, int timeoutMs = 60000);

// What a user's shell would have: no PROCLAB_* pointing into the build, no forced platform or
// screen, no other language variable; LANG as given, HOME (and its .config) in `home`.
QProcessEnvironment userEnvironment(const QString &lang, const QString &home);

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
