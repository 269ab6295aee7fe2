// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What this machine's kernel lets a process put in a POSIX message queue. A mailbox the
// file allows (capacity up to 256) can still be refused by mq_open() at run time; the
// validator checks against these so the learner hears it before anything runs, with the
// limit's name and how to raise it.

#include <QtGlobal>

namespace proclab {

struct MqueueLimits
{
    qint64 msgMax = -1;     // /proc/sys/fs/mqueue/msg_max; -1 unknown (not checked)
    qint64 msgsizeMax = -1; // /proc/sys/fs/mqueue/msgsize_max
    // CAP_SYS_RESOURCE lets a process go past both (up to the kernel's hard ceilings).
    bool mayExceed = false;

    // Read once per process from /proc.
    static const MqueueLimits &ofThisMachine();
};

} // namespace proclab
