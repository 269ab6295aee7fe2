// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tiny helpers shared by the benchmarks: wall time, rusage switches, CPU pinning, and
// number formatting for the one JSON object each benchmark prints.

#include <cstdint>
#include <string>
#include <vector>

namespace proclab::agent {

double benchSeconds(); // CLOCK_MONOTONIC in seconds
// Voluntary + involuntary context switches of the calling process so far.
long long ownContextSwitches();
// The CPUs this process may run on (sched_getaffinity), in order.
std::vector<int> allowedCpus();
bool pinToCpu(int cpu);
// A finite number as JSON ("null" for NaN/inf, which JSON cannot hold).
std::string jsonNumber(double v);

} // namespace proclab::agent
