// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two benchmarks behind `proclab-agent bench`. Each prints one JSON object on stdout
// and returns the process exit code.

#include <vector>

namespace proclab::agent {

int benchContextSwitch(long long rounds);
int benchIpc(const std::vector<long long> &sizes);

} // namespace proclab::agent
