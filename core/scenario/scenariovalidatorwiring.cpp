// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioValidator, part two: which processes use which channel, and how.
#include "core/scenario/scenariovalidator.h"

#include "core/scenario/jsonfieldreader.h"
#include "core/scenario/scenariolimits.h"
#include "core/scenario/scenariomessages.h"

#include <QCoreApplication>
#include <QStringList>

namespace proclab {

namespace {

bool usesChannel(BehaviourKind kind)
{
    return kind == BehaviourKind::Produce || kind == BehaviourKind::Consume ||
           kind == BehaviourKind::Increment;
}

} // namespace

void ScenarioValidator::checkWiring()
{
    const qsizetype channelCount = m_scenario.channels.size();
    QList<QList<qsizetype>> producers(channelCount), consumers(channelCount),
        incrementers(channelCount);

    QStringList channelIds = m_channelIndex.keys();
    channelIds.sort();
    for (qsizetype i = 0; i < m_scenario.processes.size(); ++i) {
        const Behaviour &b = m_scenario.processes.at(i).behaviour;
        if (!usesChannel(b.kind))
            continue;
        const QString path = behaviourPath(i, field::kChannel);
        const QString kindName = behaviourKindName(b.kind);
        if (b.channel.isEmpty()) {
            m_errors->add(path, QCoreApplication::translate("ScenarioValidator",
                                                            "a \"%1\" behaviour needs a "
                                                            "\"channel\"")
                                    .arg(kindName));
            continue;
        }
        const qsizetype c = m_channelIndex.value(b.channel, -1);
        if (c < 0) {
            const QString suggestion = closestName(b.channel, channelIds);
            m_errors->add(
                path, m_processIndex.contains(b.channel)
                          ? QCoreApplication::translate("ScenarioValidator",
                                                        "\"%1\" is a process, not a channel")
                                .arg(b.channel)
                      : suggestion.isEmpty()
                          ? QCoreApplication::translate("ScenarioValidator",
                                                        "unknown channel \"%1\": no channel has "
                                                        "this id")
                                .arg(b.channel)
                          : QCoreApplication::translate("ScenarioValidator",
                                                        "unknown channel \"%1\"; did you mean "
                                                        "\"%2\"?")
                                .arg(b.channel, suggestion));
            continue;
        }
        if (m_unknownKind.contains(c))
            continue;
        const ChannelKind kind = m_scenario.channels.at(c).kind;
        if (b.kind == BehaviourKind::Increment) {
            if (kind == ChannelKind::ShmCounter) {
                incrementers[c].append(i);
            } else {
                m_errors->add(path, QCoreApplication::translate(
                                        "ScenarioValidator",
                                        "\"increment\" needs a shm-counter channel, but \"%1\" "
                                        "is a %2")
                                        .arg(b.channel, channelKindName(kind)));
            }
        } else if (!channelCarriesMessages(kind)) {
            m_errors->add(path, QCoreApplication::translate(
                                    "ScenarioValidator",
                                    "\"%1\" needs a channel that carries messages (shm-buffer, "
                                    "pipe, socketpair or mailbox), but \"%2\" is a shm-counter; "
                                    "use \"increment\" with it")
                                    .arg(kindName, b.channel));
        } else if (b.kind == BehaviourKind::Produce) {
            producers[c].append(i);
        } else {
            consumers[c].append(i);
        }
    }

    for (qsizetype c = 0; c < channelCount; ++c) {
        if (m_unknownKind.contains(c) ||
            m_channelIndex.value(m_scenario.channels.at(c).id, -1) != c)
            continue; // a duplicate id was reported already; its users are the first's
        const ChannelSpec &ch = m_scenario.channels.at(c);
        if (ch.kind == ChannelKind::ShmCounter) {
            if (incrementers.at(c).isEmpty()) {
                m_errors->add(channelPath(c), QCoreApplication::translate(
                                                  "ScenarioValidator",
                                                  "no process increments the shm-counter \"%1\"")
                                                  .arg(ch.id));
            }
        } else if (channelIsDirect(ch.kind)) {
            checkDirectChannel(c, producers.at(c), consumers.at(c));
        } else {
            checkFastRing(c, producers.at(c).size(), consumers.at(c).size());
            if (producers.at(c).isEmpty()) {
                m_errors->add(channelPath(c), QCoreApplication::translate(
                                                  "ScenarioValidator",
                                                  "the %1 \"%2\" has no producer: some process "
                                                  "must \"produce\" into it")
                                                  .arg(channelKindName(ch.kind), ch.id));
            }
            if (consumers.at(c).isEmpty()) {
                m_errors->add(channelPath(c), QCoreApplication::translate(
                                                  "ScenarioValidator",
                                                  "the %1 \"%2\" has no consumer: some process "
                                                  "must \"consume\" from it")
                                                  .arg(channelKindName(ch.kind), ch.id));
            }
        }
    }
}

void ScenarioValidator::checkFastRing(qsizetype c, qsizetype producers, qsizetype consumers)
{
    const ChannelSpec &ch = m_scenario.channels.at(c);
    if (ch.kind != ChannelKind::ShmBuffer || !ch.fast)
        return;
    if (!ch.sync) {
        m_errors->add(channelPath(c, QLatin1String("fast")),
                      QCoreApplication::translate("ScenarioValidator",
                                                  "the fast ring of \"%1\" is a way to "
                                                  "synchronise; it needs \"sync\": true")
                          .arg(ch.id));
    }
    // One of each: a killed process holding a claimed slot would otherwise block every
    // item behind it (see core/agent/ipc/ipc_fastring.h).
    if (producers > 1 || consumers > 1) {
        m_errors->add(channelPath(c, QLatin1String("fast")),
                      QCoreApplication::translate(
                          "ScenarioValidator",
                          "the fast ring of \"%1\" joins one producer and one consumer, but it "
                          "has %2 producers and %3 consumers; turn \"fast\" off for more")
                          .arg(ch.id)
                          .arg(producers)
                          .arg(consumers));
    }
}

void ScenarioValidator::checkDirectChannel(qsizetype c, const QList<qsizetype> &producers,
                                           const QList<qsizetype> &consumers)
{
    const ChannelSpec &ch = m_scenario.channels.at(c);
    const QString kind = channelKindName(ch.kind);
    const auto ids = [this](const QList<qsizetype> &list) {
        QStringList out;
        for (qsizetype i : list)
            out.append(m_scenario.processes.at(i).id);
        return quotedNames(out);
    };
    const auto count = [&](const QList<qsizetype> &list, const QString &role) {
        if (list.size() == 1)
            return true;
        m_errors->add(channelPath(c),
                      list.isEmpty()
                          ? QCoreApplication::translate("ScenarioValidator",
                                                        "the %1 \"%2\" has no %3: it connects "
                                                        "exactly one producer and one consumer")
                                .arg(kind, ch.id, role)
                          : QCoreApplication::translate("ScenarioValidator",
                                                        "the %1 \"%2\" has %3 %4s (%5), but it "
                                                        "connects exactly one producer and one "
                                                        "consumer; use a mailbox or a "
                                                        "shm-buffer for more")
                                .arg(kind, ch.id)
                                .arg(list.size())
                                .arg(role, ids(list)));
        return false;
    };
    const bool oneProducer =
        count(producers, QCoreApplication::translate("ScenarioValidator", "producer"));
    const bool oneConsumer =
        count(consumers, QCoreApplication::translate("ScenarioValidator", "consumer"));
    if (!oneProducer || !oneConsumer)
        return;
    const ProcessSpec &p = m_scenario.processes.at(producers.first());
    const ProcessSpec &k = m_scenario.processes.at(consumers.first());
    // An anonymous channel exists only in the processes that inherit it from the one that
    // made it before forking (a shell's `ls | wc` joins two siblings that way).
    if (m_scenario.commonAncestor(p.id, k.id).isEmpty()) {
        m_errors->add(channelPath(c),
                      QCoreApplication::translate(
                          "ScenarioValidator",
                          "the %1 \"%2\" joins \"%3\" and \"%4\", which have no common "
                          "ancestor: a %1 has no name, so only processes that inherit it from "
                          "the one that made it before forking can use it; unrelated processes "
                          "need a named channel (a mailbox)")
                          .arg(kind, ch.id, p.id, k.id));
    }
}

} // namespace proclab
