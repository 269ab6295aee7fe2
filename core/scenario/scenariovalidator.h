// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Semantic checks of a Scenario model, from a file or from the editor: ids, the process
// tree, value ranges, limits and channel wiring. Every problem is reported, each with
// the JSON path the file would have.

#include "core/scenario/mqueuelimits.h"
#include "core/scenario/scenario.h"
#include "core/scenario/scenarioerror.h"

#include <QHash>
#include <QSet>

namespace proclab {

class ScenarioValidator
{
public:
    ScenarioValidator(const Scenario &scenario, ScenarioErrorList *errors);

    // Where each model entry sits in the file's arrays (the parser drops entries that
    // are not objects); by default the model's own indices.
    void setFileIndices(const QList<qsizetype> &processes, const QList<qsizetype> &channels);

    // Channels whose kind the file did not say (reported already): kind-dependent
    // checks skip them rather than judge them as the default kind.
    void setChannelsOfUnknownKind(const QSet<qsizetype> &channels);

    // What this machine's kernel allows a mailbox; by default read from /proc.
    void setMqueueLimits(const MqueueLimits &limits);

    void run();

private:
    QString processPath(qsizetype i, const QString &key = {}) const;
    QString channelPath(qsizetype i, const QString &key = {}) const;
    QString behaviourPath(qsizetype i, const char *key) const;

    void checkSettings();
    void checkIds();
    void checkParents();
    void checkCycles();
    void checkBehaviours();
    void checkChannelValues();
    void checkWiring();
    void checkFastRing(qsizetype c, qsizetype producers, qsizetype consumers);
    void checkLabs(); // scenariovalidatorlabs.cpp
    void checkDepth();
    void checkMailboxLimits();
    void checkDirectChannel(qsizetype c, const QList<qsizetype> &producers,
                            const QList<qsizetype> &consumers);

    const Scenario &m_scenario;
    ScenarioErrorList *m_errors;
    QList<qsizetype> m_processFileIndex;
    QList<qsizetype> m_channelFileIndex;
    QSet<qsizetype> m_unknownKind;
    MqueueLimits m_mqueueLimits = MqueueLimits::ofThisMachine();
    QHash<QString, qsizetype> m_processIndex; // id -> first process with it
    QHash<QString, qsizetype> m_channelIndex; // id -> first channel with it
};

} // namespace proclab
