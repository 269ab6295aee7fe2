// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The context-switch bench result, cached per machine in a JSON file (measuring takes a
// few seconds and the answer only changes with the CPU or the kernel). Re-measuring
// simply stores a new result over the old one.

#include "core/bench/ctxswitchresult.h"
#include "core/bench/machineinfo.h"

#include <QString>
#include <optional>

namespace proclab {

class CtxSwitchCache
{
public:
    // filePath empty = <AppDataLocation>/ctxswitch-cache.json
    explicit CtxSwitchCache(const QString &filePath = {});

    static QString defaultPath();
    QString filePath() const;

    std::optional<CtxSwitchResult> lookup(const MachineInfo &machine) const;
    // Writes atomically; false with *error (naming the file) on failure.
    bool store(const MachineInfo &machine, const CtxSwitchResult &result, QString *error);
    bool forget(const MachineInfo &machine, QString *error);

private:
    QString m_path;
};

} // namespace proclab
