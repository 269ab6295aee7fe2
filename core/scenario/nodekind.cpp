// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/nodekind.h"

#include <QCoreApplication>

namespace proclab {

QList<NodeKind> allNodeKinds()
{
    return {NodeKind::Process, NodeKind::ShmBuffer,  NodeKind::ShmCounter, NodeKind::Pipe,
            NodeKind::Mailbox, NodeKind::SocketPair, NodeKind::LabSpeedUp, NodeKind::LabCluster};
}

std::optional<ChannelKind> channelKindOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Process:
    case NodeKind::LabSpeedUp:
    case NodeKind::LabCluster:
        return std::nullopt;
    case NodeKind::ShmBuffer:
        return ChannelKind::ShmBuffer;
    case NodeKind::ShmCounter:
        return ChannelKind::ShmCounter;
    case NodeKind::Pipe:
        return ChannelKind::Pipe;
    case NodeKind::Mailbox:
        return ChannelKind::Mailbox;
    case NodeKind::SocketPair:
        return ChannelKind::SocketPair;
    }
    return std::nullopt;
}

NodeKind nodeKindOf(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::ShmBuffer:
        return NodeKind::ShmBuffer;
    case ChannelKind::ShmCounter:
        return NodeKind::ShmCounter;
    case ChannelKind::Pipe:
        return NodeKind::Pipe;
    case ChannelKind::Mailbox:
        return NodeKind::Mailbox;
    case ChannelKind::SocketPair:
        return NodeKind::SocketPair;
    }
    return NodeKind::ShmBuffer;
}

QString nodeKindKey(NodeKind kind)
{
    if (const auto channel = channelKindOf(kind))
        return channelKindName(*channel);
    if (kind == NodeKind::LabSpeedUp)
        return QStringLiteral("lab-speedup");
    if (kind == NodeKind::LabCluster)
        return QStringLiteral("lab-cluster");
    return QStringLiteral("process");
}

std::optional<NodeKind> nodeKindFromKey(const QString &key)
{
    for (const NodeKind kind : allNodeKinds()) {
        if (nodeKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString nodeKindTitle(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Process:
        return QCoreApplication::translate("NodeKind", "Process");
    case NodeKind::ShmBuffer:
        return QCoreApplication::translate("NodeKind", "Shared buffer");
    case NodeKind::ShmCounter:
        return QCoreApplication::translate("NodeKind", "Shared counter");
    case NodeKind::Pipe:
        return QCoreApplication::translate("NodeKind", "Pipe");
    case NodeKind::Mailbox:
        return QCoreApplication::translate("NodeKind", "Mailbox");
    case NodeKind::SocketPair:
        return QCoreApplication::translate("NodeKind", "Socket pair");
    case NodeKind::LabSpeedUp:
        return QCoreApplication::translate("NodeKind", "Lab: speed-up");
    case NodeKind::LabCluster:
        return QCoreApplication::translate("NodeKind", "Lab: server cluster");
    }
    return {};
}

QString nodeKindDescription(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Process:
        return QCoreApplication::translate(
            "NodeKind", "A process. Drag from its handle to another process to fork it.");
    case NodeKind::ShmBuffer:
        return QCoreApplication::translate(
            "NodeKind", "A bounded buffer in POSIX shared memory (producers and consumers).");
    case NodeKind::ShmCounter:
        return QCoreApplication::translate(
            "NodeKind", "One shared integer that processes increment, with or without a lock.");
    case NodeKind::Pipe:
        return QCoreApplication::translate(
            "NodeKind",
            "A pipe: a one-way byte stream between two processes forked from a common ancestor.");
    case NodeKind::Mailbox:
        return QCoreApplication::translate(
            "NodeKind", "A POSIX message queue: many senders and receivers, by name.");
    case NodeKind::SocketPair:
        return QCoreApplication::translate("NodeKind",
                                           "A socket pair: a two-way connection between two "
                                           "processes forked from a common ancestor.");
    case NodeKind::LabSpeedUp:
        return QCoreApplication::translate(
            "NodeKind", "A parent that divides a job (counting primes) among worker processes "
                        "and combines their parts.");
    case NodeKind::LabCluster:
        return QCoreApplication::translate(
            "NodeKind", "A pre-fork server: a master, workers accepting on its socket, and a "
                        "load generator.");
    }
    return {};
}

} // namespace proclab
