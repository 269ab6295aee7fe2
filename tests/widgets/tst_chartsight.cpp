// SPDX-License-Identifier: GPL-3.0-or-later
// The live charts redraw what the learner can see: a chart scrolled out of the page waits,
// and is redrawn as soon as it comes into sight (a hidden page waits the same way).
#include "core/history/livechartspecs.h"
#include "testsupport.h"
#include "widgets/charts/chartview.h"
#include "widgets/charts/livechartspage.h"
#include "widgets/charts/timechart.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QXYSeries>

using namespace proclab;
using namespace Qt::StringLiterals;

namespace {

// The time of the newest point any of the chart's lines holds; -1 with no point at all.
double newestTime(const TimeChart *chart)
{
    double newest = -1;
    for (QAbstractSeries *s : chart->series()) {
        const auto *line = static_cast<QXYSeries *>(s);
        if (line->count() > 0)
            newest = std::max(newest, line->at(line->count() - 1).x());
    }
    return newest;
}

} // namespace

class TestChartSight : public QObject
{
    Q_OBJECT
private slots:
    void chartsOutOfSightWaitUntilSeen()
    {
        LiveChartsPage page;
        page.resize(700, 420); // one row of charts in sight; the rest a scroll away
        page.startRun(test::boundedBufferScenario());
        page.setWindowS(0);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QList<ChartView *> placed = page.viewsInOrder();
        QCOMPARE(placed.size(), 6);
        TimeChart *first = static_cast<TimeChart *>(placed.first()->chart());
        const int kind = int(LiveChartSpecs::Kind::Switches);
        TimeChart *switches = page.charts().at(kind);
        auto *scroll = page.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QVERIFY2(page.views().at(kind)->mapTo(scroll->viewport(), QPoint()).y() >=
                     scroll->viewport()->height(),
                 "the context switches should start below the page's visible part");

        // Two refresh rounds: by the second, a page that redrew every chart would have
        // drawn the context switches in the first.
        for (int i = 0; i < 20; ++i)
            page.addSnapshot(test::boundedBufferSnapshot(i));
        QTRY_COMPARE_WITH_TIMEOUT(newestTime(first), 1.9, 5000);
        for (int i = 20; i < 40; ++i)
            page.addSnapshot(test::boundedBufferSnapshot(i));
        QTRY_COMPARE_WITH_TIMEOUT(newestTime(first), 3.9, 5000);
        QCOMPARE(newestTime(switches), -1.0);

        // Scrolled into sight, it catches up without waiting for new samples.
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTRY_COMPARE_WITH_TIMEOUT(newestTime(switches), 3.9, 5000);
    }
};

QTEST_MAIN(TestChartSight)
#include "tst_chartsight.moc"
