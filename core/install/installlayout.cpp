// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/install/installlayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace proclab {

namespace {

// Compiled in from the install directories CMake was configured with (GNUInstallDirs), so a
// distribution that moves libexec or share keeps a working layout.
QString fromExecutable(const char *relative)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           QString::fromUtf8(relative));
}

} // namespace

QString InstallLayout::agentPath()
{
    const QByteArray env = qgetenv("PROCLAB_AGENT");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    const QString installed =
        fromExecutable(PROCLAB_LIBEXEC_FROM_BIN) + QStringLiteral("/proclab-agent");
    if (QFileInfo(installed).isExecutable())
        return installed;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/proclab-agent");
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
