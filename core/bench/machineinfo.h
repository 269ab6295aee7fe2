// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The machine a measurement was made on: for captions on exported charts and as the
// key of the cached context-switch bench (a cost measured on another CPU or kernel
// must not be reused).

#include <QString>

namespace proclab {

struct MachineInfo
{
    QString cpuModel; // "model name" of /proc/cpuinfo; empty if unreadable
    int cpus = 0;     // online CPUs
    QString kernel;   // uname -r

    static MachineInfo current(); // read once, then cached
    // Parses the text of /proc/cpuinfo (separate so tests can feed any text).
    static QString cpuModelFromCpuinfo(const QByteArray &cpuinfo);

    QString cacheKey() const; // stable string: model|cpus|kernel
    QString caption() const;  // "Intel(R) ... · 2 CPUs · Linux 6.1.0"
    bool operator==(const MachineInfo &) const = default;
};

} // namespace proclab
