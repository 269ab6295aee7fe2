// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lifeline: a pipe whose only write end stays in the agent. Every process of the run
// keeps the read end; when the agent dies, however it dies (SIGKILL included), the kernel
// closes that write end and every poll() on the read end reports POLLHUP. Blocking waits
// of the run's processes poll it, so nothing of a run outlives its agent.

namespace proclab::agent {

// `runGroup`: the agent's own process group (every process of the run is in it), or 0 if
// the agent could not lead one.
bool createLifeline(int runGroup);
// In a newly forked process: drop the inherited write end (else it would keep itself alive).
void dropLifelineWriteEnd();
int lifelineReadFd();
// The run's process group given to createLifeline() (0 if none): an exec'd helper needs it
// to end the run the same way.
int lifelineRunGroup();
// True if `revents` of a poll() on lifelineReadFd() say the agent is gone.
bool lifelineBroken(short revents);
// One blocking wait of a run's process: up to `timeoutMs` for `events` on `fd`, while also
// watching the lifeline (a gone agent ends the process here, see below). Returns fd's
// revents, 0 when the time ran out or a signal came, -1 when poll() itself failed.
int pollWithLifeline(int fd, short events, int timeoutMs);
// Ends the calling process of the run because its agent is gone, and with it every other
// process of the run: SIGKILL to the whole run group, so a stopped (paused) process, which
// cannot notice anything itself, goes too.
[[noreturn]] void exitBecauseAgentIsGone();

} // namespace proclab::agent
