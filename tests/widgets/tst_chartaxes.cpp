// SPDX-License-Identifier: GPL-3.0-or-later
// The live charts' axes as a reader sees them: the time axis's labels are whole seconds,
// one per tick, never a leftover of an earlier layout while the axis scrolls; buffer fill
// reads 0–100 %; latency reads in µs or ms, never "µs (×1000)"; dashed and solid series
// look different in the legend too.
#include "core/history/livechartspecs.h"
#include "widgets/charts/chartview.h"
#include "widgets/charts/timechart.h"

#include <QBuffer>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>
#include <cmath>

using namespace proclab;
using namespace Qt::StringLiterals;

namespace {

Scenario oneChannel()
{
    Scenario s;
    s.name = u"axes"_s;
    ProcessSpec p;
    p.id = u"producer"_s;
    s.processes = {p};
    ChannelSpec c;
    c.id = u"buf"_s;
    c.capacity = 8;
    s.channels = {c};
    return s;
}

RunSnapshot snapshotAt(qint64 ms, quint64 fill, double latencyUs)
{
    RunSnapshot snap;
    snap.elapsedMs = ms;
    ChannelSample cs;
    cs.id = u"buf"_s;
    cs.capacity = 8;
    cs.fill = fill;
    cs.itemsPerS = 400;
    cs.consumed = quint64(ms * 4 / 10);
    cs.bytesConsumed = cs.consumed * 64;
    cs.latency.p50 = latencyUs;
    cs.latency.p99 = latencyUs * 3;
    snap.channels = {cs};
    ProcessSample ps;
    ps.node = u"producer"_s;
    ps.pid = 10;
    ps.voluntaryCtxt = ms;
    ps.nonvoluntaryCtxt = ms / 3;
    snap.processes = {ps};
    return snap;
}

// The producer running on CPU 1, steady values.
RunSnapshot runningAt(qint64 ms)
{
    RunSnapshot snap = snapshotAt(ms, 4, 200);
    snap.processes[0].life = ProcessSample::Life::Alive;
    snap.processes[0].cpu = 1;
    return snap;
}

QValueAxis *axisAt(QChart *chart, Qt::Alignment where)
{
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal | Qt::Vertical);
    for (QAbstractAxis *a : axes)
        if (a->alignment() == where && a->isVisible())
            return qobject_cast<QValueAxis *>(a);
    return nullptr;
}

// The texts drawn under the plot area between its left and right ends: the time axis's
// labels as they are on screen (hidden items excluded).
QStringList timeLabelsOnScreen(QChart *chart)
{
    const QRectF plot = chart->mapRectToScene(chart->plotArea());
    const QRectF legend = chart->legend()->sceneBoundingRect();
    QStringList texts;
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->toPlainText().isEmpty())
            continue;
        const QPointF c = text->sceneBoundingRect().center();
        if (legend.contains(c) ||
            text->toPlainText() == chart->axes(Qt::Horizontal).constFirst()->titleText())
            continue;
        if (c.y() > plot.bottom() && c.x() >= plot.left() - 1 && c.x() <= plot.right() + 1)
            texts.append(text->toPlainText());
    }
    return texts;
}

} // namespace

class TestChartAxes : public QObject
{
    Q_OBJECT

private slots:
    void timeLabelsAreWholeTicksWhileScrolling()
    {
        const Scenario s = oneChannel();
        auto *chart = new TimeChart;
        chart->setSpec(LiveChartSpecs::spec(LiveChartSpecs::Kind::Switches, s, {u"buf"_s},
                                            {u"producer"_s}, std::nullopt),
                       s);
        ChartView view(chart);
        view.resize(kChartMinWidth + 40, 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        RunHistory history;
        // 10 samples a second for 100 s, redrawn every half second as the page does (5 Hz
        // there; the axis moves the same way).
        for (qint64 ms = 0; ms <= 100000; ms += 100) {
            history.append(snapshotAt(ms, 4, 100));
            if (ms % 500 != 0)
                continue;
            chart->refresh(history);
            QCoreApplication::processEvents();
            QValueAxis *time = axisAt(chart, Qt::AlignBottom);
            QVERIFY(time);
            const QStringList labels = timeLabelsOnScreen(chart);
            QVERIFY2(labels.size() >= 2, qPrintable(labels.join(u" | ")));
            // Ticks are whole seconds, evenly spaced, each shown once, inside the range.
            QList<double> values;
            for (const QString &l : labels) {
                bool ok = false;
                const double v = l.toDouble(&ok);
                QVERIFY2(ok && v == std::round(v),
                         qPrintable(u"t=%1 ms: label '%2' among %3"_s.arg(ms).arg(
                             l, labels.join(u" | "))));
                QVERIFY2(v >= time->min() - 1e-9 && v <= time->max() + 1e-9,
                         qPrintable(u"t=%1 ms: label %2 outside %3..%4"_s.arg(ms)
                                        .arg(v)
                                        .arg(time->min())
                                        .arg(time->max())));
                QVERIFY2(!values.contains(v), qPrintable(labels.join(u" | ")));
                values.append(v);
            }
            std::sort(values.begin(), values.end());
            for (int i = 2; i < values.size(); ++i)
                QVERIFY2(qFuzzyCompare(values[i] - values[i - 1], values[1] - values[0]),
                         qPrintable(labels.join(u" | ")));
        }
    }

    void fillReadsZeroToHundredPercent()
    {
        const Scenario s = oneChannel();
        TimeChart chart;
        chart.setSpec(
            LiveChartSpecs::spec(LiveChartSpecs::Kind::Fill, s, {u"buf"_s}, {}, std::nullopt), s);
        RunHistory history;
        for (qint64 ms = 0; ms <= 3000; ms += 100)
            history.append(snapshotAt(ms, 8, 100)); // full: 100 %
        chart.refresh(history);
        QValueAxis *left = axisAt(&chart, Qt::AlignLeft);
        QVERIFY(left);
        QCOMPARE(left->min(), 0.0);
        QCOMPARE(left->max(), 100.0);
    }

    void cpuNumbersNameTheirBands()
    {
        // Each CPU is a band around its number with the processes drawn inside it. Its number
        // is written in the band's middle: on the bands' edges, "1" sat between CPU 0 and
        // CPU 1, and "0.5" would name a CPU that does not exist.
        Scenario s = oneChannel();
        auto *chartOwned = new TimeChart;
        TimeChart &chart = *chartOwned;
        ChartView view(chartOwned);
        view.resize(420, 260);
        chart.setSpec(LiveChartSpecs::spec(LiveChartSpecs::Kind::CpuTimeline, s, {},
                                           {u"producer"_s}, std::nullopt),
                      s);
        RunHistory history;
        for (qint64 ms = 0; ms <= 3000; ms += 100) {
            RunSnapshot snap = snapshotAt(ms, 4, 100);
            snap.processes[0].life = ProcessSample::Life::Alive;
            snap.processes[0].cpu = ms < 1500 ? 0 : 1; // moves to CPU 1 half-way
            history.append(snap);
        }
        chart.refresh(history);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QValueAxis *left = axisAt(&chart, Qt::AlignLeft);
        QVERIFY(left);
        QCOMPARE(left->min(), -0.5);
        QCOMPARE(left->max(), 1.5);
        // Ruled off where one band ends and the next begins, not through the numbers.
        QCOMPARE(left->minorTickCount(), 1);
        QVERIFY(left->isMinorGridLineVisible() && !left->isGridLineVisible());
        // The labels left of the plot, each at the height of its band's middle.
        const QRectF plot = chart.mapRectToScene(chart.plotArea());
        QMap<QString, double> labels; // text -> its centre's height in the scene
        for (QGraphicsItem *item : chart.scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && text->sceneBoundingRect().right() < plot.left() &&
                text->toPlainText() != left->titleText())
                labels.insert(text->toPlainText(), text->sceneBoundingRect().center().y());
        }
        QCOMPARE(labels.keys(), (QStringList{u"0"_s, u"1"_s}));
        for (int cpu : {0, 1}) {
            const double middle = chart.mapToScene(chart.mapToPosition(QPointF(1, cpu))).y();
            QVERIFY2(std::abs(labels.value(QString::number(cpu)) - middle) < 3,
                     qPrintable(u"CPU %1 labelled at %2, its band's middle at %3"_s.arg(cpu)
                                    .arg(labels.value(QString::number(cpu)))
                                    .arg(middle)));
        }
        // The line runs inside the band of the CPU it was on.
        const auto *line = qobject_cast<QLineSeries *>(chart.series().constFirst());
        for (const QPointF &p : line->points())
            QCOMPARE(std::lround(p.y()), p.x() < 1.5 ? 0 : 1);
    }

    void latencyReadsInMillisecondsFromAThousandMicroseconds()
    {
        const Scenario s = oneChannel();
        TimeChart chart;
        chart.setSpec(
            LiveChartSpecs::spec(LiveChartSpecs::Kind::Latency, s, {u"buf"_s}, {}, std::nullopt),
            s);
        RunHistory history;
        for (qint64 ms = 0; ms <= 3000; ms += 100)
            history.append(snapshotAt(ms, 4, 200)); // p50 200 µs, p99 600 µs
        chart.refresh(history);
        QValueAxis *left = axisAt(&chart, Qt::AlignLeft);
        QCOMPARE(left->titleText(), u"µs"_s);
        QVERIFY(left->max() >= 600 && left->max() < 1000);
        for (qint64 ms = 3100; ms <= 6000; ms += 100)
            history.append(snapshotAt(ms, 4, 2500)); // p99 7.5 ms
        chart.refresh(history);
        QCOMPARE(left->titleText(), u"ms"_s);
        QVERIFY2(left->max() >= 7.5 && left->max() <= 10, qPrintable(QString::number(left->max())));
        const auto *p99 = qobject_cast<QLineSeries *>(chart.series().at(1));
        QVERIFY(p99);
        QCOMPARE(p99->points().constLast().y(), 7.5);
    }

    void steadyValuesLeaveTheValueAxisAlone_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("latency (nice numbers)") << int(LiveChartSpecs::Kind::Latency);
        QTest::newRow("fill (fixed top)") << int(LiveChartSpecs::Kind::Fill);
        QTest::newRow("CPU (bands)") << int(LiveChartSpecs::Kind::CpuTimeline);
    }

    void steadyValuesLeaveTheValueAxisAlone()
    {
        // Each change of an axis lays out its labels and every line on it again; with a
        // hundred processes plotted, five refreshes a second of an axis that ends where it
        // was made the longest stalls of a 1,000-process run. New samples with the same
        // values must not touch the value axis at all.
        QFETCH(int, kind);
        const Scenario s = oneChannel();
        TimeChart chart;
        chart.setSpec(LiveChartSpecs::spec(LiveChartSpecs::Kind(kind), s, {u"buf"_s},
                                           {u"producer"_s}, std::nullopt),
                      s);
        RunHistory history;
        auto sample = [&history](qint64 ms) { history.append(runningAt(ms)); };
        for (qint64 ms = 0; ms <= 3000; ms += 100)
            sample(ms);
        chart.refresh(history);
        QValueAxis *left = axisAt(&chart, Qt::AlignLeft);
        QVERIFY(left);
        const double max = left->max();
        QVERIFY2(max > 0, qPrintable(QString::number(max)));
        QSignalSpy range(left, &QValueAxis::rangeChanged);
        QSignalSpy format(left, &QValueAxis::labelFormatChanged);
        QSignalSpy ticks(left, &QValueAxis::tickCountChanged);
        for (qint64 ms = 3100; ms <= 4000; ms += 100) {
            sample(ms);
            chart.refresh(history);
        }
        QCOMPARE(left->max(), max);
        QCOMPARE(range.count(), 0);
        QCOMPARE(format.count(), 0);
        QCOMPARE(ticks.count(), 0);
    }

    void movingAxesFindTheLinesEmpty()
    {
        // A range that moves lays out every line on its axis with the points the line
        // has, and the new points then lay it out again: twice the work each time the time
        // axis moves (every second at the end of a run). The lines must be empty whenever
        // an axis moves, and hold their points once the refresh is done.
        const Scenario s = oneChannel();
        TimeChart chart;
        chart.setSpec(LiveChartSpecs::spec(LiveChartSpecs::Kind::Latency, s, {u"buf"_s},
                                           {u"producer"_s}, std::nullopt),
                      s);
        RunHistory history;
        int moves = 0;
        qsizetype pointsWhenMoving = 0;
        auto watch = [&] {
            ++moves;
            for (QAbstractSeries *series : chart.series())
                pointsWhenMoving += static_cast<QLineSeries *>(series)->count();
        };
        connect(axisAt(&chart, Qt::AlignBottom), &QValueAxis::rangeChanged, &chart, watch);
        connect(axisAt(&chart, Qt::AlignLeft), &QValueAxis::rangeChanged, &chart, watch);
        for (qint64 ms = 0; ms <= 6000; ms += 100) {
            // The latency grows, so the value axis moves too.
            history.append(snapshotAt(ms, 4, 100 + double(ms)));
            chart.refresh(history);
        }
        QVERIFY2(moves >= 4, qPrintable(QString::number(moves)));
        QCOMPARE(pointsWhenMoving, 0);
        const auto *p50 = static_cast<QLineSeries *>(chart.series().constFirst());
        QCOMPARE(p50->count(), 61);
    }

    void unchangedLinesAreNotReplaced()
    {
        // A process that stopped running adds no point to its line; laying that line out
        // again at every refresh cost as much as a changing one.
        Scenario s = oneChannel();
        ProcessSpec other;
        other.id = u"consumer"_s;
        s.processes.append(other);
        TimeChart chart;
        chart.setSpec(LiveChartSpecs::spec(LiveChartSpecs::Kind::CpuTimeline, s, {},
                                           {u"producer"_s, u"consumer"_s}, std::nullopt),
                      s);
        RunHistory history;
        auto sample = [&history](qint64 ms) {
            RunSnapshot snap = runningAt(ms);
            ProcessSample consumer = snap.processes[0];
            consumer.node = u"consumer"_s;
            consumer.pid = 11;
            consumer.life = ms < 1000 ? ProcessSample::Life::Alive : ProcessSample::Life::Exited;
            snap.processes.append(consumer);
            history.append(snap);
        };
        for (qint64 ms = 0; ms <= 2100; ms += 100)
            sample(ms);
        chart.refresh(history);
        QCOMPARE(chart.series().size(), 2);
        auto *running = static_cast<QLineSeries *>(chart.series().at(0));
        auto *ended = static_cast<QLineSeries *>(chart.series().at(1));
        // The ended process kept one CPU for its ten samples: a level line, drawn from its ends.
        QCOMPARE(ended->count(), 2);
        QCOMPARE(ended->at(1).x(), 0.9);
        QSignalSpy runningReplaced(running, &QXYSeries::pointsReplaced);
        QSignalSpy endedReplaced(ended, &QXYSeries::pointsReplaced);
        QSignalSpy timeMoved(axisAt(&chart, Qt::AlignBottom), &QValueAxis::rangeChanged);
        for (qint64 ms = 2200; ms <= 2800; ms += 100) {
            sample(ms);
            chart.refresh(history);
        }
        QCOMPARE(timeMoved.count(), 0); // else every line is laid out again anyway
        QCOMPARE(runningReplaced.count(), 7);
        QCOMPARE(endedReplaced.count(), 0);
        QCOMPARE(ended->count(), 2);
    }

    void linesHoldWhatTheWindowShows()
    {
        // 100 s of a steady producer in a 30 s window: its line gets the ends of the level
        // stretch it can show, from just left of the window; the CSV keeps every point the
        // history keeps.
        const Scenario s = oneChannel();
        TimeChart chart;
        chart.setWindowS(30);
        chart.setSpec(
            LiveChartSpecs::spec(LiveChartSpecs::Kind::Throughput, s, {u"buf"_s}, {}, std::nullopt),
            s);
        RunHistory history;
        for (qint64 ms = 0; ms <= 100000; ms += 100)
            history.append(snapshotAt(ms, 4, 200));
        chart.refresh(history);
        const auto *items = qobject_cast<QLineSeries *>(chart.series().constFirst());
        QVERIFY(items);
        const double windowStart = axisAt(&chart, Qt::AlignBottom)->min();
        QVERIFY2(windowStart >= 60 && windowStart <= 70, qPrintable(QString::number(windowStart)));
        QCOMPARE(items->count(), 2);
        QCOMPARE(items->at(0).x(), windowStart - 0.1);
        QCOMPARE(items->at(1).x(), 100.0);
        QCOMPARE(items->at(1).y(), 400.0);

        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(chart.writeCsv(&csv, &error), qPrintable(error));
        const qsizetype kept = history.points({RunHistory::Metric::ItemsPerS, u"buf"_s}).size();
        QVERIFY(kept > 600);
        QCOMPARE(csv.data().count('\n'), 1 + kept); // the header and every kept point
    }

    void manyLinesAreDrawnThin()
    {
        // Two hundred lines 2 px wide are a smear, and each is outlined before it is
        // filled; 1 px lines are drawn directly. A few lines stay 2 px, easy to tell apart.
        auto widths = [](int processes) {
            Scenario s;
            QStringList ids;
            for (int i = 0; i < processes; ++i) {
                ProcessSpec p;
                p.id = u"p%1"_s.arg(i);
                s.processes.append(p);
                ids.append(p.id);
            }
            TimeChart chart;
            chart.setSpec(
                LiveChartSpecs::spec(LiveChartSpecs::Kind::Switches, s, {}, ids, std::nullopt), s);
            QSet<qreal> seen;
            for (QAbstractSeries *series : chart.series())
                seen.insert(static_cast<QLineSeries *>(series)->pen().widthF());
            return seen;
        };
        QCOMPARE(widths(2), QSet<qreal>{2});
        QCOMPARE(widths(12), QSet<qreal>{2}); // 24 lines
        QCOMPARE(widths(13), QSet<qreal>{1}); // 26 lines, and the style keys with them
    }

    void legendTellsSolidFromDashed()
    {
        Scenario s = oneChannel();
        auto *chartOwned = new TimeChart;
        TimeChart &chart = *chartOwned;
        ChartView view(chartOwned); // markers are laid out (and visible) in a shown view
        view.resize(600, 300);      // room for four legend entries
        view.show();
        auto visibleMarkers = [&chart] {
            QStringList labels;
            QList<Qt::PenStyle> styles;
            for (QLegendMarker *m : chart.legend()->markers()) {
                if (!m->isVisible())
                    continue;
                labels.append(m->label());
                styles.append(static_cast<QLineSeries *>(m->series())->pen().style());
            }
            return std::pair{labels, styles};
        };
        chart.setSpec(
            LiveChartSpecs::spec(LiveChartSpecs::Kind::Latency, s, {u"buf"_s}, {}, std::nullopt),
            s);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(chart.legend()->markerShape(), QLegend::MarkerShapeFromSeries);
        // One channel: its two lines, named by what the style means.
        auto [labels, styles] = visibleMarkers();
        QCOMPARE(labels, (QStringList{u"p50"_s, u"p99"_s}));
        QCOMPARE(styles, (QList<Qt::PenStyle>{Qt::SolidLine, Qt::DashLine}));
        // Two channels: each once by its colour, and a grey key for each line style.
        ChannelSpec second = s.channels.constFirst();
        second.id = u"mq"_s;
        s.channels.append(second);
        chart.setSpec(LiveChartSpecs::spec(LiveChartSpecs::Kind::Latency, s, {u"buf"_s, u"mq"_s},
                                           {}, std::nullopt),
                      s);
        QCoreApplication::processEvents();
        std::tie(labels, styles) = visibleMarkers();
        QCOMPARE(labels, (QStringList{u"buf"_s, u"mq"_s, u"p50"_s, u"p99"_s}));
        QCOMPARE(styles,
                 (QList<Qt::PenStyle>{Qt::SolidLine, Qt::SolidLine, Qt::SolidLine, Qt::DashLine}));
        // The data series come first, as the CSV and the exports expect.
        QCOMPARE(static_cast<QLineSeries *>(chart.series().at(1))->pen().style(), Qt::DashLine);
    }

    void manyProcessesKeepALegendThatFits()
    {
        Scenario s = oneChannel();
        QStringList ids;
        for (int i = 0; i < 64; ++i) {
            ProcessSpec p;
            p.id = u"w%1"_s.arg(i);
            s.processes.append(p);
            ids.append(p.id);
        }
        auto *chartOwned = new TimeChart;
        TimeChart &chart = *chartOwned;
        ChartView view(chartOwned); // markers are laid out (and visible) in a shown view
        view.show();
        chart.setSpec(
            LiveChartSpecs::spec(LiveChartSpecs::Kind::Switches, s, {}, ids, std::nullopt), s);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int visible = 0;
        QStringList labels;
        for (QLegendMarker *m : chart.legend()->markers())
            if (m->isVisible()) {
                ++visible;
                labels.append(m->label());
            }
        QVERIFY2(visible <= std::max(2, int(chart.size().width() / 95)),
                 qPrintable(labels.join(u", ")));
        QVERIFY(labels.contains(u"voluntary"_s) && labels.contains(u"involuntary"_s));
    }

    // The orphan example's context switches: a long label ("parent (exits early)") beside the
    // two style keys. At every width the legend shows nothing cut to "...", and where the
    // label does not fit, the process's id (which the diagram's box shows too) names its
    // colour, so the processes after it are not left out.
    void longLabelsGiveWayToIds()
    {
        Scenario s;
        ProcessSpec parent;
        parent.id = u"parent"_s;
        parent.label = LocalizedText(u"parent (exits early)"_s);
        ProcessSpec child;
        child.id = u"child"_s;
        child.parent = parent.id;
        s.processes = {parent, child};
        auto *chartOwned = new TimeChart;
        TimeChart &chart = *chartOwned;
        ChartView view(chartOwned);
        chart.setSpec(LiveChartSpecs::spec(LiveChartSpecs::Kind::Switches, s, {},
                                           {parent.id, child.id}, std::nullopt),
                      s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto shown = [&chart] {
            QStringList labels;
            for (QLegendMarker *m : chart.legend()->markers())
                if (m->isVisible())
                    labels.append(m->label());
            return labels;
        };
        auto cut = [&chart] {
            QStringList out;
            for (QGraphicsItem *item : chart.scene()->items()) {
                const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                if (text && text->isVisible() && text->toPlainText().contains(u"..."_s))
                    out.append(text->toPlainText());
            }
            return out;
        };
        int named = 0;      // processes the legend names at the last width
        bool byIds = false; // some width named both by their ids
        QStringList labels;
        for (int width = 250; width <= 700; width += 15) {
            view.resize(width, 220);
            QTRY_COMPARE(int(chart.size().width()), width);
            QCoreApplication::processEvents();
            const QString at = u" at %1 px: "_s.arg(width);
            QVERIFY2(cut().isEmpty(), qPrintable(at + cut().join(u", ")));
            labels = shown();
            QVERIFY2(labels.contains(u"voluntary"_s) && labels.contains(u"involuntary"_s),
                     qPrintable(at + labels.join(u", ")));
            const int nowNamed = int(labels.size()) - 2;
            QVERIFY2(nowNamed >= named, qPrintable(at + labels.join(u", ")));
            named = nowNamed;
            byIds = byIds || (labels.contains(u"parent"_s) && labels.contains(u"child"_s));
        }
        QVERIFY(byIds);
        QCOMPARE(labels, (QStringList{u"parent (exits early)"_s, u"child"_s, u"voluntary"_s,
                                      u"involuntary"_s}));
    }

    void switchingShareSaysWhatIsMissing()
    {
        const Scenario s = oneChannel();
        TimeChart chart;
        chart.setSpec(LiveChartSpecs::spec(LiveChartSpecs::Kind::SwitchingShare, s, {},
                                           {u"producer"_s}, std::nullopt),
                      s);
        QVERIFY2(chart.notice().contains(u"Measure"_s), qPrintable(chart.notice()));
        chart.setSpec(
            LiveChartSpecs::spec(LiveChartSpecs::Kind::SwitchingShare, s, {}, {u"producer"_s}, 1.5),
            s);
        QCOMPARE(chart.notice(), QString());
        QCOMPARE(chart.series().size(), 1);
    }

    void counterThroughputShowsOnlyWhatIsMeasured()
    {
        // A shared counter moves no bytes: no MB/s line stuck at 0, no right axis for it.
        Scenario s = oneChannel();
        TimeChart chart;
        auto rightAxisShown = [&chart] {
            for (QAbstractAxis *axis : chart.axes(Qt::Vertical))
                if (axis->alignment() == Qt::AlignRight)
                    return axis->isVisible();
            return false;
        };
        auto names = [&chart] {
            QStringList out;
            for (QAbstractSeries *series : chart.series())
                out << series->name();
            return out;
        };
        const auto throughput = [&s] {
            return LiveChartSpecs::spec(LiveChartSpecs::Kind::Throughput, s, {u"buf"_s}, {},
                                        std::nullopt);
        };
        chart.setSpec(throughput(), s); // a buffer moves bytes: both
        QCOMPARE(names(), (QStringList{u"items/s"_s, u"MB/s"_s}));
        QVERIFY(rightAxisShown());
        s.channels[0].kind = ChannelKind::ShmCounter;
        QCOMPARE(throughput().rightAxis, QString());
        chart.setSpec(throughput(), s);
        QCOMPARE(names().filter(u"MB/s"_s), QStringList());
        QCOMPARE(chart.series().size(), 1);
        QVERIFY(!rightAxisShown());
    }

    void scenarioDecidesTheFirstTwoCharts()
    {
        using K = LiveChartSpecs::Kind;
        Scenario s = oneChannel(); // a shared buffer
        QCOMPARE(LiveChartSpecs::order(s).mid(0, 2), (QList<K>{K::Fill, K::Throughput}));
        s.channels[0].kind = ChannelKind::ShmCounter;
        QCOMPARE(LiveChartSpecs::order(s).mid(0, 2), (QList<K>{K::Throughput, K::Switches}));
        s.channels[0].kind = ChannelKind::Mailbox;
        QCOMPARE(LiveChartSpecs::order(s).mid(0, 2), (QList<K>{K::Throughput, K::Latency}));
        s.channels.clear();
        QCOMPARE(LiveChartSpecs::order(s).mid(0, 2), (QList<K>{K::Switches, K::SwitchingShare}));
        QCOMPARE(LiveChartSpecs::order(s).size(), LiveChartSpecs::kKinds);
        // Before the cost of a switch is measured, the share would be a notice, not a chart.
        QCOMPARE(LiveChartSpecs::order(s, false).mid(0, 2),
                 (QList<K>{K::Switches, K::CpuTimeline}));
        QCOMPARE(LiveChartSpecs::order(s, false).size(), LiveChartSpecs::kKinds);
        // The speed-up lab is about which CPU each worker got.
        s.processes[0].behaviour.kind = BehaviourKind::CountPrimes;
        QCOMPARE(LiveChartSpecs::order(s).mid(0, 2), (QList<K>{K::CpuTimeline, K::Switches}));
        QCOMPARE(LiveChartSpecs::order(s).size(), LiveChartSpecs::kKinds);
    }
};

QTEST_MAIN(TestChartAxes)
#include "tst_chartaxes.moc"
