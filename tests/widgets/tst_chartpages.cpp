// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison and overhead pages: bars carry each run's summary numbers, overlays
// one curve per run, the bench result is charted and cached; the whole panel renders in
// English and Korean without cut-off text (images kept with PROCLAB_KEEP_CHARTS=dir).

#include "core/bench/ctxswitchcache.h"
#include "core/history/livechartspecs.h"
#include "testsupport.h"
#include "widgets/charts/chartexport.h"
#include "widgets/charts/chartview.h"
#include "widgets/charts/livechartspage.h"
#include "widgets/charts/overheadpage.h"
#include "widgets/charts/runspage.h"
#include "widgets/charts/timechart.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QJsonDocument>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>

using namespace proclab;
using namespace Qt::StringLiterals;

namespace {

// A finished run of a one-channel scenario with the given capacity and a constant rate.
RunRecord makeRun(int capacity, double itemsPerS, qint64 switchesPerSample)
{
    Scenario s;
    s.name = u"bounded buffer"_s;
    ProcessSpec p;
    p.id = u"producer"_s;
    s.processes = {p};
    ChannelSpec c;
    c.id = u"buf"_s;
    c.capacity = capacity;
    s.channels = {c};
    auto h = std::make_shared<RunHistory>();
    for (int i = 0; i <= 50; ++i) {
        RunSnapshot snap;
        snap.elapsedMs = i * 100;
        ChannelSample cs;
        cs.id = u"buf"_s;
        cs.capacity = quint64(capacity);
        cs.itemsPerS = itemsPerS;
        cs.consumed = quint64(itemsPerS * i / 10);
        cs.bytesConsumed = cs.consumed * 64;
        cs.fill = quint64(capacity / 2);
        snap.channels = {cs};
        ProcessSample ps;
        ps.node = u"producer"_s;
        ps.pid = 10;
        ps.voluntaryCtxt = i * switchesPerSample;
        snap.processes = {ps};
        h->append(snap);
    }
    return RunRecord::fromRun(s, h, QDateTime(QDate(2026, 11, 24), QTime(12, 0)));
}

bool hasHangul(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

// The factor an axis title says its labels are divided by (timechart.cpp, scaledTitle).
double scaleOf(const QString &axisTitle)
{
    if (axisTitle.endsWith(u" (×1000)"_s))
        return 1e3;
    return axisTitle.endsWith(u" (×10⁶)"_s) ? 1e6 : 1.0;
}

CtxSwitchResult benchResult()
{
    QString error;
    return *CtxSwitchResult::fromJson(
        QJsonDocument::fromJson(R"({"rounds":20000,"cpus":2,"baseline_us_per_roundtrip":0.05,
            "same_cpu":{"us_per_roundtrip":3.2,"switches_per_roundtrip":2.0,"us_per_switch":1.6},
            "cross_cpu":{"us_per_roundtrip":9.0,"switches_per_roundtrip":2.0,"us_per_switch":4.5}})")
            .object(),
        &error);
}

} // namespace

class TestChartPages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString keepPath(const QString &name)
    {
        const QString keep = qEnvironmentVariable("PROCLAB_KEEP_CHARTS");
        return keep.isEmpty() ? QString() : QDir(keep).filePath(name);
    }

private slots:
    void barsCarryTheRunSummaries()
    {
        RunsPage page;
        page.addRun(makeRun(1, 1000, 200));
        page.addRun(makeRun(1024, 8000, 20));
        // The label names what differs between the runs.
        QVERIFY2(page.labelOf(0).contains(u"buf.capacity 1"_s), qPrintable(page.labelOf(0)));
        QVERIFY(page.labelOf(1).contains(u"buf.capacity 1024"_s));
        page.setMode(RunsPage::Mode::Bars);
        page.setMeasure(RunsPage::Measure::ItemsPerS);
        auto *bars = qobject_cast<QBarSeries *>(page.barChart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        QCOMPARE(bars->barSets()[0]->at(0), page.runs()[0].channel(u"buf"_s)->itemsPerS);
        QCOMPARE(bars->barSets()[1]->at(0), page.runs()[1].channel(u"buf"_s)->itemsPerS);
        QCOMPARE(page.runs()[1].channel(u"buf"_s)->itemsPerS, 8000.0 * 5 / 5.0);

        page.setMeasure(RunsPage::Measure::SwitchesPerS);
        bars = qobject_cast<QBarSeries *>(page.barChart()->series().first());
        QCOMPARE(bars->barSets()[0]->at(0), 50 * 200 / 5.0);

        page.setChecked(1, false);
        QCOMPARE(qobject_cast<QBarSeries *>(page.barChart()->series().first())->count(), 1);
        page.setChecked(1, true);

        page.setMode(RunsPage::Mode::Overlay);
        page.setMeasure(RunsPage::Measure::ItemsPerS);
        QCOMPARE(page.overlayChart()->series().size(), 2);
        // A level line keeps only its two ends (linePoints): the second run's 8,000 items/s.
        const auto *second = static_cast<QXYSeries *>(page.overlayChart()->series()[1]);
        QVERIFY(second->count() >= 2);
        for (const QPointF &p : second->points())
            QCOMPARE(p.y(), 8000.0);

        if (const QString path = keepPath(u"runs-bars.png"_s); !path.isEmpty()) {
            page.setMode(RunsPage::Mode::Bars);
            QString error;
            QVERIFY(ChartExport::savePng(page.barChart(), path, QSize(700, 450), 1, {}, &error));
        }
    }

    void overheadPageChartsAndCachesTheBench()
    {
        const QString cacheFile = m_dir.filePath(u"cache.json"_s);
        {
            OverheadPage page(nullptr, cacheFile);
            QVERIFY(!page.costPerSwitchUs());
            QSignalSpy spy(&page, &OverheadPage::costChanged);
            page.setResult(benchResult());
            QCOMPARE(spy.size(), 1);
            QCOMPARE(*page.costPerSwitchUs(), 1.6);
            auto *bars = qobject_cast<QBarSeries *>(page.chart()->series().first());
            QCOMPARE(bars->barSets().first()->count(), 2);
            QCOMPARE(bars->barSets().first()->at(1), 4.5);
        }
        // setResult only shows; what the bench measured is cached by the page itself.
        QVERIFY(!CtxSwitchCache(cacheFile).lookup(MachineInfo::current()));
        QString error;
        QVERIFY(CtxSwitchCache(cacheFile).store(MachineInfo::current(), benchResult(), &error));
        OverheadPage again(nullptr, cacheFile);
        QCOMPARE(*again.costPerSwitchUs(), 1.6);
    }

    void unmeasuredShareGivesWayToTheCpuTimeline()
    {
        // A scenario of processes alone opened the switches and, beside them, a chart that
        // only said "not measured yet". Until the cost is measured the CPU timeline takes
        // that place; measured ("Measure"), the share comes forward.
        Scenario s;
        ProcessSpec p;
        p.id = u"parent"_s;
        s.processes = {p};
        LiveChartsPage live;
        live.setSwitchCostUs(std::nullopt);
        live.startRun(s);
        auto firstTwo = [&live] {
            QList<TimeChart *> shown;
            for (ChartView *view : live.viewsInOrder().mid(0, 2))
                shown.append(static_cast<TimeChart *>(view->chart()));
            return shown;
        };
        const QList<TimeChart *> charts = live.charts(); // in LiveChartSpecs::Kind order
        using K = LiveChartSpecs::Kind;
        QCOMPARE(firstTwo(),
                 (QList<TimeChart *>{charts[int(K::Switches)], charts[int(K::CpuTimeline)]}));
        live.setSwitchCostUs(1.6);
        QCOMPARE(firstTwo(),
                 (QList<TimeChart *>{charts[int(K::Switches)], charts[int(K::SwitchingShare)]}));
    }

    void axisTitlesShowWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("kind");
        for (const char *language : {"en", "ko"})
            for (int kind = 0; kind < LiveChartSpecs::kKinds; ++kind)
                QTest::addRow("%s %s", language,
                              qPrintable(LiveChartSpecs::kindName(LiveChartSpecs::Kind(kind))))
                    << QString::fromLatin1(language) << kind;
    }

    void axisTitlesShowWhole()
    {
        // Qt Charts cuts an axis title that does not fit to "..." on its own. A chart of the
        // charts dock at 1280x800 is about 350 x 210: there the CPU chart's whole-number
        // labels (0, 1, 2) left its Korean title "CPU 번호" too little room: "CPU ...".
        QFETCH(QString, language);
        QFETCH(int, kind);
        QTranslator translator;
        if (language == u"ko"_s) {
            QVERIFY(translator.load(qEnvironmentVariable("PROCLAB_KO_QM")));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const auto untranslate =
            qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        Scenario s;
        for (const QString &id : {u"parent"_s, u"child"_s}) {
            ProcessSpec p;
            p.id = id;
            s.processes.append(p);
        }
        ChannelSpec c;
        c.id = u"buf"_s;
        s.channels = {c};
        auto *chart = new TimeChart;
        ChartView view(chart);
        chart->setSpec(LiveChartSpecs::spec(LiveChartSpecs::Kind(kind), s, {u"buf"_s},
                                            {u"parent"_s, u"child"_s}, 1.6),
                       s);
        view.resize(350, 210);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        RunHistory history;
        for (int i = 0; i <= 30; ++i) {
            RunSnapshot snap;
            snap.elapsedMs = i * 100;
            for (int k = 0; k < 2; ++k) {
                ProcessSample ps;
                ps.node = s.processes[k].id;
                ps.pid = 10 + k;
                ps.life = ProcessSample::Life::Alive;
                ps.cpu = k;
                ps.voluntaryCtxt = i * 3;
                ps.utimeMs = i * 20;
                snap.processes.append(ps);
            }
            ChannelSample cs;
            cs.id = u"buf"_s;
            cs.capacity = 8;
            cs.itemsPerS = 400;
            cs.bytesPerS = 400 * 64;
            cs.fill = quint64(i % 9);
            cs.latency = {15, 60};
            snap.channels = {cs};
            history.append(snap);
            // As during a run: the chart redrawn while the samples come, its axes changing.
            chart->refresh(history);
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!chart->series().isEmpty() &&
                                     static_cast<QXYSeries *>(chart->series().first())->count() > 0,
                                 5000);
        QStringList shown;
        for (QGraphicsItem *item : view.scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                shown.append(text->toPlainText());
        for (QAbstractAxis *axis : chart->axes())
            if (axis->isVisible() && !axis->titleText().isEmpty())
                QVERIFY2(shown.contains(axis->titleText()),
                         qPrintable(chart->title() + u": "_s + axis->titleText() + u" shows as "_s +
                                    shown.join(u" | "_s)));
    }

    void panelsRenderInEnglishAndKorean_data() { test::addLanguageRows(); }
    void panelsRenderInEnglishAndKorean()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language == u"ko"_s) {
            // The build's own compiled translation (tests/CMakeLists.txt passes its path).
            const QString qm = qEnvironmentVariable("PROCLAB_KO_QM");
            QVERIFY2(!qm.isEmpty(), "PROCLAB_KO_QM is not set: CTest sets it to the built .qm");
            QVERIFY2(translator.load(qm), qPrintable(u"cannot load "_s + qm));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const auto untranslate =
            qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        LiveChartsPage live;
        Scenario s;
        s.name = u"bounded buffer"_s;
        ProcessSpec p;
        p.id = u"producer"_s;
        s.processes = {p};
        ChannelSpec c;
        c.id = u"buf"_s;
        s.channels = {c};
        live.startRun(s);
        live.setSwitchCostUs(1.6);
        double fastest = 0;
        // Replaying the run's snapshots is what the live page sees during a run.
        for (int i = 0; i <= 50; ++i) {
            RunSnapshot snap;
            snap.elapsedMs = i * 100;
            ChannelSample cs;
            cs.id = u"buf"_s;
            cs.capacity = 8;
            cs.itemsPerS = 5000 + 100 * (i % 7);
            fastest = qMax(fastest, cs.itemsPerS);
            cs.bytesPerS = cs.itemsPerS * 64;
            cs.fill = quint64(i % 9);
            cs.latency = {15, 60};
            snap.channels = {cs};
            ProcessSample ps;
            ps.node = u"producer"_s;
            ps.pid = 10;
            ps.voluntaryCtxt = i * 300;
            ps.nonvoluntaryCtxt = i * 4;
            ps.utimeMs = i * 50;
            snap.processes = {ps};
            live.addSnapshot(snap);
        }
        live.resize(1400, 900);
        live.show();
        QVERIFY(QTest::qWaitForWindowExposed(&live));
        QTRY_COMPARE_WITH_TIMEOUT(
            static_cast<QXYSeries *>(live.charts().first()->series().first())->count(), 51, 5000);
        const QImage shot = live.grab().toImage();
        QCOMPARE(shot.size(), live.size() * shot.devicePixelRatio());
        // What the page made of it, none of it fed in: titles in the language asked for
        // (Hangul exactly when Korean), every text within its box, and a throughput axis
        // scaled by the page to hold the fastest sample.
        const bool korean = language == u"ko"_s;
        QCOMPARE(live.charts().size(), 6);
        for (TimeChart *chart : live.charts()) {
            const QString title = chart->title();
            QVERIFY(!title.isEmpty());
            QVERIFY2(hasHangul(title) == korean, qPrintable(title));
            QVERIFY2(QFontMetricsF(chart->titleFont()).horizontalAdvance(title) <=
                         chart->size().width(),
                     qPrintable(title));
            for (QAbstractAxis *axis : chart->axes()) {
                if (!axis->isVisible() || axis->titleText().isEmpty())
                    continue;
                const qreal room = axis->orientation() == Qt::Horizontal
                                       ? chart->plotArea().width()
                                       : chart->plotArea().height();
                QVERIFY2(QFontMetricsF(axis->titleFont()).horizontalAdvance(axis->titleText()) <=
                             room,
                         qPrintable(title + u": "_s + axis->titleText()));
            }
        }
        const QList<QAbstractAxis *> left =
            live.charts().first()->axes(Qt::Vertical, live.charts().first()->series().first());
        QVERIFY(!left.isEmpty());
        auto *leftAxis = qobject_cast<QValueAxis *>(left.first());
        QVERIFY(leftAxis);
        QVERIFY2(leftAxis->max() >= fastest / scaleOf(leftAxis->titleText()),
                 qPrintable(u"%1: %2"_s.arg(leftAxis->titleText()).arg(leftAxis->max())));
        for (const QLabel *label : live.findChildren<QLabel *>()) {
            if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty())
                QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <=
                             label->contentsRect().width(),
                         qPrintable(label->text()));
        }
        for (const QAbstractButton *button : live.findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || button->text().isEmpty())
                continue;
            const int advance = button->fontMetrics().horizontalAdvance(button->text());
            QVERIFY2(advance <= button->contentsRect().width(), qPrintable(button->text()));
            // An instant-popup button draws its menu arrow in its bottom right corner, inside
            // the text's box (QCommonStyle: from right + 5 - indicator): the centred text must
            // end a couple of pixels before it. Under Xvfb the Korean "1000개 중 100개" lost
            // its last syllable under the arrow.
            const auto *tool = qobject_cast<const QToolButton *>(button);
            if (tool && tool->menu() && tool->popupMode() == QToolButton::InstantPopup) {
                const int width = tool->width();
                const int arrowLeft =
                    width + 4 -
                    tool->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, tool);
                QVERIFY2((width + advance) / 2 + 2 <= arrowLeft,
                         qPrintable(u"%1: text ends at %2, the arrow starts at %3"_s.arg(
                             button->text(), QString::number((width + advance) / 2),
                             QString::number(arrowLeft))));
            }
        }
        if (const QString path = keepPath(u"live-%1.png"_s.arg(language)); !path.isEmpty())
            shot.save(path);
        OverheadPage overhead(nullptr, m_dir.filePath(u"none.json"_s));
        overhead.setResult(benchResult());
        overhead.resize(900, 600);
        if (const QString path = keepPath(u"overhead-%1.png"_s.arg(language)); !path.isEmpty())
            overhead.grab().save(path);
        RunsPage runs;
        runs.addRun(makeRun(1, 1000, 200));
        runs.addRun(makeRun(1024, 8000, 20));
        runs.setMode(RunsPage::Mode::Bars);
        runs.resize(1100, 600);
        if (const QString path = keepPath(u"runs-%1.png"_s.arg(language)); !path.isEmpty())
            runs.grab().save(path);
    }
};

QTEST_MAIN(TestChartPages)
#include "tst_chartpages.moc"
