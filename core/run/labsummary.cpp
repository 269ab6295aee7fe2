// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/labsummary.h"

#include "core/run/wirewords.h"

#include <QJsonArray>

namespace proclab {

namespace {

// A number of a lab event's line (the wire's field).
qint64 num(const QJsonObject &o, wire::EventField key)
{
    return qint64(o.value(wireWord(key)).toDouble());
}

double nsToMs(const QJsonObject &o, wire::EventField key)
{
    return o.value(wireWord(key)).toDouble() / 1e6;
}

// A key of the run summary's JSON (the CLI's format, not the wire's).
QLatin1String k(const char *key)
{
    return QLatin1String(key);
}

} // namespace

qint64 LabSummary::Cluster::servedBy(const QString &node) const
{
    qint64 n = 0;
    for (const Share &s : shares)
        if (s.node == node)
            n += s.served;
    return n;
}

LabSummary LabSummary::fromEvents(const QList<RunEvent> &events)
{
    LabSummary s;
    const auto cluster = [&s]() -> Cluster & {
        if (!s.cluster)
            s.cluster = Cluster{};
        return *s.cluster;
    };
    for (const RunEvent &e : events) {
        if (e.kind != RunEvent::Kind::Lab)
            continue;
        using F = wire::EventField;
        using L = wire::LabEvent;
        const QJsonObject &d = e.data;
        const auto what = wire::fromName<L>(d.value(wireWord(F::Lab)).toString().toStdString());
        if (what == L::Speedup) {
            SpeedUp r;
            r.n = num(d, F::N);
            r.workers = int(num(d, F::Workers));
            r.parts = int(num(d, F::Parts));
            r.combined = num(d, F::Combined);
            r.serial = num(d, F::Serial);
            r.parallelMs = nsToMs(d, F::ParallelNs);
            r.serialMs = nsToMs(d, F::SerialNs);
            s.speedUp = r;
        } else if (what == L::Restart) {
            cluster().restarts.append(
                {e.node, int(num(d, F::OldPid)), int(num(d, F::Pid)), double(e.tNs) / 1e6});
        } else if (what == L::Kill) {
            cluster().killed.append({e.node, int(num(d, F::Pid)), 0});
        } else if (what == L::Share) {
            cluster().shares.append({e.node, int(num(d, F::Pid)), num(d, F::Served)});
        } else if (what == L::Load) {
            Cluster &c = cluster();
            c.port = int(num(d, F::Port));
            c.sent = num(d, F::Sent);
            c.served = num(d, F::Served);
            c.failed = num(d, F::Failed);
            c.elapsedMs = nsToMs(d, F::ElapsedNs);
        }
    }
    return s;
}

QJsonObject LabSummary::toJson() const
{
    QJsonObject o;
    if (speedUp) {
        const SpeedUp &r = *speedUp;
        o.insert(k("speedup"), QJsonObject{{k("n"), r.n},
                                           {k("workers"), r.workers},
                                           {k("parts"), r.parts},
                                           {k("combined"), r.combined},
                                           {k("serial_reference"), r.serial},
                                           {k("matches"), r.matches()},
                                           {k("parallel_ms"), r.parallelMs},
                                           {k("serial_ms"), r.serialMs},
                                           {k("speedup"), r.speedUp()}});
    }
    if (cluster) {
        const Cluster &c = *cluster;
        QJsonArray shares, restarts, killed;
        for (const Share &sh : c.shares)
            shares.append(
                QJsonObject{{k("node"), sh.node}, {k("pid"), sh.pid}, {k("served"), sh.served}});
        for (const Restart &r : c.restarts)
            restarts.append(QJsonObject{{k("node"), r.node},
                                        {k("old_pid"), r.oldPid},
                                        {k("pid"), r.pid},
                                        {k("t_ms"), r.tMs}});
        for (const Share &sh : c.killed)
            killed.append(QJsonObject{{k("node"), sh.node}, {k("pid"), sh.pid}});
        o.insert(k("cluster"), QJsonObject{{k("port"), c.port},
                                           {k("sent"), c.sent},
                                           {k("served"), c.served},
                                           {k("failed"), c.failed},
                                           {k("elapsed_ms"), c.elapsedMs},
                                           {k("requests_per_s"), c.requestsPerS()},
                                           {k("per_worker"), shares},
                                           {k("restarts"), qint64(c.restarts.size())},
                                           {k("replacements"), restarts},
                                           {k("killed"), killed}});
    }
    return o;
}

} // namespace proclab
