#include "bench_runs.h"
#include <cstdio>
namespace proclab::agent {
int benchContextSwitch(long long)
{
    std::printf("{\"error\":\"bench ctxswitch not implemented yet\"}\n");
    return 2;
}
} // namespace proclab::agent
