// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/mqueuelimits.h"

#include <QFile>
#include <QRegularExpression>

namespace proclab {

namespace {

constexpr int kCapSysResource = 24; // linux/capability.h

qint64 readNumber(const char *path)
{
    QFile f(QString::fromLatin1(path));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const qint64 v = f.readAll().trimmed().toLongLong(&ok);
    return ok ? v : -1;
}

bool hasCapSysResource()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    static const QRegularExpression capEff(QStringLiteral("^CapEff:\\s*([0-9a-fA-F]+)$"),
                                           QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = capEff.match(QString::fromLatin1(f.readAll()));
    bool ok = false;
    const quint64 caps = m.hasMatch() ? m.captured(1).toULongLong(&ok, 16) : 0;
    return ok && (caps >> kCapSysResource) & 1;
}

} // namespace

const MqueueLimits &MqueueLimits::ofThisMachine()
{
    static const MqueueLimits limits = [] {
        MqueueLimits l;
        l.msgMax = readNumber("/proc/sys/fs/mqueue/msg_max");
        l.msgsizeMax = readNumber("/proc/sys/fs/mqueue/msgsize_max");
        l.mayExceed = hasCapSysResource();
        return l;
    }();
    return limits;
}

} // namespace proclab
