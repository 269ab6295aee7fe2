// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The contract between core (Qt, never forks) and proclab-agent (POSIX, forks).
// Plain C++ and POSIX only: it is included by both sides.
//
// 1. Core starts `proclab-agent run` with stdin and stdout as pipes.
// 2. Core writes a plan (text, below) on stdin, ending with the line "end".
// 3. The agent answers with JSON lines on stdout: one event per line (kinds below).
//    After "ready" the agent waits for the command "go" before it forks anything, so core
//    has mapped the stats page and started its clock before the first process exists.
// 4. Core may then write commands on stdin, one per line. EOF on stdin means the
//    controller is gone: the agent stops the run at once, cleans up and exits.
// 5. The run's processes count into a shared "stats page" (POSIX shm, mode 0600) that
//    core maps read-only; its name arrives in the "ready" event. Its layout is in
//    proclab_statspage.h.
//
// Plan format (whitespace-separated tokens, ids match [A-Za-z0-9_.-]{1,32}):
//   PROCLAB-PLAN 1
//   run <tag>                       unique per run, [a-z0-9]{1,16}; part of every IPC name
//   limit <max_processes>           checked by the agent too (fork-bomb safety)
//   grace_ms <n>                    SIGTERM -> SIGKILL grace on stop
//   channel <index> <id> <kind> capacity=<n> item_size=<n> sync=<0|1> send=<sync|async>
//   fast=<0|1>
//   process <index> <id> <parent_index|-1> <behaviour> [key=value ...]
//   end
// Channels come first, indices 0..n-1 in order. Processes come parents first, indices
// 0..n-1; exactly one has parent -1 (the root, forked by the agent).
// Behaviour keys: ms, code, signal, after_ms, channel (index), count, rate, hold_ms, work_us,
// initial, value (write-copy), program (exec: an index into Words<ExecProgram>),
// and for the labs (below) n, restarts, parallel, timeout_ms, kill_at.
//
// Lab behaviours (core/agent/labs/), each with its own descriptors, none a plan channel:
//   combine         n=<N>: before forking it makes a pipe; its count-primes children each
//                   write their part (one write, below PIPE_BUF); it adds them up, then
//                   counts primes below N serially itself, the reference, timed separately
//   count-primes    counts the primes in its share of [0, N): chunks of kPrimeChunk numbers
//                   dealt round-robin among its parent's count-primes children
//   prefork-master  restarts=<n>: before forking it opens one listening TCP socket on
//                   127.0.0.1, port 0 (the kernel picks one); it forks a replacement for
//                   every serve child that ends, at most n times; when its load child ends
//                   it sends SIGTERM to its workers, reaps them and exits
//   serve           work_us=<us>: accept() on the master's socket; per request spins work_us
//                   then answers "<node> <pid>\n"; ends when its master is gone
//   load            count= rate= parallel= timeout_ms= kill_at=: count requests to the
//                   master's port, at most `parallel` at once, each failed after timeout_ms;
//                   kill_at=k (0 = never): after k answers, SIGKILL the worker that gave the
//                   last one
//
// Commands (one per line):
//   go                     start forking (sent once, after "ready")
//   stop                   SIGTERM to every process of the run, SIGKILL after grace_ms
//   kill <node> <signal>   send a signal to one process by node id
//   pause <node>|*         SIGSTOP one process or all
//   resume <node>|*        SIGCONT one process or all
//
// Events (one JSON object per line, "ev" first, "t" = ns since the agent started):
//   {"ev":"ready","agent":P,"pgid":P,"stats":"/proclab-...","t":T}
//   {"ev":"spawned","node":"id","pid":P,"ppid":P,"t":T}
//   {"ev":"exited","node":"id","pid":P,"code":C | "signal":S,"reaper":P,"t":T}
//   {"ev":"reparented","node":"id","pid":P,"old_ppid":P,"ppid":P,"t":T}
//   {"ev":"zombie","node":"id","pid":P,"ppid":P,"t":T}       it ended and its parent (ppid) has
//                                                            not reaped it yet (state Z); seen by
//                                                            the agent when it happens
//   {"ev":"memory","node":"id","pid":P,"role":"child"|"parent","before":V,"after":V,
//    "address":"0x...","of":"id","t":T}   write-copy: the child's copy of the variable before
//                                          and after its write; its parent's own copy (same
//                                          address) when it set it before fork and after
//                                          reaping that child ("of" = the child)
//   {"ev":"exec","node":"id","pid":P,"program":"name","t":T}   about to execve() the helper
//   {"ev":"lost","node":"id","channel":"id","producer":"id","seq":N,"t":T}   the process ended
//                        (crashed, killed) while working on that item: it is lost with it
//   {"ev":"killed","node":"id","pid":P,"signal":S,"t":T}       a signal core asked for was sent
//   {"ev":"paused"|"resumed","node":"id"|"*","t":T}
//   {"ev":"lock-recovered","channel":"id","dead_pid":P,"by":"id","t":T}
//   {"ev":"receivers-gone","node":"id","channel":"id","pid":P,"error":"EPIPE"?,"t":T}
//        a sender stops because every receiver of its channel has ended
//   {"ev":"senders-gone","node":"id","channel":"id","pid":P,"t":T}
//        a receiver ends because every sender ended before saying it was done (died)
//   {"ev":"refused","reason":"...","t":T}                      e.g. process limit; nothing forked
//   {"ev":"error","node":"id"?,"channel":"id"?,"message":"...","t":T}
//   {"ev":"finished","t":T}                                    every process reaped, IPC removed
//   {"ev":"lab","lab":"speedup","node":"id","n":N,"workers":K,"parts":P,"combined":C,
//        "serial":S,"parallel_ns":T,"serial_ns":T,"t":T}           combine's result
//   {"ev":"lab","lab":"restart","node":"id","pid":NEW,"old_pid":OLD,"t":T}   a replacement
//   {"ev":"lab","lab":"kill","node":"id","pid":P,"t":T}       the load generator's SIGKILL
//   {"ev":"lab","lab":"share","node":"id","pid":P,"served":N,"t":T}  answers per worker pid
//   {"ev":"lab","lab":"load","node":"id","port":P,"sent":N,"served":N,"failed":N,
//        "elapsed_ns":T,"t":T}                                  sent = served + failed
// The agent exits right after "finished" (exit code 0) or "refused" (exit code 3).
//
// Every word above (plan lines and keys, behaviours, channel kinds, commands, events and
// their fields) is spelled once, in the tables below; both sides look words up there.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace proclab::wire {

constexpr int kPlanVersion = 1;
constexpr const char *kPlanMagic = "PROCLAB-PLAN";

// ---- The protocol's words --------------------------------------------------------------
// Each enum has a table of spellings in enum order (Words<E>::names); name() and
// fromName() translate. Adding a word means adding an enumerator and its spelling.

template<typename E> struct Words;

template<typename E> constexpr std::string_view name(E e)
{
    return Words<E>::names[static_cast<std::size_t>(e)];
}

template<typename E> constexpr std::optional<E> fromName(std::string_view text)
{
    for (std::size_t i = 0; i < Words<E>::names.size(); ++i)
        if (Words<E>::names[i] == text)
            return static_cast<E>(i);
    return std::nullopt;
}

// The first token of a plan line after the magic line.
enum class PlanLine
{
    Run,
    Limit,
    GraceMs,
    Channel,
    Process,
    End
};
template<> struct Words<PlanLine>
{
    static constexpr std::array<std::string_view, 6> names{"run",     "limit",   "grace_ms",
                                                           "channel", "process", "end"};
};

// key=value pairs of a channel line.
enum class ChannelKey
{
    Capacity,
    ItemSize,
    Sync,
    Send,
    Fast // shm-buffer: 1 = the fast ring (atomics, futex only when empty/full), 0 = textbook
};
template<> struct Words<ChannelKey>
{
    static constexpr std::array<std::string_view, 5> names{"capacity", "item_size", "sync", "send",
                                                           "fast"};
};

// Values of send=.
enum class SendMode
{
    Sync,
    Async
};
template<> struct Words<SendMode>
{
    static constexpr std::array<std::string_view, 2> names{"sync", "async"};
};

enum class ChannelKind
{
    ShmBuffer,
    ShmCounter,
    Pipe,
    SocketPair,
    Mailbox
};
template<> struct Words<ChannelKind>
{
    static constexpr std::array<std::string_view, 5> names{"shm-buffer", "shm-counter", "pipe",
                                                           "socketpair", "mailbox"};
};

enum class Behaviour
{
    Idle,
    Sleep,
    Cpu,
    Exit,
    Crash,
    NoWait,
    ExitEarly,
    Produce,
    Consume,
    Increment,
    WriteCopy,
    Exec,
    Combine,       // speed-up lab: adds up its count-primes children's parts
    CountPrimes,   // speed-up lab: one worker
    PreforkMaster, // cluster lab: the listening socket's owner, restarts its workers
    Serve,         // cluster lab: a worker that accepts on its master's socket
    Load           // cluster lab: the load generator
};
template<> struct Words<Behaviour>
{
    static constexpr std::array<std::string_view, 17> names{
        "idle",           "sleep",   "cpu",       "exit",       "crash", "no-wait", "exit-early",
        "produce",        "consume", "increment", "write-copy", "exec",  "combine", "count-primes",
        "prefork-master", "serve",   "load"};
};
// Behaviours that use a channel (and need channel=<index>).
constexpr bool usesChannel(Behaviour b)
{
    return b == Behaviour::Produce || b == Behaviour::Consume || b == Behaviour::Increment;
}
// The labs' behaviours (core/agent/labs/): their own descriptors, no plan channel.
constexpr bool isLab(Behaviour b)
{
    return b == Behaviour::Combine || b == Behaviour::CountPrimes ||
           b == Behaviour::PreforkMaster || b == Behaviour::Serve || b == Behaviour::Load;
}

// key=value pairs of a process line (the behaviour's parameters).
enum class ProcessKey
{
    Ms,
    Code,
    Signal,
    AfterMs,
    Channel,
    Count,
    Rate,
    HoldMs,
    WorkUs,
    Initial,   // write-copy: the parent's value before fork (may be negative)
    Value,     // write-copy: what the child writes into its own copy (may be negative)
    Program,   // exec: an index into Words<ExecProgram>
    N,         // combine: count the primes below n
    Restarts,  // prefork-master: replacements it may fork
    Parallel,  // load: requests at once
    TimeoutMs, // load: a request fails after this
    KillAt     // load: after this many answers, SIGKILL the worker that gave the last one
};
template<> struct Words<ProcessKey>
{
    static constexpr std::array<std::string_view, 17> names{
        "ms",   "code",     "signal",   "after_ms",   "channel", "count",
        "rate", "hold_ms",  "work_us",  "initial",    "value",   "program",
        "n",    "restarts", "parallel", "timeout_ms", "kill_at"};
};
// Keys whose value may be below zero; every other key counts something.
constexpr bool isSignedKey(ProcessKey k)
{
    return k == ProcessKey::Initial || k == ProcessKey::Value;
}

// Programs the `exec` behaviour may run: a fixed list of names, never a path or a command
// from a file. All are modes of one harmless helper installed beside proclab-agent; the
// plan sends the index (program=<n>), the helper gets the name.
enum class ExecProgram
{
    Sleeper,
    Spinner
};
template<> struct Words<ExecProgram>
{
    static constexpr std::array<std::string_view, 2> names{"sleeper", "spinner"};
};
constexpr int kExecProgramCount = static_cast<int>(Words<ExecProgram>::names.size());
constexpr const char *kExecHelper = "proclab-exec-demo";
// The helper's arguments: <program> <ms> <lifeline read fd> <run group>. It sets its name
// (comm) to <program> and keeps the run's lifeline promise: it polls the inherited read end
// and, when the agent is gone, ends the run's group and itself.

enum class Command
{
    Go,
    Stop,
    Kill,
    Pause,
    Resume
};
template<> struct Words<Command>
{
    static constexpr std::array<std::string_view, 5> names{"go", "stop", "kill", "pause", "resume"};
};
// The node of pause/resume (and of their events) that means every process of the run.
constexpr std::string_view kAllNodes = "*";

enum class Event
{
    Ready,
    Spawned,
    Exited,
    Reparented,
    Zombie, // ended, its parent has not reaped it yet
    Memory, // write-copy: one process's copy of the variable, before and after
    Exec,   // the process is replacing its program
    Lost,   // it ended while working on an item: that item (producer, seq) is lost
    Killed,
    Paused,
    Resumed,
    LockRecovered,
    Refused,
    Error,
    Finished,
    Lab,           // a lab's figures; which ones says the field "lab" (LabEvent)
    ReceiversGone, // a sender stops: every receiver of its channel has ended
    SendersGone    // a receiver ends: every sender of its channel ended unfinished (died)
};
template<> struct Words<Event>
{
    static constexpr std::array<std::string_view, 18> names{
        "ready",   "spawned", "exited",   "reparented", "zombie",         "memory",
        "exec",    "lost",    "killed",   "paused",     "resumed",        "lock-recovered",
        "refused", "error",   "finished", "lab",        "receivers-gone", "senders-gone"};
};

// The fields of an event object.
enum class EventField
{
    Ev,
    T,
    Agent,
    Pgid,
    Stats,
    Node,
    Pid,
    Ppid,
    OldPpid,
    Code,
    Signal,
    Reaper,
    Channel,
    DeadPid,
    By,
    Reason,
    Message,
    Forked,
    Role,       // memory: whose copy (MemoryRole)
    Before,     // memory: the copy's value before the write (a parent's: before fork)
    After,      // memory: the copy's value after it
    Address,    // memory: the variable's virtual address, the same in parent and child
    Of,         // memory: the other process of the pair
    Program,    // exec: the program's name (Words<ExecProgram>)
    Producer,   // lost: the producer of the lost item
    Seq,        // lost: its sequence number
    Lab,        // lab: which figures (LabEvent)
    N,          // lab speedup: primes counted below n
    Workers,    // lab speedup: count-primes workers
    Parts,      // lab speedup: parts the combiner read
    Combined,   // lab speedup: the sum of the parts
    Serial,     // lab speedup: the serial reference
    ParallelNs, // lab speedup: time of the parallel count
    SerialNs,   // lab speedup: time of the serial count
    OldPid,     // lab restart: the worker that ended
    Served,     // lab share/load: answers
    Port,       // lab load: the master's loopback port
    Sent,       // lab load: requests sent
    Failed,     // lab load: requests that got no answer
    ElapsedNs,  // lab load: time from the first request to the last answer
    Error       // receivers-gone: the errno name the sender got ("EPIPE"), if any
};
template<> struct Words<EventField>
{
    static constexpr std::array<std::string_view, 41> names{
        "ev",      "t",        "agent",    "pgid",     "stats",       "node",      "pid",
        "ppid",    "old_ppid", "code",     "signal",   "reaper",      "channel",   "dead_pid",
        "by",      "reason",   "message",  "forked",   "role",        "before",    "after",
        "address", "of",       "program",  "producer", "seq",         "lab",       "n",
        "workers", "parts",    "combined", "serial",   "parallel_ns", "serial_ns", "old_pid",
        "served",  "port",     "sent",     "failed",   "elapsed_ns",  "error"};
};

// Values of a lab event's "lab": which figures it carries.
enum class LabEvent
{
    Speedup, // combine's result: n, workers, parts, combined, serial, parallel_ns, serial_ns
    Restart, // a replacement worker: pid (new), old_pid
    Kill,    // the load generator's SIGKILL of a worker: pid
    Share,   // answers per worker pid: pid, served
    Load     // the load generator's totals: port, sent, served, failed, elapsed_ns
};
template<> struct Words<LabEvent>
{
    static constexpr std::array<std::string_view, 5> names{"speedup", "restart", "kill", "share",
                                                           "load"};
};

// Values of a memory event's "role".
enum class MemoryRole
{
    Child,
    Parent
};
template<> struct Words<MemoryRole>
{
    static constexpr std::array<std::string_view, 2> names{"child", "parent"};
};

// Every IPC object of ProcLab is named "/proclab-<agentpid>-<tag>-<what>", so a sweep can
// tell whose it is and whether its agent still lives.
constexpr const char *kIpcPrefix = "proclab-";

// Hard ceilings; the scenario's own limits must sit within them.
constexpr int kHardMaxProcesses = 4096;
constexpr int kDefaultMaxProcesses = 512;
constexpr int kMaxChannels = 32;
constexpr int kLatencyBuckets = 256;

// The labs' limits (the scenario format checks the same numbers).
namespace lab {
constexpr long long kPrimeChunk = 4096;
constexpr long long kMaxPrimesN = 200'000'000;
constexpr long long kMaxRequests = 1'000'000;
constexpr long long kMaxParallel = 256;
constexpr long long kMaxRestarts = 1000;
constexpr long long kMaxTimeoutMs = 60'000;
} // namespace lab

} // namespace proclab::wire
