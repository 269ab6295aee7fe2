// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_scenarioio_sample.h"

using namespace proclab;

Scenario everythingScenario()
{
    Scenario s;
    s.name = QStringLiteral("Everything \"quoted\" \\ and ünïcödé 한국어");
    s.description = QStringLiteral("line one\nline two\ttabbed\x01");
    s.settings = RunSettings{100, 25, 60};
    auto proc = [&](const QString &id, const QString &parent, Behaviour b,
                    std::optional<QPointF> pos = std::nullopt) {
        ProcessSpec p;
        p.id = id;
        p.label = id == QStringLiteral("root") ? QString() : QStringLiteral("label of ") + id;
        p.parent = parent;
        p.behaviour = b;
        p.position = pos;
        s.processes.append(p);
    };
    auto b = [](BehaviourKind k) {
        Behaviour x;
        x.kind = k;
        return x;
    };
    Behaviour sleep = b(BehaviourKind::Sleep);
    sleep.ms = 1234;
    proc(QStringLiteral("root"), {}, sleep, QPointF(0.1, -2.5e-3));
    proc(QStringLiteral("idle"), QStringLiteral("root"), b(BehaviourKind::Idle), QPointF(1e5, 3));
    Behaviour cpu = b(BehaviourKind::Cpu);
    cpu.ms = 7;
    proc(QStringLiteral("cpu"), QStringLiteral("root"), cpu);
    Behaviour exit = b(BehaviourKind::Exit);
    exit.code = 42;
    exit.afterMs = 99;
    proc(QStringLiteral("exit"), QStringLiteral("root"), exit);
    Behaviour crash = b(BehaviourKind::Crash);
    crash.signal = 6;
    crash.afterMs = 5;
    proc(QStringLiteral("crash"), QStringLiteral("root"), crash);
    Behaviour noWait = b(BehaviourKind::NoWait);
    noWait.ms = 0;
    proc(QStringLiteral("no-wait"), QStringLiteral("root"), noWait);
    Behaviour early = b(BehaviourKind::ExitEarly);
    early.afterMs = 10;
    proc(QStringLiteral("early"), QStringLiteral("no-wait"), early);
    Behaviour produce = b(BehaviourKind::Produce);
    produce.channel = QStringLiteral("buf");
    produce.count = 10'000'000;
    produce.rate = 1000;
    proc(QStringLiteral("prod"), QStringLiteral("root"), produce);
    Behaviour consume = b(BehaviourKind::Consume);
    consume.channel = QStringLiteral("buf");
    consume.holdMs = 3;
    consume.workUs = 250;
    proc(QStringLiteral("cons"), QStringLiteral("root"), consume);
    Behaviour inc = b(BehaviourKind::Increment);
    inc.channel = QStringLiteral("ctr");
    inc.count = 100'000'000;
    proc(QStringLiteral("inc"), QStringLiteral("root"), inc);
    produce.channel = QStringLiteral("mq");
    produce.count = 5;
    proc(QStringLiteral("mq.send"), QStringLiteral("root"), produce);
    consume.channel = QStringLiteral("mq");
    proc(QStringLiteral("mq.recv"), QStringLiteral("root"), consume);
    produce.channel = QStringLiteral("sock");
    proc(QStringLiteral("sock.parent"), QStringLiteral("root"), produce);
    consume.channel = QStringLiteral("sock");
    proc(QStringLiteral("sock.child"), QStringLiteral("sock.parent"), consume);
    produce.channel = QStringLiteral("pipe");
    consume.channel = QStringLiteral("pipe");
    proc(QStringLiteral("pipe.child"), QStringLiteral("pipe.parent"), produce);
    proc(QStringLiteral("pipe.parent"), QStringLiteral("root"), consume);

    auto chan = [&](const QString &id, ChannelKind kind, auto tweak) {
        ChannelSpec c;
        c.id = id;
        c.kind = kind;
        tweak(c);
        s.channels.append(c);
    };
    chan(QStringLiteral("buf"), ChannelKind::ShmBuffer, [](ChannelSpec &c) {
        c.capacity = 65536;
        c.itemSize = 32;
        c.sync = false;
        c.position = QPointF(-10, 20);
        c.label = QStringLiteral("the buffer");
    });
    chan(QStringLiteral("ctr"), ChannelKind::ShmCounter, [](ChannelSpec &) {});
    chan(QStringLiteral("mq"), ChannelKind::Mailbox, [](ChannelSpec &c) {
        // The most a default kernel lets a queue hold (fs.mqueue.msg_max) without
        // CAP_SYS_RESOURCE: the validator checks this machine's limit.
        c.capacity = 10;
        c.itemSize = 8192;
        c.send = SendMode::Sync;
    });
    chan(QStringLiteral("sock"), ChannelKind::SocketPair,
         [](ChannelSpec &c) { c.send = SendMode::Sync; });
    chan(QStringLiteral("pipe"), ChannelKind::Pipe, [](ChannelSpec &c) { c.itemSize = 4096; });
    return s;
}
