// SPDX-License-Identifier: GPL-3.0-or-later
// proclab-cli's --chart and --csv, as a user runs them: a real run drawn to PNG and its
// series written to CSV (matching the run's own summary), a real bench drawn to SVG, and
// nothing but ProcLab's own words on stderr where no desktop session is.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace proclab::test;

class TestCliCharts : public QObject
{
    Q_OBJECT
private slots:
    void runWritesChartAndCsv();
    void benchWritesChart();
    void chartNeedsPngOrSvg();
    void chartQuietWithoutRuntimeDir();
};

void TestCliCharts::runWritesChartAndCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("bb.png"));
    const QString csv = dir.filePath(QStringLiteral("bb.csv"));
    const CliResult r = runCli(
        {QStringLiteral("run"), exampleScenarioPath(QStringLiteral("bounded-buffer")),
         QStringLiteral("--json"), QStringLiteral("--chart"), png, QStringLiteral("--csv"), csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    const QJsonObject channel =
        summary.value(QLatin1String("channels")).toArray().first().toObject();

    // The image: the export size, and more than a background (coloured curve pixels).
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1200, 700));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb c = image.pixel(x, y);
            if (std::max({qRed(c), qGreen(c), qBlue(c)}) -
                    std::min({qRed(c), qGreen(c), qBlue(c)}) >
                24)
                colours.insert(c);
        }
    QVERIFY2(colours.size() > 3, "the chart has no coloured curve");

    // The CSV: its last cumulative count is the summary's consumed count.
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QVERIFY(lines.size() > 2);
    const QList<QByteArray> header = lines.first().split(',');
    const qsizetype column = header.indexOf("consumed:buf");
    QVERIFY2(column > 0, lines.first().constData());
    QCOMPARE(lines.last().split(',').at(column).toLongLong(),
             channel.value(QLatin1String("consumed")).toInteger());
    QCOMPARE(channel.value(QLatin1String("consumed")).toInteger(), 800);
}

void TestCliCharts::benchWritesChart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString svg = dir.filePath(QStringLiteral("cs.svg"));
    const CliResult r =
        runCli({QStringLiteral("bench"), QStringLiteral("ctxswitch"), QStringLiteral("--rounds"),
                QStringLiteral("500"), QStringLiteral("--chart"), svg});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int texts = 0;
    QString allText;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            allText += xml.text();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            ++texts;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts > 0);
    QVERIFY2(allText.contains(QLatin1String("same CPU")), qPrintable(allText.left(400)));
}

void TestCliCharts::chartNeedsPngOrSvg()
{
    const CliResult r =
        runCli({QStringLiteral("run"), exampleScenarioPath(QStringLiteral("zombie")),
                QStringLiteral("--chart"), QStringLiteral("out.jpeg")});
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(".png or .svg"), r.err.constData());
}

// Where cron or CI runs it: no XDG_RUNTIME_DIR, no platform chosen. Nothing but ProcLab's own
// words may reach stderr (no "QStandardPaths: XDG_RUNTIME_DIR not set..."), and nothing it
// made for itself may stay in the temporary folder.
void TestCliCharts::chartQuietWithoutRuntimeDir()
{
    QTemporaryDir dir, tmp;
    QVERIFY(dir.isValid() && tmp.isValid());
    const QString png = dir.filePath(QStringLiteral("zombie.png"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    const CliResult r = runProgram(
        cliPath(),
        {QStringLiteral("run"), QStringLiteral("zombie"), QStringLiteral("--chart"), png}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.err), QString());
    QVERIFY(QFile::exists(png));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

QTEST_GUILESS_MAIN(TestCliCharts)
#include "tst_clicharts.moc"
