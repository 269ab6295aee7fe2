// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/ctxswitchcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {

// The file: {"version":1,"machines":{"<cacheKey>":{...result...}}}. An unreadable or
// foreign file counts as empty: the cache is only ever a shortcut for re-measuring.
QJsonObject readMachines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return doc.object().value(u"machines"_s).toObject();
}

bool writeMachines(const QString &path, const QJsonObject &machines, QString *error)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = path + u": cannot create the folder"_s;
        return false;
    }
    QSaveFile f(path);
    const QByteArray json =
        QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"machines"_s, machines}}).toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
        if (error)
            *error = path + u": "_s + f.errorString();
        return false;
    }
    return true;
}

} // namespace

CtxSwitchCache::CtxSwitchCache(const QString &filePath)
    : m_path(filePath.isEmpty() ? defaultPath() : filePath)
{}

QString CtxSwitchCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/ctxswitch-cache.json"_s;
}

QString CtxSwitchCache::filePath() const
{
    return m_path;
}

std::optional<CtxSwitchResult> CtxSwitchCache::lookup(const MachineInfo &machine) const
{
    const QJsonValue entry = readMachines(m_path).value(machine.cacheKey());
    if (!entry.isObject())
        return std::nullopt;
    return CtxSwitchResult::fromJson(entry.toObject(), nullptr);
}

bool CtxSwitchCache::store(const MachineInfo &machine, const CtxSwitchResult &result,
                           QString *error)
{
    QJsonObject machines = readMachines(m_path);
    CtxSwitchResult stamped = result;
    if (!stamped.measuredAt.isValid())
        stamped.measuredAt = QDateTime::currentDateTime();
    machines.insert(machine.cacheKey(), stamped.toJson());
    return writeMachines(m_path, machines, error);
}

bool CtxSwitchCache::forget(const MachineInfo &machine, QString *error)
{
    QJsonObject machines = readMachines(m_path);
    machines.remove(machine.cacheKey());
    return writeMachines(m_path, machines, error);
}

} // namespace proclab
