// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/runsnapshot.h"

#include "core/run/wirewords.h"

namespace proclab {

QString runEventKindName(RunEvent::Kind kind)
{
    // The wire's spelling, so logs, the CLI's JSON and the agent's events read alike.
    return wireWord(kind);
}

} // namespace proclab
