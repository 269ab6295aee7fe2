// SPDX-License-Identifier: GPL-3.0-or-later
// The checks that depend on cost and on this machine rather than on the format alone:
// how deep the process tree goes, and what the kernel lets a message queue hold.
#include "core/scenario/scenariolimits.h"
#include "core/scenario/scenariovalidator.h"

#include <QCoreApplication>

namespace proclab {

void ScenarioValidator::setMqueueLimits(const MqueueLimits &limits)
{
    m_mqueueLimits = limits;
}

void ScenarioValidator::checkDepth()
{
    // Depth of each process (the root is 1), memoised; a cycle (reported elsewhere) or an
    // unknown parent ends a chain, so every walk is bounded by the process count.
    const qsizetype n = m_scenario.processes.size();
    QList<qsizetype> depth(n, 0);
    qsizetype deepest = 0, deepestAt = -1;
    for (qsizetype start = 0; start < n; ++start) {
        QList<qsizetype> chain;
        qsizetype cur = start;
        while (cur >= 0 && depth.at(cur) == 0 && chain.size() <= n) {
            chain.append(cur);
            const QString &parent = m_scenario.processes.at(cur).parent;
            cur = parent.isEmpty() ? -1 : m_processIndex.value(parent, -1);
        }
        qsizetype d = cur >= 0 ? depth.at(cur) : 0;
        for (qsizetype i = chain.size() - 1; i >= 0; --i)
            depth[chain.at(i)] = ++d;
        if (d > deepest) {
            deepest = d;
            deepestAt = start;
        }
    }
    if (deepest <= kMaxTreeDepth)
        return;
    m_errors->add(processPath(deepestAt, QStringLiteral("parent")),
                  QCoreApplication::translate(
                      "ScenarioValidator",
                      "the process tree is %1 generations deep here, more than %2: every "
                      "fork copies its parent's chain of memory mappings, so each generation "
                      "makes the next fork slower and a chain of thousands would take minutes; "
                      "make the tree wider instead")
                      .arg(deepest)
                      .arg(kMaxTreeDepth));
}

void ScenarioValidator::checkMailboxLimits()
{
    const MqueueLimits &l = m_mqueueLimits;
    if (l.mayExceed)
        return;
    for (qsizetype i = 0; i < m_scenario.channels.size(); ++i) {
        const ChannelSpec &c = m_scenario.channels.at(i);
        if (c.kind != ChannelKind::Mailbox || m_unknownKind.contains(i))
            continue;
        if (l.msgMax > 0 && c.capacity > l.msgMax) {
            m_errors->add(channelPath(i, QStringLiteral("capacity")),
                          QCoreApplication::translate(
                              "ScenarioValidator",
                              "a mailbox of %1 messages is more than this machine allows: "
                              "/proc/sys/fs/mqueue/msg_max is %2. Use a capacity of at most %2, "
                              "or raise the limit as root: sysctl fs.mqueue.msg_max=%1")
                              .arg(c.capacity)
                              .arg(l.msgMax));
        }
        if (l.msgsizeMax > 0 && c.itemSize > l.msgsizeMax) {
            m_errors->add(channelPath(i, QStringLiteral("item_size")),
                          QCoreApplication::translate(
                              "ScenarioValidator",
                              "a mailbox message of %1 bytes is more than this machine allows: "
                              "/proc/sys/fs/mqueue/msgsize_max is %2. Use an item_size of at "
                              "most %2, or raise the limit as root: sysctl "
                              "fs.mqueue.msgsize_max=%1")
                              .arg(c.itemSize)
                              .arg(l.msgsizeMax));
        }
    }
}

} // namespace proclab
