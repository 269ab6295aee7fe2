// SPDX-License-Identifier: GPL-3.0-or-later
// proclab-agent: the only ProcLab program that forks. See wire/proclab_wire.h for the
// protocol and agent_api.h for how the process engine and the IPC part meet.
#include "core/agent/agent_api.h"
#include "core/agent/agentloop.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

int usage()
{
    std::fprintf(stderr, "usage: proclab-agent run [--parent-pid PID]\n"
                         "       proclab-agent sweep\n"
                         "       proclab-agent bench ctxswitch|ipc ...\n"
                         "       proclab-agent --version\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    using namespace proclab::agent;
    if (argc < 2)
        return usage();
    const std::string mode = argv[1];
    if (mode == "--version") {
        std::printf("proclab-agent %d (plan version %d)\n", 1, proclab::wire::kPlanVersion);
        return 0;
    }
    if (mode == "sweep") {
        std::printf("%d\n", sweepStaleIpc());
        return 0;
    }
    if (mode == "bench")
        return runBench(argc, argv);
    if (mode != "run")
        return usage();
    long parentPid = 0;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--parent-pid") == 0 && i + 1 < argc) {
            char *end = nullptr;
            parentPid = std::strtol(argv[++i], &end, 10);
            if (*end != '\0' || parentPid <= 0)
                return usage();
        } else {
            return usage();
        }
    }
    return runAgent(static_cast<pid_t>(parentPid));
}
