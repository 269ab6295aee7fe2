// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/nodekindicon.h"

namespace proclab {

QIcon nodeKindIcon(NodeKind kind)
{
    static const char *const names[] = {"process", "shm-buffer",  "shm-counter", "pipe",
                                        "mailbox", "socket-pair", "lab-speedup", "lab-cluster"};
    return QIcon(QStringLiteral(":/icons/") + QLatin1String(names[int(kind)]) +
                 QStringLiteral(".svg"));
}

} // namespace proclab
