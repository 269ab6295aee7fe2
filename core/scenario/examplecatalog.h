// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The shipped examples in the order of the syllabus (processes and fork, zombies and orphans,
// shared memory, message passing, context switching), grouped for the Examples menu.
// Example files not listed here come last, so a new example is never hidden.

#include <QList>
#include <QString>
#include <QStringList>

namespace proclab {

struct ExampleGroup
{
    QString title;     // translated
    QStringList stems; // file names without ".proclab.json", in teaching order
};

class ExampleCatalog
{
public:
    // `available`: the stems of the example files present; groups keep only those.
    static QList<ExampleGroup> groups(const QStringList &available);
};

} // namespace proclab
