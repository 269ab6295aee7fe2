#include "bench_runs.h"
#include <cstdio>
namespace proclab::agent {
int benchIpc(const std::vector<long long> &)
{
    std::printf("{\"error\":\"bench ipc not implemented yet\"}\n");
    return 2;
}
} // namespace proclab::agent
