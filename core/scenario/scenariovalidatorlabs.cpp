// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioValidator, part three: where the labs' processes may stand. A count-primes worker
// writes to a pipe its combine parent made, a serve worker accepts on the socket its
// prefork-master parent opened: both only exist when inherited from that parent.
#include "core/scenario/scenariolimits.h"
#include "core/scenario/scenariovalidator.h"

#include <QCoreApplication>

namespace proclab {

namespace {

QString kindName(BehaviourKind kind)
{
    return behaviourKindName(kind);
}

} // namespace

void ScenarioValidator::checkLabs()
{
    const auto &procs = m_scenario.processes;
    const auto parentKind = [&](const ProcessSpec &p) -> std::optional<BehaviourKind> {
        const ProcessSpec *parent = m_scenario.process(p.parent);
        return parent ? std::optional(parent->behaviour.kind) : std::nullopt;
    };
    const auto childCount = [&](const ProcessSpec &p, BehaviourKind kind) {
        return std::count_if(procs.begin(), procs.end(), [&](const ProcessSpec &c) {
            return c.parent == p.id && c.behaviour.kind == kind;
        });
    };
    qint64 replacements = 0;
    qsizetype lastMaster = -1;
    for (qsizetype i = 0; i < procs.size(); ++i) {
        const ProcessSpec &p = procs.at(i);
        const BehaviourKind k = p.behaviour.kind;
        BehaviourKind needed = k;
        if (k == BehaviourKind::CountPrimes)
            needed = BehaviourKind::Combine;
        else if (k == BehaviourKind::Serve || k == BehaviourKind::Load)
            needed = BehaviourKind::PreforkMaster;
        if (needed != k && parentKind(p) != needed) {
            m_errors->add(processPath(i, QStringLiteral("parent")),
                          QCoreApplication::translate(
                              "ScenarioValidator",
                              "a \"%1\" process must be a child of a \"%2\" process: it uses "
                              "what that parent made before forking it")
                              .arg(kindName(k), kindName(needed)));
        }
        if (k == BehaviourKind::Combine && childCount(p, BehaviourKind::CountPrimes) == 0) {
            m_errors->add(processPath(i, QStringLiteral("behaviour")),
                          QCoreApplication::translate("ScenarioValidator",
                                                      "a \"combine\" process needs at least one "
                                                      "\"count-primes\" child to divide the job "
                                                      "among"));
        }
        if (k == BehaviourKind::PreforkMaster) {
            if (childCount(p, BehaviourKind::Serve) == 0)
                m_errors->add(processPath(i, QStringLiteral("behaviour")),
                              QCoreApplication::translate("ScenarioValidator",
                                                          "a \"prefork-master\" process needs at "
                                                          "least one \"serve\" child"));
            replacements += p.behaviour.restarts;
            lastMaster = i;
        }
        if (k == BehaviourKind::Load && p.behaviour.killAt > p.behaviour.count) {
            m_errors->add(behaviourPath(i, field::kKillAt),
                          QCoreApplication::translate("ScenarioValidator",
                                                      "kill_at (%1) is more than count (%2): "
                                                      "there are never that many answers, so no "
                                                      "worker would be killed")
                              .arg(p.behaviour.killAt)
                              .arg(p.behaviour.count));
        }
    }
    // Every replacement is a fork too: the limit must hold for the worst case before
    // anything is forked.
    const qint64 worst = procs.size() + replacements;
    if (lastMaster >= 0 && worst > m_scenario.settings.maxProcesses) {
        m_errors->add(behaviourPath(lastMaster, field::kRestarts),
                      QCoreApplication::translate("ScenarioValidator",
                                                  "%1 processes and up to %2 replacements could "
                                                  "make %3 processes, more than the limit of %4 "
                                                  "(settings.max_processes)")
                          .arg(procs.size())
                          .arg(replacements)
                          .arg(worst)
                          .arg(m_scenario.settings.maxProcesses));
    }
}

} // namespace proclab
