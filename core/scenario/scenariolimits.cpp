// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenariolimits.h"

#include "core/agent/wire/proclab_wire.h"

#include <QRegularExpression>
#include <array>
#include <utility>

namespace proclab {

namespace {

constexpr ValueRange kMsRange{0, 3'600'000}; // an hour: longer is a mistake in a lesson
constexpr ValueRange kExitCodeRange{0, 255};
constexpr ValueRange kProduceCountRange{1, 10'000'000};
constexpr ValueRange kIncrementCountRange{1, 100'000'000};
constexpr ValueRange kRateRange{0, 1'000'000};
constexpr ValueRange kHoldMsRange{0, 10'000};
constexpr ValueRange kWorkUsRange{0, 1'000'000};
constexpr ValueRange kMemoryValueRange{-1'000'000'000, 1'000'000'000};

// Every item carries a 32-byte header (producer, sequence, checksum, timestamp).
constexpr qint64 kItemHeaderBytes = 32;

constexpr std::array<std::pair<int, const char *>, 7> kSignals{{
    {4, "SIGILL"},
    {6, "SIGABRT"},
    {7, "SIGBUS"},
    {8, "SIGFPE"},
    {9, "SIGKILL"},
    {11, "SIGSEGV"},
    {15, "SIGTERM"},
}};

QLatin1String f(const char *name)
{
    return QLatin1String(name);
}

} // namespace

QStringList behaviourKindNames()
{
    QStringList names;
    for (int k = int(BehaviourKind::Idle); k <= int(BehaviourKind::Load); ++k)
        names.append(behaviourKindName(BehaviourKind(k)));
    return names;
}

QStringList execProgramNames()
{
    QStringList names;
    for (const std::string_view name : wire::Words<wire::ExecProgram>::names)
        names.append(QLatin1String(name.data(), qsizetype(name.size())));
    return names;
}

QStringList channelKindNames()
{
    QStringList names;
    for (int k = int(ChannelKind::ShmBuffer); k <= int(ChannelKind::Mailbox); ++k)
        names.append(channelKindName(ChannelKind(k)));
    return names;
}

QList<QLatin1String> behaviourFields(BehaviourKind kind)
{
    using namespace field;
    switch (kind) {
    case BehaviourKind::Idle:
        return {};
    case BehaviourKind::Sleep:
    case BehaviourKind::Cpu:
    case BehaviourKind::NoWait:
        return {f(kMs)};
    case BehaviourKind::Exit:
        return {f(kCode), f(kAfterMs)};
    case BehaviourKind::Crash:
        return {f(kSignal), f(kAfterMs)};
    case BehaviourKind::ExitEarly:
        return {f(kAfterMs)};
    case BehaviourKind::Produce:
        return {f(kChannel), f(kCount), f(kRate)};
    case BehaviourKind::Consume:
        return {f(kChannel), f(kHoldMs), f(kWorkUs)};
    case BehaviourKind::Increment:
        return {f(kChannel), f(kCount)};
    case BehaviourKind::WriteCopy:
        return {f(kInitial), f(kValue)};
    case BehaviourKind::Exec:
        return {f(kProgram), f(kMs)};
    case BehaviourKind::Combine:
        return {f(kN)};
    case BehaviourKind::CountPrimes:
        return {};
    case BehaviourKind::PreforkMaster:
        return {f(kRestarts)};
    case BehaviourKind::Serve:
        return {f(kWorkUs)};
    case BehaviourKind::Load:
        return {f(kCount), f(kRate), f(kParallel), f(kTimeoutMs), f(kKillAt)};
    }
    return {};
}

std::optional<ValueRange> behaviourFieldRange(BehaviourKind kind, QLatin1String name)
{
    using namespace field;
    if (name == f(kMs) || name == f(kAfterMs))
        return kMsRange;
    if (name == f(kCode))
        return kExitCodeRange;
    if (name == f(kCount) && kind == BehaviourKind::Load)
        return ValueRange{1, wire::lab::kMaxRequests};
    if (name == f(kCount))
        return kind == BehaviourKind::Increment ? kIncrementCountRange : kProduceCountRange;
    if (name == f(kN))
        return ValueRange{1, wire::lab::kMaxPrimesN};
    if (name == f(kRestarts))
        return ValueRange{0, wire::lab::kMaxRestarts};
    if (name == f(kParallel))
        return ValueRange{1, wire::lab::kMaxParallel};
    if (name == f(kTimeoutMs))
        return ValueRange{1, wire::lab::kMaxTimeoutMs};
    if (name == f(kKillAt))
        return ValueRange{0, wire::lab::kMaxRequests};
    if (name == f(kRate))
        return kRateRange;
    if (name == f(kHoldMs))
        return kHoldMsRange;
    if (name == f(kWorkUs))
        return kWorkUsRange;
    if (name == f(kInitial) || name == f(kValue))
        return kMemoryValueRange;
    return std::nullopt;
}

bool behaviourFieldRequired(BehaviourKind kind, QLatin1String name)
{
    // What a process talks to, how much and which signal kills it cannot be guessed;
    // times default to 0 and rates to "as fast as possible".
    using namespace field;
    if (name == f(kChannel) || name == f(kSignal) || name == f(kProgram))
        return true;
    return name == f(kCount) && (kind == BehaviourKind::Produce ||
                                 kind == BehaviourKind::Increment || kind == BehaviourKind::Load);
}

Behaviour defaultBehaviour(BehaviourKind kind)
{
    Behaviour b;
    b.kind = kind;
    switch (kind) {
    case BehaviourKind::Sleep:
    case BehaviourKind::Cpu:
        b.ms = 1000;
        break;
    case BehaviourKind::Crash:
        b.signal = 11;
        break;
    case BehaviourKind::Produce:
        b.count = 1000;
        break;
    case BehaviourKind::Increment:
        b.count = 10000;
        break;
    case BehaviourKind::WriteCopy:
        b.initial = 100;
        b.value = 200;
        break;
    case BehaviourKind::Exec:
        b.program = execProgramNames().constFirst();
        b.ms = 1000;
        break;
    case BehaviourKind::Combine:
        b.n = 2'000'000; // about half a second of one CPU: long enough to see, short to wait
        break;
    case BehaviourKind::PreforkMaster:
        b.restarts = 10;
        break;
    case BehaviourKind::Serve:
        b.workUs = 1000; // a millisecond of CPU per request, so more workers can matter
        break;
    case BehaviourKind::Load:
        b.count = 2000;
        b.parallel = 8;
        b.timeoutMs = 2000;
        break;
    default:
        break;
    }
    return b;
}

qint64 behaviourFieldValue(const Behaviour &b, QLatin1String name)
{
    using namespace field;
    const std::pair<const char *, qint64> values[] = {{kMs, b.ms},
                                                      {kAfterMs, b.afterMs},
                                                      {kCode, b.code},
                                                      {kSignal, b.signal},
                                                      {kCount, b.count},
                                                      {kRate, b.rate},
                                                      {kHoldMs, b.holdMs},
                                                      {kWorkUs, b.workUs},
                                                      {kN, b.n},
                                                      {kRestarts, b.restarts},
                                                      {kParallel, b.parallel},
                                                      {kTimeoutMs, b.timeoutMs},
                                                      {kKillAt, b.killAt},
                                                      {kInitial, b.initial},
                                                      {kValue, b.value}};
    for (const auto &[key, value] : values)
        if (name == f(key))
            return value;
    return 0;
}

bool setBehaviourFieldValue(Behaviour &b, QLatin1String name, qint64 v)
{
    using namespace field;
    const int i = int(v); // every int field's range fits an int; only count and n are wider
    if (name == f(kCount))
        b.count = v;
    else if (name == f(kN))
        b.n = v;
    else if (name == f(kMs))
        b.ms = i;
    else if (name == f(kAfterMs))
        b.afterMs = i;
    else if (name == f(kCode))
        b.code = i;
    else if (name == f(kSignal))
        b.signal = i;
    else if (name == f(kRate))
        b.rate = i;
    else if (name == f(kHoldMs))
        b.holdMs = i;
    else if (name == f(kWorkUs))
        b.workUs = i;
    else if (name == f(kRestarts))
        b.restarts = i;
    else if (name == f(kParallel))
        b.parallel = i;
    else if (name == f(kTimeoutMs))
        b.timeoutMs = i;
    else if (name == f(kKillAt))
        b.killAt = i;
    else if (name == f(kInitial))
        b.initial = v;
    else if (name == f(kValue))
        b.value = v;
    else
        return false;
    return true;
}

bool isLabBehaviour(BehaviourKind kind)
{
    return kind >= BehaviourKind::Combine && kind <= BehaviourKind::Load;
}

QList<QLatin1String> channelFields(ChannelKind kind)
{
    const QLatin1String capacity("capacity"), itemSize("item_size"), sync("sync"), send("send"),
        fast("fast");
    switch (kind) {
    case ChannelKind::ShmBuffer:
        return {capacity, itemSize, sync, fast};
    case ChannelKind::ShmCounter:
        return {sync};
    case ChannelKind::Pipe:
    case ChannelKind::SocketPair:
        return {itemSize, send};
    case ChannelKind::Mailbox:
        return {capacity, itemSize, send};
    }
    return {};
}

ValueRange channelCapacityRange(ChannelKind kind)
{
    // A message queue's msg_max is small by design (the kernel's hard ceiling is in the
    // hundreds or low thousands); 256 stays well inside it.
    return kind == ChannelKind::Mailbox ? ValueRange{1, 256} : ValueRange{1, 65'536};
}

ValueRange channelItemSizeRange(ChannelKind kind)
{
    // 8192 is the default msgsize_max of a POSIX message queue.
    return kind == ChannelKind::Mailbox ? ValueRange{kItemHeaderBytes, 8192}
                                        : ValueRange{kItemHeaderBytes, 65'536};
}

bool channelCarriesMessages(ChannelKind kind)
{
    return kind != ChannelKind::ShmCounter;
}

bool channelIsDirect(ChannelKind kind)
{
    return kind == ChannelKind::Pipe || kind == ChannelKind::SocketPair;
}

ValueRange maxProcessesRange()
{
    return {1, wire::kHardMaxProcesses};
}

ValueRange sampleHzRange()
{
    return {1, 100};
}

ValueRange durationSRange()
{
    return {0, 86'400};
}

int maxChannels()
{
    return wire::kMaxChannels;
}

bool isValidId(const QString &id)
{
    // anchoredPattern, not ^...$: "$" would also match before a trailing newline.
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.-]{1,32}")));
    return re.match(id).hasMatch();
}

QList<int> crashSignals()
{
    QList<int> list;
    for (const auto &[number, name] : kSignals)
        list.append(number);
    return list;
}

QString signalName(int signal)
{
    for (const auto &[number, name] : kSignals) {
        if (number == signal)
            return QLatin1String(name);
    }
    return {};
}

std::optional<int> signalFromName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    for (const auto &[number, n] : kSignals) {
        const QLatin1String full(n);
        if (upper == full || upper == full.mid(3))
            return number;
    }
    return std::nullopt;
}

} // namespace proclab
