// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/ctxswitchresult.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {

bool readNumber(const QJsonObject &o, const QString &name, const QString &path, double *out,
                QString *error)
{
    const QJsonValue v = o.value(name);
    if (!v.isDouble()) {
        if (error)
            *error = path + u'.' + name + (v.isUndefined() ? u": missing"_s : u": not a number"_s);
        return false;
    }
    *out = v.toDouble();
    return true;
}

std::optional<CtxSwitchResult::Side> readSide(const QJsonObject &o, const QString &path,
                                              QString *error)
{
    CtxSwitchResult::Side s;
    if (!readNumber(o, u"us_per_roundtrip"_s, path, &s.usPerRoundtrip, error) ||
        !readNumber(o, u"switches_per_roundtrip"_s, path, &s.switchesPerRoundtrip, error))
        return std::nullopt;
    if (!o.value(u"us_per_switch"_s).isNull()) {
        double perSwitch = 0;
        if (!readNumber(o, u"us_per_switch"_s, path, &perSwitch, error))
            return std::nullopt;
        s.usPerSwitch = perSwitch;
    }
    return s;
}

QJsonObject sideToJson(const CtxSwitchResult::Side &s)
{
    return {{u"us_per_roundtrip"_s, s.usPerRoundtrip},
            {u"switches_per_roundtrip"_s, s.switchesPerRoundtrip},
            {u"us_per_switch"_s, s.usPerSwitch ? QJsonValue(*s.usPerSwitch) : QJsonValue()}};
}

} // namespace

std::optional<CtxSwitchResult> CtxSwitchResult::fromJson(const QJsonObject &json, QString *error)
{
    CtxSwitchResult r;
    double rounds = 0, cpus = 0;
    if (!readNumber(json, u"rounds"_s, u"$"_s, &rounds, error) ||
        !readNumber(json, u"cpus"_s, u"$"_s, &cpus, error) ||
        !readNumber(json, u"baseline_us_per_roundtrip"_s, u"$"_s, &r.baselineUsPerRoundtrip, error))
        return std::nullopt;
    r.rounds = int(rounds);
    r.cpus = int(cpus);
    const QJsonValue same = json.value(u"same_cpu"_s);
    if (!same.isObject()) {
        if (error)
            *error = u"$.same_cpu: missing or not an object"_s;
        return std::nullopt;
    }
    const auto sameSide = readSide(same.toObject(), u"$.same_cpu"_s, error);
    if (!sameSide)
        return std::nullopt;
    r.sameCpu = *sameSide;
    const QJsonValue cross = json.value(u"cross_cpu"_s);
    if (cross.isObject()) {
        r.crossCpu = readSide(cross.toObject(), u"$.cross_cpu"_s, error);
        if (!r.crossCpu)
            return std::nullopt;
    } else if (!cross.isNull() && !cross.isUndefined()) {
        if (error)
            *error = u"$.cross_cpu: not an object or null"_s;
        return std::nullopt;
    }
    const QJsonValue at = json.value(u"measured_at"_s);
    if (at.isString())
        r.measuredAt = QDateTime::fromString(at.toString(), Qt::ISODate);
    return r;
}

QJsonObject CtxSwitchResult::toJson() const
{
    QJsonObject o{{u"rounds"_s, rounds},
                  {u"cpus"_s, cpus},
                  {u"baseline_us_per_roundtrip"_s, baselineUsPerRoundtrip},
                  {u"same_cpu"_s, sideToJson(sameCpu)},
                  {u"cross_cpu"_s, crossCpu ? QJsonValue(sideToJson(*crossCpu)) : QJsonValue()}};
    if (measuredAt.isValid())
        o.insert(u"measured_at"_s, measuredAt.toString(Qt::ISODate));
    return o;
}

} // namespace proclab
