// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lesson/lessonset.h"

#include "core/lesson/lessontext.h"
#include "core/scenario/scenariolimits.h"

#include <QCoreApplication>
#include <cmath>

namespace proclab {

namespace {

bool wholeNumber(const QJsonValue &v, const QString &property, int *out, QString *error)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
        *error = LessonText::tr("\"%1\" needs a whole number").arg(property);
        return false;
    }
    *out = int(d);
    return true;
}

} // namespace

QStringList lessonSettableProperties(bool channel)
{
    if (channel)
        return {QStringLiteral("capacity"), QStringLiteral("item_size"), QStringLiteral("sync"),
                QStringLiteral("send")};
    return {QStringLiteral("ms"),      QStringLiteral("after_ms"), QStringLiteral("code"),
            QStringLiteral("count"),   QStringLiteral("rate"),     QStringLiteral("hold_ms"),
            QStringLiteral("work_us"), QStringLiteral("kind")};
}

bool applyLessonSet(Scenario *scenario, const QString &target, const QString &property,
                    const QJsonValue &value, QString *error)
{
    const bool isChannel = target.startsWith(u"channel:");
    if (!isChannel && !target.startsWith(u"process:")) {
        *error = LessonText::tr("the target must be \"process:ID\" or \"channel:ID\", not \"%1\"")
                     .arg(target);
        return false;
    }
    const QString id = target.mid(target.indexOf(u':') + 1);
    if (!lessonSettableProperties(isChannel).contains(property)) {
        *error = LessonText::tr("\"%1\" cannot be set; settable: %2")
                     .arg(property, lessonSettableProperties(isChannel).join(u", "));
        return false;
    }
    int n = 0;
    if (isChannel) {
        for (ChannelSpec &c : scenario->channels) {
            if (c.id != id)
                continue;
            if (property == u"sync") {
                if (!value.isBool()) {
                    *error = LessonText::tr("\"sync\" needs true or false");
                    return false;
                }
                c.sync = value.toBool();
            } else if (property == u"send") {
                if (value.toString() != u"sync" && value.toString() != u"async") {
                    *error = LessonText::tr("\"send\" needs \"sync\" or \"async\"");
                    return false;
                }
                c.send = value.toString() == u"sync" ? SendMode::Sync : SendMode::Async;
            } else if (!wholeNumber(value, property, &n, error)) {
                return false;
            } else if (property == u"capacity") {
                c.capacity = n;
            } else {
                c.itemSize = n;
            }
            return true;
        }
        *error = LessonText::tr("the scenario has no channel \"%1\"").arg(id);
        return false;
    }
    for (ProcessSpec &p : scenario->processes) {
        if (p.id != id)
            continue;
        Behaviour &b = p.behaviour;
        if (property == u"kind") {
            const auto kind = behaviourKindFromName(value.toString());
            if (!kind) {
                *error = LessonText::tr("\"kind\" needs a behaviour name: %1")
                             .arg(behaviourKindNames().join(u", "));
                return false;
            }
            // Keep the parameters both kinds share (channel, count): a lesson turns a
            // sleeping process into a CPU-bound one without restating everything.
            Behaviour fresh = defaultBehaviour(*kind);
            fresh.ms = b.ms;
            fresh.channel = b.channel;
            fresh.count = b.count ? b.count : fresh.count;
            b = fresh;
            return true;
        }
        if (!wholeNumber(value, property, &n, error))
            return false;
        if (property == u"ms")
            b.ms = n;
        else if (property == u"after_ms")
            b.afterMs = n;
        else if (property == u"code")
            b.code = n;
        else if (property == u"count")
            b.count = n;
        else if (property == u"rate")
            b.rate = n;
        else if (property == u"hold_ms")
            b.holdMs = n;
        else
            b.workUs = n;
        return true;
    }
    *error = LessonText::tr("the scenario has no process \"%1\"").arg(id);
    return false;
}

} // namespace proclab
