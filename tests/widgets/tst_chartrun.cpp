// SPDX-License-Identifier: GPL-3.0-or-later
// Charts fed by a REAL run: a small bounded-buffer scenario runs through RunController
// as real processes; the panel's history, run record, CSV and exported chart must agree
// with the run's own summary, and nothing of the run is left behind. Also a real sweep
// over the buffer capacity, and a sweep cancelled in the middle of a run.

#include "core/bench/sweep.h"
#include "core/run/runcontroller.h"
#include "core/run/runsummary.h"
#include "testsupport.h"
#include "widgets/charts/chartexport.h"
#include "widgets/charts/chartspanel.h"
#include "widgets/charts/livechartspage.h"
#include "widgets/charts/runspage.h"
#include "widgets/charts/timechart.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace proclab;
using namespace Qt::StringLiterals;

namespace {

// The bounded-buffer example, shortened: `count` items.
Scenario boundedBuffer(qint64 count)
{
    Scenario s;
    QString error;
    if (!test::loadExample(u"bounded-buffer"_s, &s, &error))
        qFatal("%s", qPrintable(error));
    for (ProcessSpec &p : s.processes)
        if (p.behaviour.kind == BehaviourKind::Produce)
            p.behaviour.count = count;
    return s;
}

QList<QStringList> csvRows(const QByteArray &csv)
{
    QList<QStringList> rows;
    for (const QByteArray &line : csv.trimmed().split('\n'))
        rows.append(QString::fromUtf8(line).split(u','));
    return rows;
}

void checkNothingLeft(int agentPid)
{
    QVERIFY(agentPid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!test::pidExists(agentPid), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(test::agentShmObjects(agentPid).isEmpty(), 10000);
}

} // namespace

class TestChartRun : public QObject
{
    Q_OBJECT
private slots:
    void panelRecordsARealRun()
    {
        RunController run;
        ChartsPanel panel(&run);
        panel.resize(1200, 800);
        QSignalSpy finished(&run, &RunController::finished);
        QSignalSpy failed(&run, &RunController::failed);
        QVERIFY2(run.start(boundedBuffer(300)), qPrintable(run.failureReason()));
        const int agentPid = run.agentPid();
        QVERIFY(finished.wait(60000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), qPrintable(run.failureReason()));
        checkNothingLeft(agentPid);

        const RunSummary summary = RunSummary::fromRun(run);
        QCOMPARE(panel.runsPage()->runs().size(), 1);
        const RunRecord &record = panel.runsPage()->runs().first();
        const RunRecord::ChannelSummary *buf = record.channel(u"buf"_s);
        QVERIFY(buf);
        QCOMPARE(summary.channels.size(), 1);
        QCOMPARE(buf->consumed, summary.channels.first().consumed);
        QCOMPARE(buf->consumed, quint64(300));

        // The CSV behind the charts ends on the same totals as the run's summary.
        auto history = panel.livePage()->history();
        QVERIFY(history->appendedCount() >= 2);
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QString error;
        const QList<RunHistory::Key> keys{{RunHistory::Metric::Consumed, u"buf"_s},
                                          {RunHistory::Metric::VoluntaryTotal, u"consumer"_s},
                                          {RunHistory::Metric::VoluntaryTotal, u"producer"_s}};
        QVERIFY2(history->writeCsv(&csv, keys, &error), qPrintable(error));
        const QList<QStringList> rows = csvRows(csv.data());
        QCOMPARE(rows.first().size(), 4);
        const QStringList last = rows.last();
        QCOMPARE(quint64(last[1].toDouble()), summary.channels.first().consumed);
        for (const RunSummary::Process &p : summary.processes) {
            if (p.id == u"consumer"_s)
                QCOMPARE(qint64(last[2].toDouble()), p.voluntaryCtxt);
            if (p.id == u"producer"_s)
                QCOMPARE(qint64(last[3].toDouble()), p.voluntaryCtxt);
        }
        // The producer is paced (and waits for free slots), so it blocks: voluntary switches.
        QVERIFY2(
            record.process(u"producer"_s)->voluntary > 0,
            qPrintable(u"producer %1 consumer %2"_s.arg(record.process(u"producer"_s)->voluntary)
                           .arg(record.process(u"consumer"_s)->voluntary)));

        // The throughput chart of the real run exports as a non-blank image.
        TimeChart *throughput = panel.livePage()->charts().first();
        panel.livePage()->setWindowS(0);
        panel.livePage()->refreshNow(); // the panel is not on screen: its timer leaves it be
        QVERIFY(!throughput->series().isEmpty() &&
                static_cast<QXYSeries *>(throughput->series().first())->count() >= 2);
        const QImage image =
            ChartExport::renderImage(throughput, QSize(800, 500), 1.0, panel.livePage()->caption());
        QCOMPARE(image.size(), QSize(800, 500));
        QSet<QRgb> colours;
        const QRect plot = ChartExport::plotAreaInImage(throughput, QSize(800, 500)).toRect();
        for (int y = plot.top(); y < plot.bottom(); ++y)
            for (int x = plot.left(); x < plot.right(); ++x) {
                const QRgb c = image.pixel(x, y);
                if (std::max({qRed(c), qGreen(c), qBlue(c)}) -
                        std::min({qRed(c), qGreen(c), qBlue(c)}) >
                    24)
                    colours.insert(c);
            }
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    }

    void sweepOverCapacityRunsEachValue()
    {
        Sweep sweep;
        QSignalSpy done(&sweep, &Sweep::finished);
        QSignalSpy failed(&sweep, &Sweep::failed);
        QSignalSpy points(&sweep, &Sweep::pointFinished);
        QVERIFY(sweep.start(boundedBuffer(100), Sweep::Parameter::Capacity, u"buf"_s, {1, 64}));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(points.size(), 2);
        QCOMPARE(sweep.points()[0].value, 1);
        QCOMPARE(sweep.points()[1].value, 64);
        for (const Sweep::Point &p : sweep.points()) {
            QCOMPARE(p.record.channel(u"buf"_s)->consumed, quint64(100));
            const auto cap =
                std::find_if(p.record.parameters.cbegin(), p.record.parameters.cend(),
                             [](const auto &kv) { return kv.first == u"buf.capacity"_s; });
            QCOMPARE(cap->second, QString::number(p.value));
        }
        QCOMPARE(sweep.agentPids().size(), 2);
        for (int pid : sweep.agentPids())
            checkNothingLeft(pid);
    }

    void sweepOfFastRunsTextbookThenFastRing()
    {
        Sweep sweep;
        QSignalSpy done(&sweep, &Sweep::finished);
        QSignalSpy failed(&sweep, &Sweep::failed);
        Scenario base = boundedBuffer(300);
        for (ProcessSpec &p : base.processes) {
            p.behaviour.rate = 0; // as fast as it goes: the comparison the sweep is for
            p.behaviour.workUs = 0;
        }
        QVERIFY(sweep.start(base, Sweep::Parameter::Fast, u"buf"_s, {0, 1}));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(sweep.points().size(), 2);
        for (const Sweep::Point &p : sweep.points()) {
            const RunRecord::ChannelSummary *buf = p.record.channel(u"buf"_s);
            QVERIFY(buf);
            QCOMPARE(buf->produced, quint64(300));
            QCOMPARE(buf->consumed, quint64(300)); // exactly once either way
            QCOMPARE(buf->lost, quint64(0));
            const auto fast =
                std::find_if(p.record.parameters.cbegin(), p.record.parameters.cend(),
                             [](const auto &kv) { return kv.first == u"buf.fast"_s; });
            QVERIFY(fast != p.record.parameters.cend());
            QCOMPARE(fast->second, p.value ? u"on"_s : u"off"_s);
        }
        for (int pid : sweep.agentPids())
            checkNothingLeft(pid);

        // Only 0 and 1, only a shared-memory buffer, and the fast ring takes one of each.
        QString error;
        QVERIFY(!Sweep::apply(base, Sweep::Parameter::Fast, u"buf"_s, 2, &error));
        QVERIFY2(error.contains(u"0"_s) && error.contains(u"1"_s), qPrintable(error));
        const auto two = Sweep::apply(base, Sweep::Parameter::Producers, u"buf"_s, 2, &error);
        QVERIFY(two);
        QVERIFY(Sweep::apply(*two, Sweep::Parameter::Fast, u"buf"_s, 0, &error));
        QVERIFY(!Sweep::apply(*two, Sweep::Parameter::Fast, u"buf"_s, 1, &error));
        QVERIFY2(error.contains(u"2 producers"_s), qPrintable(error));
        QVERIFY(!sweep.start(*two, Sweep::Parameter::Fast, u"buf"_s, {0, 1}));
    }

    void sweepOfProducersCopiesTheProducer()
    {
        QString error;
        const auto s =
            Sweep::apply(boundedBuffer(10), Sweep::Parameter::Producers, u"buf"_s, 3, &error);
        QVERIFY2(s, qPrintable(error));
        QStringList producers;
        for (const ProcessSpec &p : s->processes)
            if (p.behaviour.kind == BehaviourKind::Produce)
                producers.append(p.id);
        QCOMPARE(producers, (QStringList{u"producer"_s, u"producer_2"_s, u"producer_3"_s}));
        // Back to one: the copies go again.
        const auto one = Sweep::apply(*s, Sweep::Parameter::Producers, u"buf"_s, 1, &error);
        QCOMPARE(one->processes.size(), 3);
        QVERIFY(!Sweep::apply(*s, Sweep::Parameter::Capacity, u"nope"_s, 4, &error));
        QVERIFY(error.contains(u"nope"_s));
        QVERIFY(!Sweep::apply(*s, Sweep::Parameter::Processes, u"main"_s, 2, &error));
    }

    void cancelledSweepStopsTheRunAndLeavesNothing()
    {
        Sweep sweep;
        QSignalSpy cancelled(&sweep, &Sweep::cancelled);
        QSignalSpy progress(&sweep, &Sweep::progress);
        QSignalSpy points(&sweep, &Sweep::pointFinished);
        // 100000 items at 500/s would take minutes: only a cancel ends it early.
        QVERIFY(
            sweep.start(boundedBuffer(100000), Sweep::Parameter::Capacity, u"buf"_s, {4, 8, 16}));
        QCOMPARE(progress.size(), 1);
        QCOMPARE(sweep.agentPids().size(), 1);
        const int agentPid = sweep.agentPids().first();
        // Cancel once the run's processes are really going (its shm objects exist).
        QTRY_VERIFY_WITH_TIMEOUT(!test::agentShmObjects(agentPid).isEmpty(), 20000);
        sweep.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 30000);
        QVERIFY(!sweep.isRunning());
        QCOMPARE(points.size(), 0);
        QCOMPARE(progress.size(), 1); // no further run started
        checkNothingLeft(agentPid);
    }
};

QTEST_MAIN(TestChartRun)
#include "tst_chartrun.moc"
