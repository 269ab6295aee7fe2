// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliextension.h"

namespace proclab::cli {

QList<CliExtension *> &CliExtension::all()
{
    // Function-local so registrations from other files' static objects are safe in any order.
    static QList<CliExtension *> extensions;
    return extensions;
}

} // namespace proclab::cli
