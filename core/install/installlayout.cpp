// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/install/installlayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace proclab {

namespace {

QString joined(const QString &dir, const char *relative)
{
    return QDir::cleanPath(dir + QLatin1Char('/') + QString::fromUtf8(relative));
}

// The bin/ folder of this install or build tree: the executable's own folder, or, for a helper
// installed in libexec/proclab (proclab-cli-charts, which draws for proclab-cli), the bin/
// beside it — so the helper finds the same data and agent as the program it serves.
QString binDir()
{
    const QString self = QCoreApplication::applicationDirPath();
    const QString bin = joined(self, PROCLAB_BIN_FROM_LIBEXEC);
    return joined(bin, PROCLAB_LIBEXEC_FROM_BIN) == self ? bin : self;
}

// Compiled in from the install directories CMake was configured with (GNUInstallDirs), so a
// distribution that moves libexec or share keeps a working layout.
QString fromExecutable(const char *relative)
{
    return joined(binDir(), relative);
}

} // namespace

QString InstallLayout::agentPath()
{
    const QByteArray env = qgetenv("PROCLAB_AGENT");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return helperPath(QStringLiteral("proclab-agent"));
}

QString InstallLayout::helperPath(const QString &name)
{
    const QString installed = fromExecutable(PROCLAB_LIBEXEC_FROM_BIN) + QLatin1Char('/') + name;
    if (QFileInfo(installed).isExecutable())
        return installed;
    return binDir() + QLatin1Char('/') + name;
}

QString InstallLayout::dataDir()
{
    return fromExecutable(PROCLAB_DATA_FROM_BIN);
}

QString InstallLayout::scenariosDir()
{
    return dataDir() + QStringLiteral("/scenarios");
}

QString InstallLayout::lessonsDir()
{
    return dataDir() + QStringLiteral("/lessons");
}

} // namespace proclab
