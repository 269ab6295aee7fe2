// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/labsummary.h"

#include <QJsonArray>

namespace proclab {

namespace {

qint64 num(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

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
        const QJsonObject &d = e.data;
        const QString what = d.value(k("lab")).toString();
        if (what == QLatin1String("speedup")) {
            SpeedUp r;
            r.n = num(d, "n");
            r.workers = int(num(d, "workers"));
            r.parts = int(num(d, "parts"));
            r.combined = num(d, "combined");
            r.serial = num(d, "serial");
            r.parallelMs = d.value(k("parallel_ns")).toDouble() / 1e6;
            r.serialMs = d.value(k("serial_ns")).toDouble() / 1e6;
            s.speedUp = r;
        } else if (what == QLatin1String("restart")) {
            cluster().restarts.append(
                {e.node, int(num(d, "old_pid")), int(num(d, "pid")), double(e.tNs) / 1e6});
        } else if (what == QLatin1String("kill")) {
            cluster().killed.append({e.node, int(num(d, "pid")), 0});
        } else if (what == QLatin1String("share")) {
            cluster().shares.append({e.node, int(num(d, "pid")), num(d, "served")});
        } else if (what == QLatin1String("load")) {
            Cluster &c = cluster();
            c.port = int(num(d, "port"));
            c.sent = num(d, "sent");
            c.served = num(d, "served");
            c.failed = num(d, "failed");
            c.elapsedMs = d.value(k("elapsed_ns")).toDouble() / 1e6;
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
