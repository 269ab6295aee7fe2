// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scenario: what the learner built. A plain value type (copyable, comparable) so
// the editor's undo stack, the file format and the run all share one model.

#include "core/scenario/localizedtext.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <optional>

namespace proclab {

enum class BehaviourKind
{
    Idle,      // waits until the run is stopped, reaping its children as they end
    Sleep,     // sleeps ms, then waits for its children
    Cpu,       // busy work for ms (CPU time), then waits for its children
    Exit,      // after after_ms waits for its children, then exits with code
    Crash,     // after after_ms raises signal (children are orphaned)
    NoWait,    // lives ms (0 = until stopped) and never reaps: children become zombies
    ExitEarly, // exits after after_ms without waiting: children are orphaned
    Produce,   // sends count items to channel (rate items/s, 0 = as fast as possible)
    Consume,   // takes items from channel until every producer is done and it is drained
    Increment, // adds 1 to a shared counter channel count times
    WriteCopy, // writes value into its copy of a variable its parent set to initial before fork
    Exec,      // replaces its program (execve) by a helper from a fixed list: same pid
    // The speed-up lab: a parent divides a job among its children and combines their parts.
    Combine,     // counts primes below n with its CountPrimes children, then serially itself
    CountPrimes, // counts the primes in its share of its Combine parent's job
    // The pre-fork cluster lab: one listening socket, workers accepting on it, a load.
    PreforkMaster, // opens a TCP socket on 127.0.0.1, forks its children, replaces ended workers
    Serve,         // a worker: accepts on the master's socket, work_us per request
    Load,          // sends count requests to the master's port, parallel at a time
};

enum class ChannelKind
{
    ShmBuffer,  // POSIX shm ring of capacity slots; semaphores + robust mutex when sync
    ShmCounter, // one shared integer that processes increment; locked when sync
    Pipe,       // direct: parent -> child
    SocketPair, // direct, both ways (acks travel back)
    Mailbox,    // indirect: a named POSIX message queue, many senders and receivers
};

enum class SendMode
{
    Async, // the sender goes on once the message is queued
    Sync,  // the sender blocks until a receiver has taken it and acknowledged
};

struct Behaviour
{
    BehaviourKind kind = BehaviourKind::Idle;
    int ms = 0;         // Sleep, Cpu, NoWait
    int afterMs = 0;    // Exit, Crash, ExitEarly
    int code = 0;       // Exit
    int signal = 0;     // Crash
    QString channel;    // Produce, Consume, Increment: a channel id
    qint64 count = 0;   // Produce, Increment
    int rate = 0;       // Produce: items per second, 0 = unpaced
    int holdMs = 0;     // Consume: time spent inside the critical section per item
    int workUs = 0;     // Consume: time spent on each item after taking it
    qint64 initial = 0; // WriteCopy: what the parent sets the variable to before forking it
    qint64 value = 0;   // WriteCopy: what the child writes into its own copy
    QString program;    // Exec: a name from the fixed list (Words<wire::ExecProgram>); Exec uses ms
    qint64 n = 0;       // Combine: count the primes below n
    int restarts = 0;   // PreforkMaster: replacements it may fork in one run
    int parallel = 0;   // Load: requests open at once
    int timeoutMs = 0;  // Load: a request unanswered this long has failed
    int killAt = 0;     // Load: after this many answers SIGKILL the worker of the last (0 = never)
    bool operator==(const Behaviour &) const = default;
};

struct ProcessSpec
{
    QString id;          // unique, [A-Za-z0-9_.-]{1,32}
    LocalizedText label; // shown on the diagram
    QString parent;      // id of the process that forks it; empty for the root
    Behaviour behaviour;
    std::optional<QPointF> position; // diagram position, kept when saved
    bool operator==(const ProcessSpec &) const = default;
};

struct ChannelSpec
{
    QString id;
    LocalizedText label;
    ChannelKind kind = ChannelKind::ShmBuffer;
    int capacity = 8;                // slots (ShmBuffer) or queued messages (Mailbox)
    int itemSize = 64;               // bytes per item, header included
    bool sync = true;                // ShmBuffer/ShmCounter: semaphores and lock on or off
    bool fast = false;               // ShmBuffer with sync: the fast ring (atomics, futex)
    SendMode send = SendMode::Async; // Pipe, SocketPair, Mailbox
    std::optional<QPointF> position;
    bool operator==(const ChannelSpec &) const = default;
};

struct RunSettings
{
    int maxProcesses = 512; // per run, within wire::kHardMaxProcesses
    int sampleHz = 10;      // sampler rate
    int durationS = 0;      // 0 = until the root ends or the user stops
    bool operator==(const RunSettings &) const = default;
};

struct Scenario
{
    static constexpr int kFormatVersion = 1;
    LocalizedText name;
    LocalizedText description;
    RunSettings settings;
    QList<ProcessSpec> processes; // any order in the file; runs parents first
    QList<ChannelSpec> channels;
    bool operator==(const Scenario &) const = default;

    const ProcessSpec *process(const QString &id) const;
    const ChannelSpec *channel(const QString &id) const;
    QStringList childrenOf(const QString &id) const; // in file order
    QString rootId() const;                          // empty if none or several
    // The nearest process that is `a` or an ancestor of it and also `b` or an ancestor of
    // it: where an anonymous pipe between a and b must be made before forking. Empty if
    // they are in different trees (or a parent chain is broken or cyclic).
    QString commonAncestor(const QString &a, const QString &b) const;
};

QString behaviourKindName(BehaviourKind kind); // the file's spelling: "no-wait", ...
std::optional<BehaviourKind> behaviourKindFromName(const QString &name);
QString channelKindName(ChannelKind kind); // "shm-buffer", "shm-counter", "pipe", ...
std::optional<ChannelKind> channelKindFromName(const QString &name);

} // namespace proclab
