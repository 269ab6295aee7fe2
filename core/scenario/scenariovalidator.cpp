// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenariovalidator.h"

#include "core/scenario/jsonfieldreader.h"
#include "core/scenario/scenariolimits.h"
#include "core/scenario/scenariomessages.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace proclab {

ScenarioValidator::ScenarioValidator(const Scenario &scenario, ScenarioErrorList *errors)
    : m_scenario(scenario), m_errors(errors)
{
    for (qsizetype i = 0; i < scenario.processes.size(); ++i)
        m_processFileIndex.append(i);
    for (qsizetype i = 0; i < scenario.channels.size(); ++i)
        m_channelFileIndex.append(i);
}

void ScenarioValidator::setFileIndices(const QList<qsizetype> &processes,
                                       const QList<qsizetype> &channels)
{
    if (processes.size() == m_scenario.processes.size())
        m_processFileIndex = processes;
    if (channels.size() == m_scenario.channels.size())
        m_channelFileIndex = channels;
}

void ScenarioValidator::setChannelsOfUnknownKind(const QSet<qsizetype> &channels)
{
    m_unknownKind = channels;
}

QString ScenarioValidator::processPath(qsizetype i, const QString &key) const
{
    const QString path = jsonPathIndex(QStringLiteral("$.processes"), m_processFileIndex.at(i));
    return key.isEmpty() ? path : jsonPathKey(path, key);
}

QString ScenarioValidator::channelPath(qsizetype i, const QString &key) const
{
    const QString path = jsonPathIndex(QStringLiteral("$.channels"), m_channelFileIndex.at(i));
    return key.isEmpty() ? path : jsonPathKey(path, key);
}

QString ScenarioValidator::behaviourPath(qsizetype i, const char *key) const
{
    return jsonPathKey(processPath(i, QStringLiteral("behaviour")), QLatin1String(key));
}

void ScenarioValidator::run()
{
    checkSettings();
    checkIds();
    checkParents();
    checkCycles();
    checkBehaviours();
    checkChannelValues();
    checkWiring();
    checkLabs();
    checkDepth();
    checkMailboxLimits();
}

void ScenarioValidator::checkSettings()
{
    const RunSettings &s = m_scenario.settings;
    const struct
    {
        const char *key;
        int value;
        ValueRange range;
    } fields[] = {{"max_processes", s.maxProcesses, maxProcessesRange()},
                  {"sample_hz", s.sampleHz, sampleHzRange()},
                  {"duration_s", s.durationS, durationSRange()}};
    for (const auto &f : fields) {
        if (!f.range.contains(f.value)) {
            m_errors->add(QStringLiteral("$.settings.") + QLatin1String(f.key),
                          outOfRangeMessage(QLatin1String(f.key), f.value, f.range));
        }
    }
    const qsizetype limit = std::min<qsizetype>(s.maxProcesses, maxProcessesRange().max);
    if (m_scenario.processes.size() > limit) {
        m_errors->add(QStringLiteral("$.processes"),
                      QCoreApplication::translate("ScenarioValidator",
                                                  "%1 processes are more than the limit of %2 "
                                                  "(settings.max_processes)")
                          .arg(m_scenario.processes.size())
                          .arg(limit));
    }
    if (m_scenario.channels.size() > maxChannels()) {
        m_errors->add(QStringLiteral("$.channels"),
                      QCoreApplication::translate("ScenarioValidator",
                                                  "%1 channels are more than the %2 a run can "
                                                  "hold")
                          .arg(m_scenario.channels.size())
                          .arg(maxChannels()));
    }
}

void ScenarioValidator::checkIds()
{
    // Processes and channels share one id space: both become plan tokens and IPC names.
    QHash<QString, QString> firstUse; // id -> path of its first owner
    auto check = [&](const QString &id, const QString &idPath, const QString &ownerPath) {
        if (id.isEmpty()) {
            m_errors->add(idPath, QCoreApplication::translate("ScenarioValidator",
                                                              "\"id\" must not be empty"));
            return false;
        }
        if (!isValidId(id)) {
            m_errors->add(idPath, QCoreApplication::translate(
                                      "ScenarioValidator",
                                      "id \"%1\" is not valid: use 1 to 32 letters, digits, "
                                      "'_', '.' or '-'")
                                      .arg(id));
        }
        if (const auto it = firstUse.constFind(id); it != firstUse.constEnd()) {
            m_errors->add(idPath, QCoreApplication::translate(
                                      "ScenarioValidator",
                                      "duplicate id \"%1\": %2 already has it (processes and "
                                      "channels share one set of ids)")
                                      .arg(id, it.value()));
            return false;
        }
        firstUse.insert(id, ownerPath);
        return true;
    };
    for (qsizetype i = 0; i < m_scenario.processes.size(); ++i) {
        const QString &id = m_scenario.processes.at(i).id;
        if (check(id, processPath(i, QStringLiteral("id")), processPath(i)))
            m_processIndex.insert(id, i);
    }
    for (qsizetype i = 0; i < m_scenario.channels.size(); ++i) {
        const QString &id = m_scenario.channels.at(i).id;
        if (check(id, channelPath(i, QStringLiteral("id")), channelPath(i)))
            m_channelIndex.insert(id, i);
    }
}

void ScenarioValidator::checkParents()
{
    QStringList processIds = m_processIndex.keys();
    processIds.sort();
    // Suggestions cost an edit distance per known id; a hostile file with thousands of
    // unknown parents would otherwise take minutes. The first few are the useful ones.
    int suggestionsLeft = 64;
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < m_scenario.processes.size(); ++i) {
        const ProcessSpec &p = m_scenario.processes.at(i);
        if (p.parent.isEmpty()) {
            roots.append(i);
            continue;
        }
        if (m_processIndex.contains(p.parent))
            continue;
        const QString path = processPath(i, QStringLiteral("parent"));
        if (m_channelIndex.contains(p.parent)) {
            m_errors->add(
                path, QCoreApplication::translate("ScenarioValidator",
                                                  "\"%1\" is a channel; a parent must be a process")
                          .arg(p.parent));
            continue;
        }
        const QString suggestion =
            suggestionsLeft-- > 0 ? closestName(p.parent, processIds) : QString();
        m_errors->add(path, suggestion.isEmpty()
                                ? QCoreApplication::translate("ScenarioValidator",
                                                              "unknown parent \"%1\": no process "
                                                              "has this id")
                                      .arg(p.parent)
                                : QCoreApplication::translate("ScenarioValidator",
                                                              "unknown parent \"%1\"; did you "
                                                              "mean \"%2\"?")
                                      .arg(p.parent, suggestion));
    }
    if (m_scenario.processes.isEmpty()) {
        m_errors->add(QStringLiteral("$.processes"),
                      QCoreApplication::translate("ScenarioValidator",
                                                  "the scenario has no processes; it needs at "
                                                  "least a root process"));
    } else if (roots.isEmpty()) {
        m_errors->add(QStringLiteral("$.processes"),
                      QCoreApplication::translate("ScenarioValidator",
                                                  "no root process: exactly one process needs "
                                                  "\"parent\": null"));
    }
    for (qsizetype r = 1; r < roots.size(); ++r) {
        m_errors->add(processPath(roots.at(r), QStringLiteral("parent")),
                      QCoreApplication::translate("ScenarioValidator",
                                                  "several roots: \"%1\" has no parent, but "
                                                  "\"%2\" is the root already; every other "
                                                  "process needs a parent")
                          .arg(m_scenario.processes.at(roots.at(r)).id,
                               m_scenario.processes.at(roots.first()).id));
    }
}

void ScenarioValidator::checkCycles()
{
    const qsizetype n = m_scenario.processes.size();
    enum State : char
    {
        Unvisited,
        OnChain,
        Done
    };
    QList<State> state(n, Unvisited);
    for (qsizetype start = 0; start < n; ++start) {
        QList<qsizetype> chain;
        qsizetype cur = start;
        while (cur >= 0 && state.at(cur) == Unvisited) {
            state[cur] = OnChain;
            chain.append(cur);
            const QString &parent = m_scenario.processes.at(cur).parent;
            cur = parent.isEmpty() ? -1 : m_processIndex.value(parent, -1);
        }
        if (cur >= 0 && state.at(cur) == OnChain) {
            const QList<qsizetype> cycle = chain.mid(chain.indexOf(cur));
            QStringList ids;
            for (qsizetype i : cycle)
                ids.append(m_scenario.processes.at(i).id);
            ids.append(m_scenario.processes.at(cycle.first()).id);
            const qsizetype at = *std::min_element(cycle.begin(), cycle.end());
            m_errors->add(processPath(at, QStringLiteral("parent")),
                          QCoreApplication::translate("ScenarioValidator",
                                                      "the parents form a cycle: %1 (a process "
                                                      "cannot be its own ancestor)")
                              .arg(ids.join(QStringLiteral(" -> "))));
        }
        for (qsizetype i : chain)
            state[i] = Done;
    }
}

void ScenarioValidator::checkBehaviours()
{
    for (qsizetype i = 0; i < m_scenario.processes.size(); ++i) {
        const Behaviour &b = m_scenario.processes.at(i).behaviour;
        const auto value = [&b](QLatin1String name) -> qint64 {
            using namespace field;
            if (name == QLatin1String(kMs))
                return b.ms;
            if (name == QLatin1String(kAfterMs))
                return b.afterMs;
            if (name == QLatin1String(kCode))
                return b.code;
            if (name == QLatin1String(kCount))
                return b.count;
            if (name == QLatin1String(kRate))
                return b.rate;
            if (name == QLatin1String(kHoldMs))
                return b.holdMs;
            return behaviourFieldValue(b, name);
        };
        for (QLatin1String name : behaviourFields(b.kind)) {
            const auto range = behaviourFieldRange(b.kind, name);
            if (range && !range->contains(value(name))) {
                m_errors->add(behaviourPath(i, name.data()),
                              outOfRangeMessage(name, value(name), *range));
            }
        }
        if (b.kind == BehaviourKind::Crash && !crashSignals().contains(b.signal))
            m_errors->add(behaviourPath(i, field::kSignal), badSignalMessage(b.signal));
        if (b.kind == BehaviourKind::Exec && !execProgramNames().contains(b.program))
            // A name from the fixed list, never a path or a command.
            m_errors->add(
                behaviourPath(i, field::kProgram),
                unknownNameMessage(QCoreApplication::translate("ScenarioValidator", "program"),
                                   b.program, execProgramNames()));
    }
}

void ScenarioValidator::checkChannelValues()
{
    for (qsizetype i = 0; i < m_scenario.channels.size(); ++i) {
        if (m_unknownKind.contains(i))
            continue;
        const ChannelSpec &c = m_scenario.channels.at(i);
        const QList<QLatin1String> fields = channelFields(c.kind);
        const QLatin1String capacity("capacity"), itemSize("item_size");
        if (fields.contains(capacity) && !channelCapacityRange(c.kind).contains(c.capacity)) {
            m_errors->add(channelPath(i, capacity),
                          outOfRangeMessage(capacity, c.capacity, channelCapacityRange(c.kind)));
        }
        if (fields.contains(itemSize) && !channelItemSizeRange(c.kind).contains(c.itemSize)) {
            m_errors->add(channelPath(i, itemSize),
                          outOfRangeMessage(itemSize, c.itemSize, channelItemSizeRange(c.kind)));
        }
    }
}

} // namespace proclab
