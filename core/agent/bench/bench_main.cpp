// SPDX-License-Identifier: GPL-3.0-or-later
// `proclab-agent bench ctxswitch|ipc [options]`: always one JSON object on stdout.
#include "core/agent/agent_api.h"
#include "core/agent/bench/bench_runs.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace proclab::agent {

namespace {

bool isMechanismName(const std::string &name)
{
    for (const char *m : {"shm-buffer", "shm-fastring", "pipe", "socketpair", "mailbox"})
        if (name == m)
            return true;
    return false;
}

int usage(const std::string &why)
{
    std::printf("{\"error\":\"%s\",\"usage\":\"proclab-agent bench ctxswitch [--json] [--rounds N]"
                " | bench ipc [--json] [--size BYTES]... [--mechanism NAME]...\"}\n",
                why.c_str());
    return 2;
}

bool parsePositive(const char *text, long long *out)
{
    char *end = nullptr;
    const long long v = std::strtoll(text, &end, 10);
    if (!end || *end || v <= 0)
        return false;
    *out = v;
    return true;
}

} // namespace

int runBench(int argc, char **argv)
{
    // argv[0] is "bench" (or the program), argv[1] the benchmark name.
    int i = 0;
    while (i < argc && std::string(argv[i]) != "ctxswitch" && std::string(argv[i]) != "ipc")
        ++i;
    if (i >= argc)
        return usage("which benchmark? ctxswitch or ipc");
    const std::string which = argv[i];
    long long rounds = 20000;
    std::vector<long long> sizes;
    std::vector<std::string> mechanisms;
    for (++i; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--json")
            continue; // JSON is the only output format
        if (a == "--rounds" && which == "ctxswitch" && i + 1 < argc) {
            if (!parsePositive(argv[++i], &rounds))
                return usage("--rounds needs a positive number");
        } else if (a == "--size" && which == "ipc" && i + 1 < argc) {
            long long s = 0;
            if (!parsePositive(argv[++i], &s) || s > (1 << 24))
                return usage("--size needs a number of bytes between 1 and 16777216");
            sizes.push_back(s);
        } else if (a == "--mechanism" && which == "ipc" && i + 1 < argc) {
            mechanisms.emplace_back(argv[++i]);
            if (!isMechanismName(mechanisms.back()))
                return usage("--mechanism needs one of shm-buffer, shm-fastring, pipe, "
                             "socketpair, mailbox");
        } else {
            return usage("unknown option " + a);
        }
    }
    if (which == "ctxswitch")
        return benchContextSwitch(rounds);
    if (sizes.empty())
        sizes = {64, 512, 4096, 65536};
    return benchIpc(sizes, mechanisms);
}

} // namespace proclab::agent
