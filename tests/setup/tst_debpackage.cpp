// SPDX-License-Identifier: GPL-3.0-or-later
// `cpack -G DEB` as a packager runs it: proclab_<version>_<arch>.deb with the programs, the
// agent, the examples and the desktop files under /usr, and Depends that dpkg-shlibdeps
// computed from the binaries plus the Korean font. Made into a temporary folder, so the build
// tree stays as it was.

#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace proclab::test;

namespace {

using Result = ProgramResult;

} // namespace

class TestDebPackage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fileName();
    void contents();
    void control();

private:
    QString field(const char *name) const;
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_version;
};

void TestDebPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString build = qEnvironmentVariable("PROCLAB_BUILD_DIR");
    const Result r = runProgram(qEnvironmentVariable("PROCLAB_CPACK"),
                                {QStringLiteral("--config"),
                                 build + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-G"),
                                 QStringLiteral("DEB"), QStringLiteral("-B"), m_dir.path()},
                                QProcessEnvironment::systemEnvironment(), 600000);
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = m_dir.filePath(debs.constFirst());
    const Result v = runProgram(qEnvironmentVariable("PROCLAB_CLI"), {QStringLiteral("--version")});
    m_version = QString::fromUtf8(v.out).section(QLatin1Char(' '), 1).trimmed();
    QVERIFY(!m_version.isEmpty());
}

QString TestDebPackage::field(const char *name) const
{
    const Result r = runProgram(QStringLiteral("dpkg-deb"),
                                {QStringLiteral("-f"), m_deb, QString::fromLatin1(name)});
    return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
}

void TestDebPackage::fileName()
{
    const Result arch =
        runProgram(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
    QCOMPARE(arch.exitCode, 0);
    QCOMPARE(
        QFileInfo(m_deb).fileName(),
        QStringLiteral("proclab_%1_%2.deb").arg(m_version, QString::fromUtf8(arch.out).trimmed()));
}

void TestDebPackage::contents()
{
    const Result r = runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList files;
    for (const QByteArray &line : r.out.split('\n')) {
        const QList<QByteArray> cols = line.simplified().split(' ');
        if (cols.size() >= 6)
            files.append(QString::fromUtf8(cols.last()));
    }
    for (const char *expected :
         {"./usr/bin/proclab", "./usr/bin/proclab-cli", "./usr/libexec/proclab/proclab-agent",
          "./usr/libexec/proclab/proclab-cli-charts",
          "./usr/share/proclab/scenarios/binary-tree.proclab.json",
          "./usr/share/applications/io.github.proclab.ProcLab.desktop",
          "./usr/share/metainfo/io.github.proclab.ProcLab.metainfo.xml",
          "./usr/share/icons/hicolor/scalable/apps/io.github.proclab.ProcLab.svg",
          "./usr/share/man/man1/proclab-cli.1", "./usr/share/doc/proclab/LICENSE"})
        QVERIFY2(files.contains(QLatin1String(expected)), expected);
    // Only the package's own tree: nothing from the build machine's paths.
    for (const QString &f : files)
        QVERIFY2(f == QLatin1String("./") || f.startsWith(QLatin1String("./usr/")), qPrintable(f));
    // Every line of the listing says root owns it.
    for (const QByteArray &line : r.out.split('\n'))
        QVERIFY2(line.isEmpty() || line.simplified().split(' ').value(1) == "root/root",
                 line.constData());
}

void TestDebPackage::control()
{
    QCOMPARE(field("Package"), QStringLiteral("proclab"));
    QCOMPARE(field("Version"), m_version);
    const QString depends = field("Depends");
    // Computed from the binaries (dpkg-shlibdeps), not written by hand: the Qt libraries the
    // programs link and the C library, with versions.
    for (const char *package : {"libc6 (>=", "libqt6core6 (>=", "libqt6widgets6 (>=",
                                "libqt6charts6 (>=", "libqt6svg6 (>=", "fonts-noto-cjk"})
        QVERIFY2(depends.contains(QLatin1String(package)),
                 qPrintable(QLatin1String(package) + QStringLiteral(" not in: ") + depends));
    QVERIFY(!field("Description").isEmpty());
    QVERIFY(!field("Maintainer").isEmpty());
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
