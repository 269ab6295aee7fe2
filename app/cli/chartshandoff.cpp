// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/chartshandoff.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
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
    // Beside this executable, in the build tree and after install alike.
    char self[PATH_MAX] = {};
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string path = n > 0 ? std::string(self, size_t(n)) : std::string(argv[0]);
    path = path.substr(0, path.rfind('/') + 1) + "proclab-cli-charts";
    argv[0] = path.data();
    execv(path.c_str(), argv);
    std::fprintf(stderr, "proclab-cli: cannot start %s for --chart/--csv: %s\n", path.c_str(),
                 std::strerror(errno));
    return 1;
}

} // namespace proclab::cli
