// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A finished run, kept in the session's run list so runs can be compared side by side
// (overlaid curves, grouped bars): what ran, with which parameters, when, the summary
// numbers and the whole (bounded) history.

#include "core/history/runhistory.h"
#include "core/run/labsummary.h"
#include "core/scenario/scenario.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>

namespace proclab {

struct RunRecord
{
    struct ChannelSummary
    {
        QString id;
        ChannelKind kind = ChannelKind::ShmBuffer;
        quint64 produced = 0, consumed = 0, lost = 0, bytesConsumed = 0;
        double itemsPerS = 0; // consumed / duration
        double mbPerS = 0;    // bytesConsumed / duration / 10^6
        double latencyP50Us = 0, latencyP99Us = 0;
    };
    struct ProcessSummary
    {
        QString node;
        qint64 voluntary = 0, involuntary = 0;
        qint64 cpuMs = 0;
    };

    LocalizedText scenarioName; // shown in the UI's language, also after a switch
    QString label;              // short text telling runs apart: "buffer capacity 8"
    QDateTime date;
    QList<QPair<QString, QString>> parameters; // ("buffer.capacity", "8"), ...
    double durationS = 0;
    QList<ChannelSummary> channels;
    QList<ProcessSummary> processes;
    std::shared_ptr<const RunHistory> history;
    LabSummary lab; // from the run's events, where the caller had them (a sweep does)

    // Summary from the history's last snapshot (the agent's final accounting).
    static RunRecord fromRun(const Scenario &scenario, std::shared_ptr<const RunHistory> history,
                             const QDateTime &date = QDateTime::currentDateTime());
    static QList<QPair<QString, QString>> parametersOf(const Scenario &scenario);

    qint64 totalSwitches() const; // voluntary + involuntary over every process
    qint64 totalCpuMs() const;
    double totalItemsPerS() const; // summed over channels
    const ChannelSummary *channel(const QString &id) const;
    const ProcessSummary *process(const QString &node) const;
};

} // namespace proclab
