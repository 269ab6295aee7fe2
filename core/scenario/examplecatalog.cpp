// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/examplecatalog.h"

#include <QCoreApplication>

namespace proclab {

namespace {

struct GroupSpec
{
    const char *title;
    QList<const char *> stems;
};

} // namespace

QList<ExampleGroup> ExampleCatalog::groups(const QStringList &available)
{
    static const QList<GroupSpec> order{
        {QT_TRANSLATE_NOOP("ExampleCatalog", "Processes and fork()"),
         {"fork-chain", "fan", "binary-tree", "write-copy"}},
        {QT_TRANSLATE_NOOP("ExampleCatalog", "Zombies and orphans"), {"zombie", "orphan"}},
        {QT_TRANSLATE_NOOP("ExampleCatalog", "fork() then exec()"), {"fork-exec"}},
        {QT_TRANSLATE_NOOP("ExampleCatalog", "Shared memory"),
         {"counter-unsync", "counter-sync", "bounded-buffer", "bounded-buffer-cap1",
          "bounded-buffer-cap1024"}},
        {QT_TRANSLATE_NOOP("ExampleCatalog", "Message passing"),
         {"pipe", "mailbox", "message-sync", "message-async"}},
        {QT_TRANSLATE_NOOP("ExampleCatalog", "Multiprocessing and scalability"),
         {"speedup", "cluster"}},
        {QT_TRANSLATE_NOOP("ExampleCatalog", "Context switching"), {"fan-64"}},
    };
    QList<ExampleGroup> groups;
    QStringList rest = available;
    for (const GroupSpec &spec : order) {
        ExampleGroup group{QCoreApplication::translate("ExampleCatalog", spec.title), {}};
        for (const char *stem : spec.stems) {
            const QString s = QLatin1String(stem);
            if (rest.removeAll(s) > 0)
                group.stems.append(s);
        }
        if (!group.stems.isEmpty())
            groups.append(group);
    }
    if (!rest.isEmpty())
        groups.append({QCoreApplication::translate("ExampleCatalog", "More examples"), rest});
    return groups;
}

} // namespace proclab
