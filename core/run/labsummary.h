// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a lab run measured, from its "lab" events (wire/proclab_wire.h): the speed-up lab's
// combined result, serial reference and times; the cluster lab's requests sent, served and
// failed, each worker's share and the master's replacements. Part of RunSummary (the CLI's
// JSON "lab" object) and of RunRecord (the sweep charts).

#include "core/run/runsnapshot.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace proclab {

struct LabSummary
{
    struct SpeedUp
    {
        qint64 n = 0;        // primes below n
        int workers = 0;     // count-primes processes
        int parts = 0;       // parts that reached the combiner (workers, unless one died)
        qint64 combined = 0; // sum of the parts
        qint64 serial = 0;   // the combiner's own serial count: the reference
        double parallelMs = 0, serialMs = 0;
        bool matches() const { return parts == workers && combined == serial; }
        double speedUp() const { return parallelMs > 0 ? serialMs / parallelMs : 0; }
    };
    struct Share
    {
        QString node;
        int pid = 0;
        qint64 served = 0;
    };
    struct Restart
    {
        QString node;
        int oldPid = 0, pid = 0;
        double tMs = 0;
    };
    struct Cluster
    {
        int port = 0;
        qint64 sent = 0, served = 0, failed = 0;
        double elapsedMs = 0;
        QList<Share> shares; // per worker process (a replacement is a new entry)
        QList<Restart> restarts;
        QList<Share> killed; // the load generator's SIGKILLs (served unused)
        double requestsPerS() const { return elapsedMs > 0 ? served * 1000.0 / elapsedMs : 0; }
        qint64 servedBy(const QString &node) const; // over every process of that node
    };

    std::optional<SpeedUp> speedUp;
    std::optional<Cluster> cluster;

    bool isEmpty() const { return !speedUp && !cluster; }
    static LabSummary fromEvents(const QList<RunEvent> &events);
    QJsonObject toJson() const;
};

} // namespace proclab
