// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/behaviourtext.h"

#include <QCoreApplication>

namespace proclab {

QList<BehaviourKind> allBehaviourKinds()
{
    return {BehaviourKind::Idle,      BehaviourKind::Sleep,       BehaviourKind::Cpu,
            BehaviourKind::Exit,      BehaviourKind::Crash,       BehaviourKind::NoWait,
            BehaviourKind::ExitEarly, BehaviourKind::WriteCopy,   BehaviourKind::Exec,
            BehaviourKind::Produce,   BehaviourKind::Consume,     BehaviourKind::Increment,
            BehaviourKind::Combine,   BehaviourKind::CountPrimes, BehaviourKind::PreforkMaster,
            BehaviourKind::Serve,     BehaviourKind::Load};
}

QString behaviourTitle(BehaviourKind kind)
{
    switch (kind) {
    case BehaviourKind::Idle:
        return QCoreApplication::translate("Behaviour", "Idle (until stopped)");
    case BehaviourKind::Sleep:
        return QCoreApplication::translate("Behaviour", "Sleep");
    case BehaviourKind::Cpu:
        return QCoreApplication::translate("Behaviour", "CPU work");
    case BehaviourKind::Exit:
        return QCoreApplication::translate("Behaviour", "Exit with code");
    case BehaviourKind::Crash:
        return QCoreApplication::translate("Behaviour", "Crash (signal)");
    case BehaviourKind::NoWait:
        return QCoreApplication::translate("Behaviour", "Never reap children");
    case BehaviourKind::ExitEarly:
        return QCoreApplication::translate("Behaviour", "Exit early (orphan children)");
    case BehaviourKind::Produce:
        return QCoreApplication::translate("Behaviour", "Produce");
    case BehaviourKind::Consume:
        return QCoreApplication::translate("Behaviour", "Consume");
    case BehaviourKind::Increment:
        return QCoreApplication::translate("Behaviour", "Increment counter");
    case BehaviourKind::WriteCopy:
        return QCoreApplication::translate("Behaviour", "Write to its copy (after fork)");
    case BehaviourKind::Exec:
        return QCoreApplication::translate("Behaviour", "Exec a program (same pid)");
    case BehaviourKind::Combine:
        return QCoreApplication::translate("Behaviour", "Lab: divide and combine (primes)");
    case BehaviourKind::CountPrimes:
        return QCoreApplication::translate("Behaviour", "Lab: count primes (a share)");
    case BehaviourKind::PreforkMaster:
        return QCoreApplication::translate("Behaviour", "Lab: pre-fork server master");
    case BehaviourKind::Serve:
        return QCoreApplication::translate("Behaviour", "Lab: server worker");
    case BehaviourKind::Load:
        return QCoreApplication::translate("Behaviour", "Lab: load generator");
    }
    return {};
}

QString behaviourSummary(const Behaviour &b)
{
    switch (b.kind) {
    case BehaviourKind::Idle:
        return QCoreApplication::translate("Behaviour", "idle");
    case BehaviourKind::Sleep:
        return QCoreApplication::translate("Behaviour", "sleep %1 ms").arg(b.ms);
    case BehaviourKind::Cpu:
        return QCoreApplication::translate("Behaviour", "CPU %1 ms").arg(b.ms);
    case BehaviourKind::Exit:
        return QCoreApplication::translate("Behaviour", "exit(%1) after %2 ms")
            .arg(b.code)
            .arg(b.afterMs);
    case BehaviourKind::Crash:
        return QCoreApplication::translate("Behaviour", "signal %1 after %2 ms")
            .arg(b.signal)
            .arg(b.afterMs);
    case BehaviourKind::NoWait:
        return QCoreApplication::translate("Behaviour", "never waits");
    case BehaviourKind::ExitEarly:
        return QCoreApplication::translate("Behaviour", "exits after %1 ms").arg(b.afterMs);
    case BehaviourKind::Produce:
        return QCoreApplication::translate("Behaviour", "produce %1 → %2")
            .arg(b.count)
            .arg(b.channel);
    case BehaviourKind::Consume:
        return QCoreApplication::translate("Behaviour", "consume ← %1").arg(b.channel);
    case BehaviourKind::Increment:
        return QCoreApplication::translate("Behaviour", "%1++ × %2")
            .arg(b.channel)
            .arg(b.count);
    case BehaviourKind::WriteCopy:
        return QCoreApplication::translate("Behaviour", "inherits x = %1, sets %2")
            .arg(b.initial)
            .arg(b.value);
    case BehaviourKind::Exec:
        return QCoreApplication::translate("Behaviour", "exec %1, %2 ms").arg(b.program).arg(b.ms);
    case BehaviourKind::Combine:
        return QCoreApplication::translate("Behaviour", "primes < %1, split")
            .arg(b.n);
    case BehaviourKind::CountPrimes:
        return QCoreApplication::translate("Behaviour", "counts its share of primes");
    case BehaviourKind::PreforkMaster:
        return QCoreApplication::translate("Behaviour", "listens, replaces workers");
    case BehaviourKind::Serve:
        return QCoreApplication::translate("Behaviour", "accept(), %1 µs/request")
            .arg(b.workUs);
    case BehaviourKind::Load:
        return QCoreApplication::translate("Behaviour", "%1 requests, %2 at once")
            .arg(b.count)
            .arg(b.parallel);
    }
    return {};
}

} // namespace proclab
