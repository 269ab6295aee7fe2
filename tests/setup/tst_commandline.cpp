// SPDX-License-Identifier: GPL-3.0-or-later
// The command lines as users expect them, from the build tree with no PROCLAB_* variables
// (the build tree finds its agent and examples the way an install does): `examples`,
// `run NAME`, messages in the locale's language, and the app's --help and --version with
// no screen.

#include "core/scenario/scenarioio.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>

using namespace proclab;
using namespace proclab::test;

namespace {

struct Result
{
    int exitCode = -1;
    QString out, err;
};

// The app remembers its language in the user's settings: tests keep theirs elsewhere.
const QTemporaryDir &home()
{
    static const QTemporaryDir dir;
    return dir;
}

// LANG as given; every other language and ProcLab variable removed, no screen.
Result run(const QString &program, const QStringList &args,
           const QString &lang = QStringLiteral("C.UTF-8"))
{
    const ProgramResult r = runProgram(program, args, userEnvironment(lang, home().path()));
    return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

QString guiPath()
{
    return QFileInfo(cliPath()).absolutePath() + QStringLiteral("/proclab");
}

bool hasHangul(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void examplesListsEveryShippedExample();
    void runTakesAnExampleName();
    void runNamesWhatItCannotFind();
    void cliFollowsTheLocale();
    void appHelpAndVersionNeedNoScreen();
};

void TestCommandLine::examplesListsEveryShippedExample()
{
    const Result r = run(cliPath(), {QStringLiteral("examples")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QDir dir(sourcePath(QStringLiteral("resources/scenarios")));
    QStringList names = dir.entryList({QStringLiteral("*.proclab.json")}, QDir::Files);
    // Listed by name: "bounded-buffer" before "bounded-buffer-cap1".
    for (QString &f : names)
        f.chop(int(strlen(".proclab.json")));
    names.sort();
    QCOMPARE(lines.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        const QString &name = names[i];
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\S+) +(\\S.*)$")).match(lines[i]);
        QVERIFY2(m.hasMatch(), qPrintable(lines[i]));
        QCOMPARE(m.captured(1), name);
        // One line from the description, as the loader reads it: its first sentence.
        const LoadResult loaded =
            loadScenarioFile(dir.filePath(name + QStringLiteral(".proclab.json")));
        QVERIFY(loaded.ok());
        const QString description =
            loaded.scenario->description.text(QStringLiteral("en")).simplified();
        const QString line = m.captured(2);
        QVERIFY2(line.endsWith(QLatin1Char('.')) && description.startsWith(line),
                 qPrintable(lines[i]));
        QVERIFY2(line.size() < description.size() || !description.contains(QLatin1String(". ")),
                 qPrintable(lines[i]));
    }
}

void TestCommandLine::runTakesAnExampleName()
{
    const Result r = run(
        cliPath(), {QStringLiteral("run"), QStringLiteral("fork-chain"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(QLatin1String("completed")).toBool());
    QVERIFY(o.value(QLatin1String("scenario")).toString().startsWith(QLatin1String("Fork chain")));
    // A chain: main -> child -> grandchild -> great-grandchild, each the parent of the next.
    const QJsonArray procs = o.value(QLatin1String("processes")).toArray();
    QCOMPARE(procs.size(), 4);
    QHash<QString, int> pidOf;
    for (const QJsonValue &p : procs)
        pidOf.insert(p[QLatin1String("id")].toString(), p[QLatin1String("pid")].toInt());
    int roots = 0;
    for (const QJsonValue &p : procs) {
        const QJsonValue parent = p[QLatin1String("parent")];
        if (parent.isNull())
            ++roots;
        else
            QCOMPARE(p[QLatin1String("ppid")].toInt(), pidOf.value(parent.toString(), -1));
    }
    QCOMPARE(roots, 1);
    for (int pid : pidOf)
        QTRY_VERIFY_WITH_TIMEOUT(!pidExists(pid), 30000);
}

void TestCommandLine::runNamesWhatItCannotFind()
{
    Result r = run(cliPath(), {QStringLiteral("run"), QStringLiteral("no-such-example")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("no-such-example")), qPrintable(r.err));
    // A name is only ever a name: a path that leaves the examples is a file like any other.
    r = run(cliPath(), {QStringLiteral("run"), QStringLiteral("../scenarios/binary-tree")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("../scenarios/binary-tree")), qPrintable(r.err));
}

void TestCommandLine::cliFollowsTheLocale()
{
    const Result en = run(cliPath(), {QStringLiteral("--help")});
    QCOMPARE(en.exitCode, 0);
    QVERIFY2(en.out.startsWith(QLatin1String("Usage: proclab-cli")), qPrintable(en.out));
    QVERIFY(!hasHangul(en.out));

    const Result ko = run(cliPath(), {QStringLiteral("--help")}, QStringLiteral("ko_KR.UTF-8"));
    QCOMPARE(ko.exitCode, 0);
    QVERIFY2(hasHangul(ko.out), qPrintable(ko.out));
    QVERIFY2(ko.out.contains(QLatin1String("proclab-cli")) &&
                 ko.out.contains(QLatin1String("examples")) &&
                 !ko.out.contains(QLatin1String("Commands:")),
             qPrintable(ko.out));
    // Messages from core (the scenario loader) follow too.
    const Result bad = run(cliPath(), {QStringLiteral("run"), QStringLiteral("no-such-example")},
                           QStringLiteral("ko_KR.UTF-8"));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(hasHangul(bad.err), qPrintable(bad.err));
    // The command's own --help, Qt's option text included.
    const Result examples = run(cliPath(), {QStringLiteral("examples"), QStringLiteral("--help")},
                                QStringLiteral("ko_KR.UTF-8"));
    QCOMPARE(examples.exitCode, 0);
    QVERIFY2(hasHangul(examples.out), qPrintable(examples.out));
}

void TestCommandLine::appHelpAndVersionNeedNoScreen()
{
    const Result version = run(guiPath(), {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.err));
    QVERIFY2(QRegularExpression(QStringLiteral("^ProcLab \\d+\\.\\d+\\.\\d+\\n$"))
                 .match(version.out)
                 .hasMatch(),
             qPrintable(version.out));
    const Result help = run(guiPath(), {QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(help.err));
    for (const char *option : {"--lang", "--run", "--help", "--version"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    QVERIFY(!hasHangul(help.out));
    const Result ko =
        run(guiPath(), {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("ko")});
    QVERIFY2(ko.exitCode == 0, qPrintable(ko.err));
    QVERIFY2(hasHangul(ko.out), qPrintable(ko.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
