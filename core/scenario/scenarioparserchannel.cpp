// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioParser, part two: channels and diagram positions.
#include "core/scenario/scenarioparser.h"

#include "core/scenario/jsonfieldreader.h"
#include "core/scenario/scenariolimits.h"
#include "core/scenario/scenariomessages.h"

#include <QCoreApplication>
#include <cmath>

namespace proclab {

namespace {

QLatin1String l1(const char *s)
{
    return QLatin1String(s);
}

// Fields of some channel kind: on another kind they "do not apply" rather than being unknown.
QList<QLatin1String> allChannelFields()
{
    return {l1("capacity"), l1("item_size"), l1("sync"), l1("send"), l1("fast")};
}

} // namespace

std::optional<ChannelSpec> ScenarioParser::readChannel(const QJsonValue &value, const QString &path,
                                                       bool *kindKnown)
{
    if (!value.isObject()) {
        m_errors->add(path, QCoreApplication::translate(
                                "ScenarioValidator", "a channel must be an object { ... }, not %1")
                                .arg(jsonTypeName(value)));
        return std::nullopt;
    }
    JsonFieldReader r(value.toObject(), path, m_errors);
    ChannelSpec c;
    if (auto id = r.string(l1("id"), JsonFieldReader::Required))
        c.id = *id;
    if (auto label = r.text(l1("label"), JsonFieldReader::Optional))
        c.label = *label;
    const auto kindName = r.string(l1("kind"), JsonFieldReader::Required);
    const auto kind = kindName ? channelKindFromName(*kindName) : std::nullopt;
    if (kindName && !kind) {
        r.error(l1("kind"),
                unknownNameMessage(QCoreApplication::translate("ScenarioValidator", "channel kind"),
                                   *kindName, channelKindNames()));
    }
    c.position = readPosition(r);
    *kindKnown = kind.has_value();
    if (!kind)
        return c; // the kind decides which fields exist; nothing more can be checked

    c.kind = *kind;
    const QList<QLatin1String> fields = channelFields(c.kind);
    if (fields.contains(l1("capacity"))) {
        if (auto v =
                r.integer(l1("capacity"), JsonFieldReader::Optional, channelCapacityRange(c.kind)))
            c.capacity = int(*v);
    }
    if (fields.contains(l1("item_size"))) {
        if (auto v =
                r.integer(l1("item_size"), JsonFieldReader::Optional, channelItemSizeRange(c.kind)))
            c.itemSize = int(*v);
    }
    if (fields.contains(l1("sync"))) {
        if (auto v = r.boolean(l1("sync"), JsonFieldReader::Optional))
            c.sync = *v;
    }
    if (fields.contains(l1("fast"))) {
        if (auto v = r.boolean(l1("fast"), JsonFieldReader::Optional))
            c.fast = *v;
    }
    if (fields.contains(l1("send"))) {
        if (auto v = r.string(l1("send"), JsonFieldReader::Optional)) {
            if (*v == QLatin1String("sync"))
                c.send = SendMode::Sync;
            else if (*v == QLatin1String("async"))
                c.send = SendMode::Async;
            else
                r.error(l1("send"), QCoreApplication::translate(
                                        "ScenarioValidator",
                                        "\"send\" must be \"sync\" or \"async\", not \"%1\"")
                                        .arg(*v));
        }
    }
    r.reportUnusedKeys(
        fields, QCoreApplication::translate("ScenarioValidator", "a \"%1\" channel").arg(*kindName),
        allChannelFields());
    return c;
}

std::optional<QPointF> ScenarioParser::readPosition(JsonFieldReader &owner)
{
    const auto object = owner.object(l1("position"), JsonFieldReader::Optional);
    if (!object)
        return std::nullopt;
    JsonFieldReader r(*object, owner.pathOf(l1("position")), m_errors);
    const auto x = r.number(l1("x"), JsonFieldReader::Required);
    const auto y = r.number(l1("y"), JsonFieldReader::Required);
    r.reportUnusedKeys({}, QCoreApplication::translate("ScenarioValidator", "\"position\""));
    bool ok = x && y;
    for (const auto &[key, v] : {std::pair{l1("x"), x}, std::pair{l1("y"), y}}) {
        if (v && std::fabs(*v) > kMaxPositionCoordinate) {
            r.error(key, QCoreApplication::translate("ScenarioValidator",
                                                     "\"%1\" must be between %2 and %3, not %4")
                             .arg(key)
                             .arg(-kMaxPositionCoordinate)
                             .arg(kMaxPositionCoordinate)
                             .arg(*v));
            ok = false;
        }
    }
    return ok ? std::optional<QPointF>(QPointF(*x, *y)) : std::nullopt;
}

} // namespace proclab
