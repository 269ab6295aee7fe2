// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/runeventparser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace proclab {

std::optional<RunEvent::Kind> runEventKindFromName(const QString &name)
{
    using K = RunEvent::Kind;
    for (K k :
         {K::Ready, K::Spawned, K::Exited, K::Reparented, K::Killed, K::Paused, K::Resumed,
          K::LockRecovered, K::Refused, K::Error, K::Finished, K::ReceiversGone, K::SendersGone}) {
        if (runEventKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

std::optional<ParsedEvent> parseAgentEventLine(const QByteArray &line)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const auto kind = runEventKindFromName(o.value(QLatin1String("ev")).toString());
    if (!kind)
        return std::nullopt;

    ParsedEvent p;
    RunEvent &e = p.event;
    e.kind = *kind;
    e.tNs = qint64(o.value(QLatin1String("t")).toDouble());
    e.node = o.value(QLatin1String("node")).toString();
    e.channel = o.value(QLatin1String("channel")).toString();
    e.pid = o.value(QLatin1String("pid")).toInt();
    e.ppid = o.value(QLatin1String("ppid")).toInt();
    e.oldPpid = o.value(QLatin1String("old_ppid")).toInt();
    e.reaper = o.value(QLatin1String("reaper")).toInt();
    if (o.contains(QLatin1String("code")))
        e.code = o.value(QLatin1String("code")).toInt();
    if (o.contains(QLatin1String("signal")))
        e.signal = o.value(QLatin1String("signal")).toInt();
    e.message = o.value(QLatin1String("message")).toString();

    switch (e.kind) {
    case RunEvent::Kind::Ready:
        e.pid = o.value(QLatin1String("agent")).toInt();
        p.pgid = o.value(QLatin1String("pgid")).toInt();
        p.statsName = o.value(QLatin1String("stats")).toString().toUtf8();
        e.message = QString::fromUtf8(p.statsName);
        break;
    case RunEvent::Kind::Refused:
        e.message = o.value(QLatin1String("reason")).toString();
        break;
    case RunEvent::Kind::ReceiversGone:
    case RunEvent::Kind::SendersGone:
        e.message = o.value(QLatin1String("error")).toString(); // "EPIPE" or empty
        break;
    case RunEvent::Kind::LockRecovered:
        e.node = o.value(QLatin1String("by")).toString();
        e.pid = o.value(QLatin1String("dead_pid")).toInt();
        break;
    default:
        break;
    }
    return p;
}

} // namespace proclab
