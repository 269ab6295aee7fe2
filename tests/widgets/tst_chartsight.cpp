// SPDX-License-Identifier: GPL-3.0-or-later
// The live charts redraw what the learner can see: a chart scrolled out of the page waits,
// and is redrawn as soon as it comes into sight (a hidden page waits the same way).
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

Scenario bufferScenario()
{
    Scenario s;
    s.name = u"buffer"_s;
    ProcessSpec root{u"main"_s, u"main"_s, {}, {}, {}};
    ProcessSpec prod{u"producer"_s, u"producer"_s, u"main"_s, {}, {}};
    prod.behaviour.kind = BehaviourKind::Produce;
    prod.behaviour.channel = u"buf"_s;
    s.processes = {root, prod};
    ChannelSpec buf;
    buf.id = u"buf"_s;
    s.channels = {buf};
    return s;
}

// Values that change at every sample, so every line keeps every point.
RunSnapshot snapshot(int i)
{
    RunSnapshot s;
    s.elapsedMs = i * 100;
    ChannelSample c;
    c.id = u"buf"_s;
    c.capacity = 8;
    c.fill = quint64(i % 9);
    c.consumed = quint64(i) * 500;
    c.itemsPerS = 1000 + i;
    c.bytesPerS = c.itemsPerS * 64;
    c.latency = {20.0 + i, 80.0 + i};
    s.channels = {c};
    for (const QString &node : {u"main"_s, u"producer"_s}) {
        ProcessSample p;
        p.node = node;
        p.pid = 100 + int(s.processes.size());
        p.life = ProcessSample::Life::Alive;
        p.cpu = i % 2;
        p.voluntaryCtxt = qint64(i) * i;
        p.nonvoluntaryCtxt = qint64(i) * i / 2;
        p.utimeMs = qint64(i) * i;
        s.processes.append(p);
    }
    return s;
}

int pointsOf(const TimeChart *chart)
{
    int most = 0;
    for (QAbstractSeries *s : chart->series())
        most = std::max(most, int(static_cast<QXYSeries *>(s)->count()));
    return most;
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
        page.startRun(bufferScenario());
        page.setWindowS(0);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QList<ChartView *> placed = page.viewsInOrder();
        QCOMPARE(placed.size(), 6);
        auto chartOf = [](ChartView *view) { return static_cast<TimeChart *>(view->chart()); };
        TimeChart *first = chartOf(placed.first());
        TimeChart *last = chartOf(placed.last());
        auto *scroll = page.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QVERIFY2(placed.last()->mapTo(scroll->viewport(), QPoint()).y() >=
                     scroll->viewport()->height(),
                 "the last chart should start below the page's visible part");

        // Two refresh rounds: by the second, a page that redrew every chart would have
        // redrawn the last one in the first.
        for (int i = 0; i < 20; ++i)
            page.addSnapshot(snapshot(i));
        QTRY_COMPARE_WITH_TIMEOUT(pointsOf(first), 20, 5000);
        for (int i = 20; i < 40; ++i)
            page.addSnapshot(snapshot(i));
        QTRY_COMPARE_WITH_TIMEOUT(pointsOf(first), 40, 5000);
        QCOMPARE(pointsOf(last), 0);

        // Scrolled into sight, it catches up without waiting for new samples.
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTRY_COMPARE_WITH_TIMEOUT(pointsOf(last), 40, 5000);
    }
};

QTEST_MAIN(TestChartSight)
#include "tst_chartsight.moc"
