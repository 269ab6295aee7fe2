// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where ProcLab's parts are, found relative to the running executable so an installed tree
// works wherever it was installed (cmake --install --prefix P, the .deb under /usr) and the
// build tree works without installing:
//   installed:  P/bin/proclab[-cli]   P/libexec/proclab/proclab-{agent,cli-charts}
//               P/share/proclab/...
//   build tree: build/bin/proclab[-cli]   build/bin/proclab-agent   build/share/proclab/...
// (build/share/proclab links to the source tree's resources, see CMakeLists.txt.)

#include <QString>

namespace proclab {

class InstallLayout
{
public:
    // $PROCLAB_AGENT (tests), else the installed libexec/proclab/proclab-agent, else
    // proclab-agent beside the executable (build tree).
    static QString agentPath();
    // A helper program of ProcLab's (proclab-agent, proclab-cli-charts): the installed
    // libexec/proclab/NAME, else NAME beside the executable (build tree).
    static QString helperPath(const QString &name);

    // share/proclab relative to the executable: scenarios/, lessons/.
    static QString dataDir();
    static QString scenariosDir();
    static QString lessonsDir();
};

} // namespace proclab
