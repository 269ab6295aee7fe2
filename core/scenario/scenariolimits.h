// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The limits and defaults of the scenario format in one place: the parser, the validator,
// the writer and the editor's spin boxes all read them from here, so they cannot disagree.

#include "core/scenario/scenario.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace proclab {

struct ValueRange
{
    qint64 min = 0;
    qint64 max = 0;
    bool contains(qint64 v) const { return v >= min && v <= max; }
};

// The file's field names (also the plan's keys for behaviours).
namespace field {
inline constexpr char kMs[] = "ms";
inline constexpr char kCode[] = "code";
inline constexpr char kSignal[] = "signal";
inline constexpr char kAfterMs[] = "after_ms";
inline constexpr char kChannel[] = "channel";
inline constexpr char kCount[] = "count";
inline constexpr char kRate[] = "rate";
inline constexpr char kHoldMs[] = "hold_ms";
inline constexpr char kWorkUs[] = "work_us";
inline constexpr char kInitial[] = "initial";
inline constexpr char kValue[] = "value";
inline constexpr char kProgram[] = "program";
inline constexpr char kN[] = "n";
inline constexpr char kRestarts[] = "restarts";
inline constexpr char kParallel[] = "parallel";
inline constexpr char kTimeoutMs[] = "timeout_ms";
inline constexpr char kKillAt[] = "kill_at";
} // namespace field

// Every kind's file spelling, in enum order (for messages and the editor's choices).
QStringList behaviourKindNames();
QStringList channelKindNames();

// The programs an `exec` behaviour may run (Words<wire::ExecProgram>), in plan index order.
QStringList execProgramNames();

// Behaviour parameters that apply to `kind`, in the order the file and the plan write them.
QList<QLatin1String> behaviourFields(BehaviourKind kind);
// Range of a numeric behaviour field for `kind` ("channel" and "signal" have none).
std::optional<ValueRange> behaviourFieldRange(BehaviourKind kind, QLatin1String field);
// Whether the field must be given in a file (the others take the defaults below).
bool behaviourFieldRequired(BehaviourKind kind, QLatin1String field);
// A behaviour of `kind` with every parameter at its documented default.
Behaviour defaultBehaviour(BehaviourKind kind);
// The value of a numeric behaviour field, and setting it (false: not a numeric field).
qint64 behaviourFieldValue(const Behaviour &b, QLatin1String field);
bool setBehaviourFieldValue(Behaviour &b, QLatin1String field, qint64 value);
bool isLabBehaviour(BehaviourKind kind); // the speed-up and cluster labs' kinds

// Channel fields that apply to `kind`: a subset of capacity, item_size, sync, send,
// fast.
QList<QLatin1String> channelFields(ChannelKind kind);
ValueRange channelCapacityRange(ChannelKind kind);
ValueRange channelItemSizeRange(ChannelKind kind);
bool channelCarriesMessages(ChannelKind kind); // everything but the shared counter
bool channelIsDirect(ChannelKind kind);        // pipe and socketpair: parent <-> child only

ValueRange maxProcessesRange(); // 1..wire::kHardMaxProcesses
ValueRange sampleHzRange();
ValueRange durationSRange();
int maxChannels(); // wire::kMaxChannels

// Process and channel ids: [A-Za-z0-9_.-]{1,32}; they become plan tokens and IPC names.
bool isValidId(const QString &id);

// The signals a "crash" behaviour may raise: 4 6 7 8 9 11 15.
QList<int> crashSignals();
QString signalName(int signal);                         // 11 -> "SIGSEGV"; empty if not listed
std::optional<int> signalFromName(const QString &name); // "SIGSEGV" or "segv" -> 11

} // namespace proclab

namespace proclab {

// The file format's identity and size ceiling (a real scenario is a few KiB).
inline constexpr char kScenarioFormatName[] = "proclab-scenario";
inline constexpr qint64 kMaxScenarioFileBytes = 4 * 1024 * 1024;
// No field name is longer than this, and no text (a name, label or description) longer
// than that: checked in one pass over the raw file before anything slower sees it.
inline constexpr qsizetype kMaxKeyChars = 64;
inline constexpr qsizetype kMaxTextChars = 2000;
// Suggestions ("did you mean") are looked for only for words this short: ids are at most
// 32 characters, so a longer word is no typo of one, and the work stays bounded.
inline constexpr qsizetype kMaxSuggestedWordChars = 40;
// Generations from the root to the deepest process. Fork time grows with depth (the
// kernel copies each ancestor's anon_vma chain): measured in docs/scenario-format.md.
inline constexpr qsizetype kMaxTreeDepth = 256;
// Diagram positions beyond this are a broken file, not a big diagram.
inline constexpr double kMaxPositionCoordinate = 1'000'000.0;

} // namespace proclab
