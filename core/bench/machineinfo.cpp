// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/machineinfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <sys/utsname.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace proclab {

QString MachineInfo::cpuModelFromCpuinfo(const QByteArray &cpuinfo)
{
    // x86 says "model name", some ARM kernels only "Hardware" or "Processor".
    for (const char *field : {"model name", "Hardware", "Processor", "cpu model"}) {
        for (const QByteArray &line : cpuinfo.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon < 0 || line.left(colon).trimmed() != field)
                continue;
            const QByteArray value = line.mid(colon + 1).simplified();
            if (!value.isEmpty())
                return QString::fromUtf8(value);
        }
    }
    return {};
}

MachineInfo MachineInfo::current()
{
    static const MachineInfo info = [] {
        MachineInfo m;
        QFile f(u"/proc/cpuinfo"_s);
        if (f.open(QIODevice::ReadOnly))
            m.cpuModel = cpuModelFromCpuinfo(f.readAll());
        const long n = sysconf(_SC_NPROCESSORS_ONLN);
        m.cpus = n > 0 ? int(n) : QThread::idealThreadCount();
        struct utsname u;
        if (uname(&u) == 0)
            m.kernel = QString::fromUtf8(u.release);
        return m;
    }();
    return info;
}

QString MachineInfo::cacheKey() const
{
    return cpuModel + u'|' + QString::number(cpus) + u'|' + kernel;
}

QString MachineInfo::caption() const
{
    const QString model =
        cpuModel.isEmpty() ? QCoreApplication::translate("MachineInfo", "unknown CPU") : cpuModel;
    return QCoreApplication::translate("MachineInfo", "%1 · CPUs: %2 · Linux %3")
        .arg(model, QString::number(cpus), kernel);
}

} // namespace proclab
