// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a lab parent made before forking, inherited by its children through fork(): each
// process of the run has its own copy of this, so a child sees its parent's descriptors.

#include "core/agent/agent_api.h"
#include "core/agent/processruntime.h"

#include <sys/types.h>

namespace proclab::agent {

class ChildReaper;

struct LabState
{
    int resultRead = -1;   // combine: the pipe its count-primes children write their parts to
    int resultWrite = -1;  // (the combiner closes this end once its children are forked)
    int listenFd = -1;     // prefork-master: the listening socket every worker accepts on
    pid_t masterPid = 0;   // the process that made listenFd: a worker ends when it is gone
    long long startNs = 0; // CLOCK_MONOTONIC just before the lab parent forked its children
};

LabState &labState();

// Counting primes, shared by the workers and the combiner's serial reference.
bool isPrime(unsigned long long n);
// Primes in share `part` of `parts` of [0, n): chunks of wire::lab::kPrimeChunk numbers
// dealt round-robin, so every share gets small and large numbers alike (trial division
// costs more for large numbers: contiguous blocks would leave the last worker the slowest).
// `alive` is asked once per chunk; false stops the count (the result is then partial).
unsigned long long countPrimesInShare(unsigned long long n, int part, int parts,
                                      bool (*alive)() = nullptr);

// The plan indices of `parent`'s children whose behaviour is `behaviour`, in plan order.
std::vector<int> childrenWith(const Plan &plan, int parent, wire::Behaviour behaviour);

int runCombine(RunContext &ctx, int index, ChildReaper &children);
int runCountPrimes(RunContext &ctx, int index);
int runPreforkMaster(RunContext &ctx, int index, ChildReaper &children);
int runServe(RunContext &ctx, int index);
int runLoad(RunContext &ctx, int index);

} // namespace proclab::agent
