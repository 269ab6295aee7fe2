// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two benchmarks behind `proclab-agent bench`. Each prints one JSON object on stdout
// and returns the process exit code.

#include <string>
#include <vector>

namespace proclab::agent {

int benchContextSwitch(long long rounds);
// `mechanisms`: names as in the output ("pipe", "shm-fastring", ...); empty = all of them.
int benchIpc(const std::vector<long long> &sizes, const std::vector<std::string> &mechanisms);

} // namespace proclab::agent
