// SPDX-License-Identifier: GPL-3.0-or-later
// Chart export: PNG of the requested size that is not blank inside the plot area, SVG
// that parses and holds the series and title, CSV that reads back to the plotted data.

#include "testsupport.h"
#include "widgets/charts/chartexport.h"
#include "widgets/charts/chartview.h"
#include "widgets/charts/livechartspage.h"
#include "widgets/charts/timechart.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>
#include <QXmlStreamReader>

using namespace proclab;
using namespace Qt::StringLiterals;

namespace {

// Distinct chromatic colours: the white background and the grey grid (antialiased into
// several greys) do not count, the coloured curves do.
int distinctColours(const QImage &image, const QRect &area)
{
    QSet<QRgb> colours;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb c = image.pixel(x, y);
            const int hi = std::max({qRed(c), qGreen(c), qBlue(c)});
            const int lo = std::min({qRed(c), qGreen(c), qBlue(c)});
            if (hi - lo > 24)
                colours.insert(c);
        }
    return int(colours.size());
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    LiveChartsPage *m_page = nullptr;

    QString outPath(const QString &name)
    {
        // PROCLAB_KEEP_CHARTS=<dir> keeps the images to look at them.
        const QString keep = qEnvironmentVariable("PROCLAB_KEEP_CHARTS");
        return keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_page = new LiveChartsPage;
        m_page->resize(1200, 800);
        m_page->startRun(test::boundedBufferScenario());
        m_page->setSwitchCostUs(2.5);
        m_page->setWindowS(0);
        for (int i = 0; i < 300; ++i)
            m_page->addSnapshot(test::boundedBufferSnapshot(i));
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        // The page's timer redraws only the charts in sight; these exports take charts
        // scrolled away too, as the command line's exports do after refreshNow().
        m_page->refreshNow();
        TimeChart *throughput = m_page->charts().first();
        QCOMPARE(throughput->series().size(), 2);
        QCOMPARE(static_cast<QXYSeries *>(throughput->series().first())->count(), 300);
        const auto drawn = [](const TimeChart *chart) {
            for (QAbstractSeries *s : chart->series())
                if (static_cast<QXYSeries *>(s)->count() > 0)
                    return true;
            return false;
        };
        for (int c = 0; c < 5; ++c)
            QVERIFY(drawn(m_page->charts().at(c)));
    }
    void cleanupTestCase() { delete m_page; }

    void pngHasRequestedSizeAndIsNotBlank_data()
    {
        QTest::addColumn<int>("chart");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("scale");
        for (int c = 0; c < 5; ++c)
            QTest::addRow("chart%d-900x600@1", c) << c << QSize(900, 600) << 1.0;
        QTest::addRow("throughput-640x400@2") << 0 << QSize(640, 400) << 2.0;
    }
    void pngHasRequestedSizeAndIsNotBlank()
    {
        QFETCH(int, chart);
        QFETCH(QSize, size);
        QFETCH(qreal, scale);
        TimeChart *c = m_page->charts().at(chart);
        const QString path = outPath(u"chart%1-%2.png"_s.arg(chart).arg(scale));
        QString error;
        QVERIFY2(ChartExport::savePng(c, path, size, scale, m_page->caption(), &error),
                 qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), size * scale);
        const QRectF plot = ChartExport::plotAreaInImage(c, size);
        QVERIFY(plot.width() > size.width() / 3 && plot.height() > size.height() / 4);
        const QRect inPixels(QPoint(int(plot.left() * scale) + 2, int(plot.top() * scale) + 2),
                             QPoint(int(plot.right() * scale) - 2, int(plot.bottom() * scale) - 2));
        // At least one antialiased coloured curve. A level line (the switching share of
        // steady rates) is drawn from its two ends and blends into only a few shades.
        QVERIFY2(distinctColours(image, inPixels) > 2,
                 qPrintable(u"%1 colours"_s.arg(distinctColours(image, inPixels))));
        // The on-screen chart is laid out again at its own size afterwards.
        QCOMPARE(c->size().toSize(), m_page->views().at(chart)->viewport()->size());
    }

    void emptyChartPlotAreaIsBlank()
    {
        // The colour count above can fail: a chart with no series has no colour at all.
        TimeChart empty;
        const QImage image = ChartExport::renderImage(&empty, QSize(600, 400), 1.0, {});
        const QRect plot = ChartExport::plotAreaInImage(&empty, QSize(600, 400)).toRect();
        QCOMPARE(distinctColours(image, plot), 0);
    }

    void svgParsesAndHoldsSeries()
    {
        TimeChart *c = m_page->charts().first();
        const QString path = outPath(u"throughput.svg"_s);
        QString error;
        QVERIFY2(ChartExport::saveSvg(c, path, QSize(900, 600), c->title(), u"desc"_s,
                                      m_page->caption(), &error),
                 qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int paths = 0, polylines = 0;
        QString title;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"path")
                ++paths;
            else if (xml.name() == u"polyline")
                ++polylines;
            else if (xml.name() == u"title" && title.isEmpty())
                title = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(title, c->title());
        QVERIFY(paths + polylines >= 2);
    }

    // Suggested file names stay readable in both languages (no "-.svg", no trailing "-").
    void fileNamesReadInBothLanguages()
    {
        QCOMPARE(ChartExport::fileStem(u"Buffer fill (% of capacity)"_s),
                 u"buffer-fill-of-capacity"_s);
        QCOMPARE(ChartExport::fileStem(u"버퍼 채움 (용량 대비 %)"_s), u"버퍼-채움-용량-대비"_s);
        QCOMPARE(ChartExport::fileStem(u"컨텍스트 스위칭 (자발적 실선, 비자발적 점선)"_s),
                 u"컨텍스트-스위칭-자발적-실선-비자발적-점선"_s);
        QCOMPARE(ChartExport::fileStem(u"(%)"_s), u"chart"_s);
    }

    // The SVG names a real family that has Korean glyphs, not a generic "Sans Serif" some
    // renderers draw blank; rsvg-convert (librsvg) draws the Korean title.
    void svgTextNamesAKoreanFont()
    {
        const QString family = ChartExport::fontFamily();
        QVERIFY2(QFontDatabase::writingSystems(family).contains(QFontDatabase::Korean),
                 qPrintable(family));
        TimeChart *c = m_page->charts().first();
        const QString oldTitle = c->title();
        c->setTitle(u"처리량 가나다"_s);
        const QString path = outPath(u"korean.svg"_s);
        QString error;
        const bool saved = ChartExport::saveSvg(c, path, QSize(600, 400), c->title(), {},
                                                m_page->caption(), &error);
        c->setTitle(oldTitle);
        QVERIFY2(saved, qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QVERIFY2(svg.contains(QByteArray(QByteArray("font-family=\"") + family.toUtf8() + '"')),
                 svg.left(2000).constData());
        QVERIFY(!svg.contains("font-family=\"Sans Serif\""));

        const QString rsvg = QStandardPaths::findExecutable(u"rsvg-convert"_s);
        QVERIFY2(!rsvg.isEmpty(), "rsvg-convert is missing (tools/dev installs librsvg2-bin)");
        QProcess p;
        const QString png = outPath(u"korean-rsvg.png"_s);
        p.start(rsvg, {u"-o"_s, png, path});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        // The title band (top 12%) has dark pixels: the Korean title was drawn.
        int dark = 0;
        for (int y = 0; y < image.height() * 12 / 100; ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qGray(image.pixel(x, y)) < 128 && qAlpha(image.pixel(x, y)) > 0)
                    ++dark;
        QVERIFY2(dark > 50, qPrintable(QString::number(dark)));
    }

    void csvReadsBackToThePlottedPoints()
    {
        TimeChart *c = m_page->charts().first();
        const QString path = outPath(u"throughput.csv"_s);
        QString error;
        QVERIFY2(ChartExport::saveCsv([c](QIODevice *d, QString *e) { return c->writeCsv(d, e); },
                                      path, &error),
                 qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), "time_s,items_per_s:buf,mb_per_s:buf");
        QCOMPARE(lines.size(), 301);
        for (int i : {0, 150, 299}) {
            const QList<QByteArray> fields = lines[i + 1].split(',');
            const RunSnapshot s = test::boundedBufferSnapshot(i);
            QCOMPARE(fields[0].toDouble(), s.elapsedMs / 1000.0);
            QCOMPARE(fields[1].toDouble(), s.channels[0].itemsPerS);
            QCOMPARE(fields[2].toDouble(), s.channels[0].bytesPerS / 1e6);
        }
    }

    void bigRatesAreScaledOnScreenOnly()
    {
        // 2 million items/s: the axis shows thousands (labels fit), the CSV the real rate.
        LiveChartsPage page;
        page.startRun(test::boundedBufferScenario());
        for (int i = 0; i < 20; ++i) {
            RunSnapshot s = test::boundedBufferSnapshot(i);
            s.channels[0].itemsPerS = 2e6 + i;
            page.addSnapshot(s);
        }
        TimeChart *c = page.charts().first();
        page.refreshNow(); // the page is not on screen: its timer leaves the charts be
        QVERIFY(!c->series().isEmpty() &&
                static_cast<QXYSeries *>(c->series().first())->count() == 20);
        QCOMPARE(c->leftScale(), 1e3);
        auto *shown = static_cast<QXYSeries *>(c->series().first());
        QCOMPARE(shown->at(5).y(), (2e6 + 5) / 1e3);
        QByteArray csv;
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(c->writeCsv(&buffer, &error), qPrintable(error));
        QCOMPARE(csv.split('\n').at(6).split(',').at(1).toDouble(), 2e6 + 5);
        QCOMPARE(displayScale(9999), 1.0);
        QCOMPARE(displayScale(2.5e7), 1e6);
        QCOMPARE(scaledTitle(u"items/s"_s, 1e3), u"items/s (×1000)"_s);
    }

    void exportFailuresAreReported()
    {
        TimeChart *c = m_page->charts().first();
        QString error;
        QVERIFY(!ChartExport::savePng(c, u"/nonexistent-dir/x.png"_s, QSize(400, 300), 1.0, {},
                                      &error));
        QVERIFY(error.contains(u"/nonexistent-dir/x.png"_s));
        error.clear();
        QVERIFY(!ChartExport::saveSvg(c, u"/nonexistent-dir/x.svg"_s, QSize(400, 300), {}, {}, {},
                                      &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!ChartExport::saveCsv({}, m_dir.filePath(u"none.csv"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.csv"_s)));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
