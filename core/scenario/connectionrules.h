// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a drag from one item's handle to another item means, and whether it makes sense.
// Pure: given the scenario, returns the edited scenario or the reason it is refused.

#include "core/scenario/scenario.h"

#include <QString>

namespace proclab {

struct ConnectionResult
{
    bool ok = false;
    Scenario scenario;   // the scenario with the connection, when ok
    QString reason;      // translated, when refused
    QString description; // translated undo text, when ok
};

class ConnectionRules
{
public:
    // from -> to: process -> process is a fork edge (from is the parent), process ->
    // channel makes the process a producer (or incrementer), channel -> process makes it
    // a consumer.
    static ConnectionResult connect(const Scenario &scenario, const QString &from,
                                    const QString &to);

    static bool isAncestor(const Scenario &scenario, const QString &ancestor, const QString &id);
    static bool haveCommonAncestor(const Scenario &scenario, const QString &a, const QString &b);
    // Processes whose behaviour writes to / reads from the channel.
    static QStringList writersOf(const Scenario &scenario, const QString &channel);
    static QStringList readersOf(const Scenario &scenario, const QString &channel);

private:
    static ConnectionResult fork(const Scenario &scenario, const QString &parent,
                                 const QString &child);
    static ConnectionResult produce(const Scenario &scenario, const QString &process,
                                    const QString &channel);
    static ConnectionResult consume(const Scenario &scenario, const QString &channel,
                                    const QString &process);
};

} // namespace proclab
