// SPDX-License-Identifier: GPL-3.0-or-later
// `cmake --install` as a user runs it: the tree it makes (programs, agent, examples, desktop
// entry, AppStream metadata, icon, man pages, licence), the validators Debian's desktop tools
// run on it, and the INSTALLED proclab-cli running an installed example with the build and
// source trees out of reach (hidden under an empty tmpfs in a mount namespace of its own),
// leaving nothing behind.

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace proclab::test;

namespace {

const QString kAppId = QStringLiteral("io.github.proclab.ProcLab");

using Result = ProgramResult;

enum Whose
{
    Itself,
    Children
};

// The executable that the started program (or one of its children) runs now, if its path ends
// in `suffix`; else empty. Read from /proc, as a user would check it.
QString executableSeen(const QProcess &p, Whose whose, QLatin1String suffix)
{
    const int pid = int(p.processId());
    for (int each : whose == Itself ? QList<int>{pid} : childPids(pid)) {
        const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(each)).symLinkTarget();
        if (exe.endsWith(suffix))
            return exe;
    }
    return {};
}

// Waits for the started program to end; empty if it ended with status 0, else what went wrong
// (waitForFinished() is false for a process that already ended, hence the state check).
QString failureOf(QProcess &p)
{
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(180000))
        return QStringLiteral("the installed proclab-cli did not finish");
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    return QStringLiteral("exit %1: %2")
        .arg(p.exitCode())
        .arg(QString::fromUtf8(p.readAllStandardError()));
}

// A user's shell, English messages.
QProcessEnvironment userEnvironment(const QString &home)
{
    return proclab::test::userEnvironment(QStringLiteral("C.UTF-8"), home);
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void treeHasEveryPart();
    void desktopEntryValidates();
    void metainfoValidates();
    void versionsAgree();
    void installedCliListsTheInstalledExamples();
    void installedCliRunsAnInstalledExample();
    void installedCliDrawsAChart();

private:
    bool startHidden(QProcess &p, const QStringList &args);
    QString path(const QString &relative) const { return m_prefix + QLatin1Char('/') + relative; }
    QTemporaryDir m_dir;
    QString m_prefix;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString build = qEnvironmentVariable("PROCLAB_BUILD_DIR");
    QVERIFY2(QFileInfo(build + QStringLiteral("/CMakeCache.txt")).exists(),
             "PROCLAB_BUILD_DIR is not a configured build folder");
    // Installed under one prefix, then moved: nothing may depend on where it was installed.
    const QString staged = m_dir.filePath(QStringLiteral("staged"));
    const Result r =
        runProgram(qEnvironmentVariable("PROCLAB_CMAKE"),
                   {QStringLiteral("--install"), build, QStringLiteral("--prefix"), staged},
                   QProcessEnvironment::systemEnvironment(), 300000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    m_prefix = m_dir.filePath(QStringLiteral("moved"));
    QVERIFY(QDir().rename(staged, m_prefix));
}

void TestInstall::treeHasEveryPart()
{
    for (const QString &program : {QStringLiteral("bin/proclab"), QStringLiteral("bin/proclab-cli"),
                                   QStringLiteral("libexec/proclab/proclab-agent"),
                                   QStringLiteral("libexec/proclab/proclab-cli-charts")})
        QVERIFY2(QFileInfo(path(program)).isExecutable(), qPrintable(program));
    // The agent is not a user command: not on PATH, not beside the programs.
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("bin/proclab-agent"))));

    const QStringList shipped = QDir(sourcePath(QStringLiteral("resources/scenarios")))
                                    .entryList({QStringLiteral("*.proclab.json")}, QDir::Files);
    QVERIFY(shipped.contains(QStringLiteral("binary-tree.proclab.json")));
    const QStringList installed = QDir(path(QStringLiteral("share/proclab/scenarios")))
                                      .entryList({QStringLiteral("*.proclab.json")}, QDir::Files);
    QCOMPARE(installed, shipped);
    // Lessons ship when the source tree has them, every file of them.
    const QDir lessons(sourcePath(QStringLiteral("resources/lessons")));
    for (QDirIterator it(lessons.path(), QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString relative = lessons.relativeFilePath(it.next());
        QVERIFY2(QFileInfo::exists(path(QStringLiteral("share/proclab/lessons/") + relative)),
                 qPrintable(relative));
    }

    for (const QString &file : QStringList{
             QStringLiteral("share/applications/") + kAppId + QStringLiteral(".desktop"),
             QStringLiteral("share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"),
             QStringLiteral("share/icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg"),
             QStringLiteral("share/man/man1/proclab-cli.1"),
             QStringLiteral("share/man/man1/proclab.1"),
             QStringLiteral("share/doc/proclab/LICENSE")})
        QVERIFY2(QFileInfo(path(file)).size() > 0, qPrintable(file));

    QFile license(path(QStringLiteral("share/doc/proclab/LICENSE")));
    QVERIFY(license.open(QIODevice::ReadOnly));
    QVERIFY(
        license.readAll().contains("GNU GENERAL PUBLIC LICENSE\n                       Version 3"));
    QFile man(path(QStringLiteral("share/man/man1/proclab-cli.1")));
    QVERIFY(man.open(QIODevice::ReadOnly));
    const QByteArray page = man.readAll();
    QVERIFY2(!page.contains('@'), "an @VARIABLE@ left unreplaced in the man page");
    for (const char *command : {"run", "examples", "validate", "bench"})
        QVERIFY2(page.contains(QByteArray(QByteArray(".B proclab-cli ") + command)), command);
}

void TestInstall::desktopEntryValidates()
{
    const QString file =
        path(QStringLiteral("share/applications/") + kAppId + QStringLiteral(".desktop"));
    const Result r = runProgram(QStringLiteral("desktop-file-validate"), {file});
    // desktop-file-validate exits 0 on hints too; anything it prints is a finding.
    QVERIFY2(r.exitCode == 0 && r.out.trimmed().isEmpty(), qPrintable(r.describe()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray entry = f.readAll();
    for (const char *key : {"\nName=", "\nName[ko]=", "\nComment=", "\nComment[ko]=",
                            "\nExec=proclab", "\nIcon=io.github.proclab.ProcLab\n"})
        QVERIFY2(entry.contains(key), key);
}

void TestInstall::metainfoValidates()
{
    const QString file =
        path(QStringLiteral("share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"));
    const Result r = runProgram(QStringLiteral("appstreamcli"),
                                {QStringLiteral("validate"), QStringLiteral("--no-net"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    for (const char *element :
         {"<summary xml:lang=\"ko\">", "<p xml:lang=\"ko\">", "<screenshot type=\"default\">",
          "<content_rating type=\"oars-1.1\"", "<release version=", "<launchable",
          "<project_license>GPL-3.0-or-later</project_license>"})
        QVERIFY2(xml.contains(element), element);
}

void TestInstall::versionsAgree()
{
    const QProcessEnvironment env = userEnvironment(m_dir.path());
    const Result cli =
        runProgram(path(QStringLiteral("bin/proclab-cli")), {QStringLiteral("--version")}, env);
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^proclab-cli (\\d+\\.\\d+\\.\\d+)\\n$"))
            .match(QString::fromUtf8(cli.out));
    QVERIFY2(m.hasMatch(), cli.out.constData());
    const QString version = m.captured(1);
    // The app answers --version with no screen at all (no DISPLAY, no platform forced).
    const Result gui =
        runProgram(path(QStringLiteral("bin/proclab")), {QStringLiteral("--version")}, env);
    QVERIFY2(gui.exitCode == 0, qPrintable(gui.describe()));
    QCOMPARE(QString::fromUtf8(gui.out).trimmed(), QStringLiteral("ProcLab ") + version);
    // The newest release in the metadata is this version.
    QFile f(path(QStringLiteral("share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QRegularExpressionMatch release =
        QRegularExpression(QStringLiteral("<release version=\"([^\"]+)\""))
            .match(QString::fromUtf8(f.readAll()));
    QVERIFY(release.hasMatch());
    QCOMPARE(release.captured(1), version);
}

// Starts the installed proclab-cli with the build and source trees hidden under an empty tmpfs
// each, in a user and mount namespace of its own (so nothing can reach the host's mounts), or
// plainly where namespaces are not allowed. unshare and sh exec: the started process becomes
// proclab-cli.
bool TestInstall::startHidden(QProcess &p, const QStringList &args)
{
    const QString build = QDir(qEnvironmentVariable("PROCLAB_BUILD_DIR")).canonicalPath();
    const QString source = QDir(qEnvironmentVariable("PROCLAB_SOURCE_DIR")).canonicalPath();
    const QStringList hidden{QStringLiteral("--user"),
                             QStringLiteral("--map-root-user"),
                             QStringLiteral("--mount"),
                             QStringLiteral("--propagation"),
                             QStringLiteral("unchanged"),
                             QStringLiteral("sh"),
                             QStringLiteral("-c"),
                             QStringLiteral("mount -t tmpfs none \"$1\" && mount -t tmpfs none "
                                            "\"$2\" && test ! -e \"$1/CMakeCache.txt\" && "
                                            "test ! -e \"$2/CMakeLists.txt\" && shift 2 && "
                                            "exec \"$@\""),
                             QStringLiteral("sh"),
                             build,
                             source};
    p.setProcessEnvironment(userEnvironment(m_dir.path()));
    const bool canHide =
        runProgram(QStringLiteral("unshare"), hidden + QStringList{QStringLiteral("true")})
            .exitCode == 0;
    if (canHide) {
        p.start(QStringLiteral("unshare"),
                hidden + QStringList{path(QStringLiteral("bin/proclab-cli"))} + args);
    } else {
        qWarning("no user namespaces here: the build tree stays visible; checking paths only");
        p.start(path(QStringLiteral("bin/proclab-cli")), args);
    }
    return p.waitForStarted(30000);
}

void TestInstall::installedCliListsTheInstalledExamples()
{
    QProcess p;
    QVERIFY(startHidden(p, {QStringLiteral("examples")}));
    QVERIFY(p.waitForFinished(120000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, err.constData());
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), QDir(path(QStringLiteral("share/proclab/scenarios")))
                               .entryList({QStringLiteral("*.proclab.json")}, QDir::Files)
                               .size());
    QVERIFY(lines.constFirst().startsWith(QLatin1String("binary-tree ")));
}

void TestInstall::installedCliRunsAnInstalledExample()
{
    // By name: the installed program finds the installed example and the installed agent.
    QProcess p;
    QVERIFY(startHidden(
        p, {QStringLiteral("run"), QStringLiteral("binary-tree"), QStringLiteral("--json")}));
    // Its child is the agent: which file is it running?
    QString agentExe;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(agentExe = executableSeen(p, Children, QLatin1String("/proclab-agent"))).isEmpty() ||
            p.state() == QProcess::NotRunning,
        120000);
    const QString failure = failureOf(p);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(agentExe, path(QStringLiteral("libexec/proclab/proclab-agent")));

    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QVERIFY(o.value(QLatin1String("completed")).toBool());
    QVERIFY(o.value(QLatin1String("scenario")).toString().startsWith(QLatin1String("Binary tree")));
    int agent = 0;
    for (const QJsonValue &e : o.value(QLatin1String("events")).toArray())
        if (e[QLatin1String("ev")].toString() == QLatin1String("ready"))
            agent = e[QLatin1String("pid")].toInt();
    QVERIFY(agent > 0);
    // The run reports its processes: eight, each a child of its scenario parent.
    const QJsonArray procs = o.value(QLatin1String("processes")).toArray();
    QCOMPARE(procs.size(), 8);
    QHash<QString, int> pidOf;
    for (const QJsonValue &proc : procs)
        pidOf.insert(proc[QLatin1String("id")].toString(), proc[QLatin1String("pid")].toInt());
    for (const QJsonValue &proc : procs) {
        const QJsonValue parent = proc[QLatin1String("parent")];
        const int expected = parent.isNull() ? agent : pidOf.value(parent.toString(), -1);
        QCOMPARE(proc[QLatin1String("ppid")].toInt(), expected);
    }
    // Nothing left: no process of the run, no shared memory or queue of its agent.
    QTRY_VERIFY_WITH_TIMEOUT(!pidExists(agent), 30000);
    for (int pid : pidOf)
        QTRY_VERIFY_WITH_TIMEOUT(!pidExists(pid), 30000);
    QCOMPARE(agentShmObjects(agent), QStringList());
    if (QFileInfo(QStringLiteral("/dev/mqueue")).isDir())
        QCOMPARE(QDir(QStringLiteral("/dev/mqueue"))
                     .entryList({QStringLiteral("proclab-%1-*").arg(agent)}, QDir::Files),
                 QStringList());
}

// --chart is drawn by the installed libexec/proclab/proclab-cli-charts, which the installed
// proclab-cli hands the command line to (exec: the same pid becomes it).
void TestInstall::installedCliDrawsAChart()
{
    const QString svg = m_dir.filePath(QStringLiteral("tree.svg"));
    QProcess p;
    QVERIFY(startHidden(p, {QStringLiteral("run"), QStringLiteral("binary-tree"),
                            QStringLiteral("--duration"), QStringLiteral("1"),
                            QStringLiteral("--chart"), svg}));
    QString drawnBy;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(drawnBy = executableSeen(p, Itself, QLatin1String("/proclab-cli-charts"))).isEmpty() ||
            p.state() == QProcess::NotRunning,
        120000);
    const QString failure = failureOf(p);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(drawnBy, path(QStringLiteral("libexec/proclab/proclab-cli-charts")));
    QFile chart(svg);
    QVERIFY(chart.open(QIODevice::ReadOnly));
    QVERIFY(chart.readAll().contains("<svg"));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
