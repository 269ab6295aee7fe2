// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/chartshandoff.h"

#include "app/cli/clioutput.h"
#include "core/install/installlayout.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace proclab::cli {

bool wantsCharts(int argc, char **argv)
{
    return std::any_of(argv + 1, argv + argc, [](const char *arg) {
        return std::strncmp(arg, "--chart", 7) == 0 || std::strncmp(arg, "--csv", 5) == 0;
    });
}

int execChartsCli(char **argv)
{
    const QByteArray path =
        QFile::encodeName(InstallLayout::helperPath(QStringLiteral("proclab-cli-charts")));
    argv[0] = const_cast<char *>(path.constData());
    execv(path.constData(), argv);
    err(Text::tr("proclab-cli: cannot start %1 for --chart/--csv: %2\n")
            .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(errno))));
    return Failure;
}

} // namespace proclab::cli
