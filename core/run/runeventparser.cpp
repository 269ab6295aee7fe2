// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/runeventparser.h"

#include "core/run/wirewords.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace proclab {

using F = wire::EventField;

std::optional<RunEvent::Kind> runEventKindFromName(const QString &name)
{
    return wire::fromName<wire::Event>(name.toStdString());
}

std::optional<ParsedEvent> parseAgentEventLine(const QByteArray &line)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const auto kind = runEventKindFromName(o.value(wireWord(F::Ev)).toString());
    if (!kind)
        return std::nullopt;

    ParsedEvent p;
    RunEvent &e = p.event;
    e.kind = *kind;
    e.tNs = qint64(o.value(wireWord(F::T)).toDouble());
    e.node = o.value(wireWord(F::Node)).toString();
    e.channel = o.value(wireWord(F::Channel)).toString();
    e.pid = o.value(wireWord(F::Pid)).toInt();
    e.ppid = o.value(wireWord(F::Ppid)).toInt();
    e.oldPpid = o.value(wireWord(F::OldPpid)).toInt();
    e.reaper = o.value(wireWord(F::Reaper)).toInt();
    if (o.contains(wireWord(F::Code)))
        e.code = o.value(wireWord(F::Code)).toInt();
    if (o.contains(wireWord(F::Signal)))
        e.signal = o.value(wireWord(F::Signal)).toInt();
    e.message = o.value(wireWord(F::Message)).toString();

    switch (e.kind) {
    case RunEvent::Kind::Ready:
        e.pid = o.value(wireWord(F::Agent)).toInt();
        p.pgid = o.value(wireWord(F::Pgid)).toInt();
        p.statsName = o.value(wireWord(F::Stats)).toString().toUtf8();
        e.message = QString::fromUtf8(p.statsName);
        break;
    case RunEvent::Kind::Refused:
        e.message = o.value(wireWord(F::Reason)).toString();
        break;
    case RunEvent::Kind::Memory:
        e.before = o.value(wireWord(F::Before)).toInteger();
        e.after = o.value(wireWord(F::After)).toInteger();
        e.address = o.value(wireWord(F::Address)).toString();
        e.role = o.value(wireWord(F::Role)).toString();
        e.of = o.value(wireWord(F::Of)).toString();
        break;
    case RunEvent::Kind::Exec:
        e.message = o.value(wireWord(F::Program)).toString();
        break;
    case RunEvent::Kind::Lost:
        e.producer = o.value(wireWord(F::Producer)).toString();
        e.seq = o.value(wireWord(F::Seq)).toInteger();
        break;
    case RunEvent::Kind::ReceiversGone:
    case RunEvent::Kind::SendersGone:
        e.message = o.value(wireWord(F::Error)).toString(); // "EPIPE" or empty
        break;
    case RunEvent::Kind::LockRecovered:
        e.node = o.value(wireWord(F::By)).toString();
        e.pid = o.value(wireWord(F::DeadPid)).toInt();
        break;
    case RunEvent::Kind::Lab:
        e.data = o;
        e.data.remove(wireWord(F::Ev));
        e.data.remove(wireWord(F::T));
        e.data.remove(wireWord(F::Node));
        e.code.reset(); // a lab's numbers are figures, not an exit
        e.signal.reset();
        break;
    default:
        break;
    }
    return p;
}

} // namespace proclab
