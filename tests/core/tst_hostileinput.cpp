// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs that once hung the loader or misled its reader: a long unknown name, a FIFO, a key
// written twice with an escape, control characters quoted raw, limits the kernel has but
// the format did not know, a tree too deep to fork in reasonable time.
#include "core/scenario/mqueuelimits.h"
#include "core/scenario/scenarioerror.h"
#include "core/scenario/scenarioio.h"
#include "core/scenario/scenariolimits.h"
#include "core/scenario/scenariovalidator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace proclab;

namespace {

QString describe(const QList<ScenarioError> &errors)
{
    QStringList lines;
    for (const ScenarioError &e : errors)
        lines.append(e.toString());
    return lines.join(u'\n');
}

QByteArray twoProcesses(const QByteArray &parentOfSecond)
{
    return R"({"format": "proclab-scenario", "version": 1, "name": "x", "processes": [
        {"id": "root", "parent": null, "behaviour": {"kind": "idle"}},
        {"id": "kid", "parent": ")" +
           parentOfSecond + R"(", "behaviour": {"kind": "idle"}}]})";
}

Scenario chain(int length)
{
    Scenario s;
    s.settings.maxProcesses = 4096;
    for (int i = 0; i < length; ++i) {
        ProcessSpec p;
        p.id = QStringLiteral("c%1").arg(i);
        p.parent = i == 0 ? QString() : QStringLiteral("c%1").arg(i - 1);
        s.processes.append(p);
    }
    return s;
}

Scenario mailbox(int capacity, int itemSize)
{
    Scenario s;
    ProcessSpec root, kid;
    root.id = QStringLiteral("root");
    root.behaviour.kind = BehaviourKind::Produce;
    root.behaviour.channel = QStringLiteral("box");
    root.behaviour.count = 10;
    kid.id = QStringLiteral("kid");
    kid.parent = root.id;
    kid.behaviour.kind = BehaviourKind::Consume;
    kid.behaviour.channel = QStringLiteral("box");
    ChannelSpec box;
    box.id = QStringLiteral("box");
    box.kind = ChannelKind::Mailbox;
    box.capacity = capacity;
    box.itemSize = itemSize;
    s.processes = {root, kid};
    s.channels = {box};
    return s;
}

QList<ScenarioError> validateWith(const Scenario &s, const MqueueLimits &limits)
{
    ScenarioErrorList errors(QStringLiteral("x.json"));
    ScenarioValidator v(s, &errors);
    v.setMqueueLimits(limits);
    v.run();
    return errors.errors();
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void longUnknownParentIsRefusedBeforeSuggesting();
    void longKeyIsNotEchoed();
    void duplicateKeyThroughEscape();
    void controlCharactersAreEscaped();
    void fifoIsRefusedWithoutBlocking();
    void mailboxAgainstThisMachine();
    void mailboxLimitsNamed();
    void deepChainIsRefused();
    void fuzzRegressions();
};

void TestHostileInput::longUnknownParentIsRefusedBeforeSuggesting()
{
    // A megabyte of parent id once made "did you mean" take minutes. It is refused by its
    // length in one pass, at its place, with no suggestion.
    const QByteArray parent(1024 * 1024, 'r');
    const LoadResult r = parseScenario(twoProcesses(parent), QStringLiteral("long.json"));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().path, QStringLiteral("$.processes[1].parent"));
    QVERIFY2(
        r.errors.first().message.contains(QStringLiteral("%1 characters long").arg(parent.size())),
        qPrintable(describe(r.errors)));
    QVERIFY(!r.errors.first().message.contains(QStringLiteral("did you mean")));
    // Just below the text limit it is an unknown parent, still without a suggestion (no
    // id is that long) and quoted shortened.
    const QByteArray shorter(kMaxTextChars, 'r');
    const LoadResult s = parseScenario(twoProcesses(shorter), QStringLiteral("long.json"));
    QVERIFY(!s.ok());
    for (const ScenarioError &e : s.errors) {
        QVERIFY(!e.message.contains(QStringLiteral("did you mean")));
        QVERIFY2(e.toString().size() < 400, qPrintable(e.toString()));
    }
    // A real typo still gets its suggestion.
    const LoadResult typo = parseScenario(twoProcesses("roto"), QStringLiteral("typo.json"));
    QVERIFY2(describe(typo.errors).contains(QStringLiteral("did you mean \"root\"")),
             qPrintable(describe(typo.errors)));
}

void TestHostileInput::longKeyIsNotEchoed()
{
    const QByteArray key(3 * 1024 * 1024, 'k');
    const QByteArray json =
        R"({"format": "proclab-scenario", "version": 1, "name": "x", ")" + key + R"(": 1})";
    const LoadResult r = parseScenario(json, QStringLiteral("key.json"));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().message.contains(
                 QStringLiteral("field name %1 characters long").arg(key.size())),
             qPrintable(r.errors.first().message));
    QVERIFY2(r.errors.first().toString().size() < 300, "the key was echoed");
}

void TestHostileInput::duplicateKeyThroughEscape()
{
    // "na\u006de" is "name": QJsonDocument keeps the last of the two silently.
    const QByteArray json = R"({"format": "proclab-scenario", "version": 1, "name": "first",
        "na\u006de": "second", "processes": [
        {"id": "root", "parent": null, "behaviour": {"kind": "idle"}}]})";
    const LoadResult r = parseScenario(json, QStringLiteral("dup.json"));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().path, QStringLiteral("$.name"));
    QVERIFY2(r.errors.first().message.contains(QStringLiteral("more than once")),
             qPrintable(r.errors.first().message));
}

void TestHostileInput::controlCharactersAreEscaped()
{
    // An id with a line break could print a forged "valid" line under the real one.
    const QByteArray forged = "a\\nx.json: valid (1 processes, 0 channels)\\u202e";
    const LoadResult r = parseScenario(twoProcesses(forged), QStringLiteral("x.json"));
    QVERIFY(!r.ok());
    for (const ScenarioError &e : r.errors) {
        const QString line = e.toString();
        QVERIFY2(!line.contains(u'\n') && !line.contains(QChar(0x202e)), qPrintable(line));
    }
    QVERIFY2(describe(r.errors).contains(QStringLiteral("a\\nx.json")),
             qPrintable(describe(r.errors)));
    QCOMPARE(quoteContent(QStringLiteral("bell\a")), QStringLiteral("bell\\u0007"));
    QCOMPARE(quoteContent(QString(100, u'z')).size(), kMaxQuotedChars);
    QVERIFY(quoteContent(QString(100, u'z')).endsWith(QStringLiteral("…")));
}

void TestHostileInput::fifoIsRefusedWithoutBlocking()
{
    // open() of a FIFO blocks until a writer comes; nobody comes here.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.proclab.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const LoadResult r = loadScenarioFile(fifo);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().file, fifo);
    QVERIFY2(r.errors.first().message.contains(QStringLiteral("not a regular file")),
             qPrintable(r.errors.first().message));
    const LoadResult devNull = loadScenarioFile(QStringLiteral("/dev/null"));
    QVERIFY(devNull.errors.first().message.contains(QStringLiteral("not a regular file")));
}

void TestHostileInput::mailboxAgainstThisMachine()
{
    // The limits are this machine's, read independently here.
    const auto read = [](const char *path) {
        QFile f(QString::fromLatin1(path));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : -1;
    };
    const MqueueLimits &l = MqueueLimits::ofThisMachine();
    QCOMPARE(l.msgMax, read("/proc/sys/fs/mqueue/msg_max"));
    QCOMPARE(l.msgsizeMax, read("/proc/sys/fs/mqueue/msgsize_max"));
    if (l.mayExceed || l.msgMax >= 256)
        QSKIP("this process may exceed msg_max (CAP_SYS_RESOURCE) or msg_max >= 256");
    const QList<ScenarioError> errors = validateScenario(mailbox(int(l.msgMax) + 1, 64));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QStringLiteral("$.channels[0].capacity"));
}

void TestHostileInput::mailboxLimitsNamed()
{
    // A default kernel without CAP_SYS_RESOURCE: 10 messages of at most 8192 bytes.
    MqueueLimits strict;
    strict.msgMax = 10;
    strict.msgsizeMax = 8192;
    QVERIFY(validateWith(mailbox(10, 8192), strict).isEmpty());
    const QList<ScenarioError> errors = validateWith(mailbox(11, 64), strict);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QStringLiteral("$.channels[0].capacity"));
    QVERIFY2(errors.first().message.contains(QStringLiteral("/proc/sys/fs/mqueue/msg_max is 10")),
             qPrintable(errors.first().message));
    QVERIFY(errors.first().message.contains(QStringLiteral("sysctl fs.mqueue.msg_max=11")));
    strict.msgsizeMax = 4096;
    const QList<ScenarioError> size = validateWith(mailbox(8, 8192), strict);
    QCOMPARE(size.size(), 1);
    QCOMPARE(size.first().path, QStringLiteral("$.channels[0].item_size"));
    QVERIFY(size.first().message.contains(QStringLiteral("msgsize_max is 4096")));
    strict.mayExceed = true; // CAP_SYS_RESOURCE: the kernel lets it through
    QVERIFY(validateWith(mailbox(200, 8192), strict).isEmpty());
}

void TestHostileInput::deepChainIsRefused()
{
    QVERIFY2(validateScenario(chain(int(kMaxTreeDepth))).isEmpty(),
             qPrintable(describe(validateScenario(chain(int(kMaxTreeDepth))))));
    const QList<ScenarioError> errors = validateScenario(chain(4096));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.contains(QStringLiteral("4096 generations deep")),
             qPrintable(errors.first().message));
    QCOMPARE(errors.first().path, QStringLiteral("$.processes[4095].parent"));
}

void TestHostileInput::fuzzRegressions()
{
    // Every input the fuzzer (or a person) found misleading stays here: loaded, it must be
    // refused or accepted with the fuzz target's invariants.
    const QDir dir(qEnvironmentVariable("PROCLAB_SOURCE_DIR") +
                   QStringLiteral("/tests/fuzz/regressions/scenario"));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        const LoadResult r = loadScenarioFile(dir.filePath(name));
        QVERIFY2(r.ok() == r.scenario.has_value(), qPrintable(name));
        for (const ScenarioError &e : r.errors) {
            const QString line = e.toString();
            QVERIFY2(!e.message.isEmpty(), qPrintable(name));
            QVERIFY2(!line.contains(u'\n') && line.size() <= 1000, qPrintable(name + u' ' + line));
        }
        if (r.ok()) {
            const LoadResult again = parseScenario(scenarioToJson(*r.scenario), name);
            QVERIFY2(again.ok() && *again.scenario == *r.scenario, qPrintable(name));
        }
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
