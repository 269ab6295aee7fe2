// SPDX-License-Identifier: GPL-3.0-or-later
// RunHistory: bounded memory over an hour of samples, summaries that stay true to the
// input after decimation, rates from counter differences, CSV that reads back.

#include "core/bench/ctxswitchcache.h"
#include "core/bench/machineinfo.h"
#include "core/history/runhistory.h"
#include "core/history/runrecord.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace proclab;
using namespace Qt::StringLiterals;
using Metric = RunHistory::Metric;

namespace {

// A snapshot at t ms with one channel and two processes whose counters grow linearly,
// plus a sawtooth fill so min/max/mean are known in closed form.
RunSnapshot makeSnapshot(qint64 i, qint64 periodMs)
{
    RunSnapshot s;
    s.elapsedMs = i * periodMs;
    ChannelSample c;
    c.id = u"buf"_s;
    c.capacity = 100;
    c.fill = quint64(i % 101);
    c.consumed = quint64(i * 7);
    c.bytesConsumed = c.consumed * 64;
    c.itemsPerS = 7.0 * 1000 / double(periodMs);
    c.bytesPerS = c.itemsPerS * 64;
    c.latency = {double(10 + i % 5), double(100 + i % 50)};
    s.channels.append(c);
    for (int p = 0; p < 2; ++p) {
        ProcessSample ps;
        ps.node = p == 0 ? u"producer"_s : u"consumer"_s;
        ps.pid = 1000 + p;
        ps.life = ProcessSample::Life::Alive;
        ps.voluntaryCtxt = i * (p + 1) * 3; // 3 or 6 per sample
        ps.nonvoluntaryCtxt = i;            // 1 per sample
        ps.utimeMs = i * periodMs / 2;      // half a CPU
        s.processes.append(ps);
    }
    return s;
}

QList<QStringList> readCsv(const QByteArray &csv)
{
    QList<QStringList> rows;
    for (const QByteArray &line : csv.split('\n'))
        if (!line.isEmpty())
            rows.append(QString::fromUtf8(line).split(u','));
    return rows;
}

} // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT
private slots:
    void staysWithinBudgetForAnHourAt10Hz()
    {
        RunHistory h(600, 400);
        const qint64 n = 36000; // one hour at 10 Hz
        for (qint64 i = 0; i < n; ++i) {
            h.append(makeSnapshot(i, 100));
            QVERIFY(h.frameCount() <= 600);
            QVERIFY(h.bucketCount() <= 400);
        }
        QCOMPARE(h.appendedCount(), n);
        for (const RunHistory::Key &k : h.keys())
            QVERIFY2(h.points(k).size() <= h.pointBudget(), qPrintable(k.id));
        // The kept points still span the whole hour, oldest first.
        const auto pts = h.points({Metric::Fill, u"buf"_s});
        QVERIFY(pts.size() > 600);
        QVERIFY(pts.first().tS < 60.0);
        QCOMPARE(pts.last().tS, (n - 1) / 10.0);
        for (int i = 1; i < pts.size(); ++i)
            QVERIFY(pts[i].tS > pts[i - 1].tS);
    }

    void decimationKeepsEnvelopeAndMean()
    {
        RunHistory h(50, 20);
        const qint64 n = 5050; // 50 full sawtooth periods of 0..100
        for (qint64 i = 0; i < n; ++i)
            h.append(makeSnapshot(i, 100));
        const RunHistory::Key fill{Metric::Fill, u"buf"_s};
        const auto st = h.stats(fill);
        QCOMPARE(st.count, n);
        QCOMPARE(st.min, 0.0);
        QCOMPARE(st.max, 100.0);
        QCOMPARE(st.mean, 50.0);
        // The buckets' envelopes still reach the true extremes after summarising, and
        // every drawn mean lies inside its own envelope.
        double lo = 1e9, hi = -1e9;
        for (const auto &p : h.points(fill)) {
            lo = std::min(lo, p.min);
            hi = std::max(hi, p.max);
            QVERIFY(p.min <= p.value && p.value <= p.max);
        }
        QCOMPARE(lo, 0.0);
        QCOMPARE(hi, 100.0);
    }

    void ratesComeFromCounterDifferences()
    {
        RunHistory h;
        for (qint64 i = 0; i < 20; ++i)
            h.append(makeSnapshot(i, 100));
        // The first sample has no rate; afterwards 3 switches per 0.1 s = 30/s.
        const auto vol = h.points({Metric::VoluntaryPerS, u"producer"_s});
        QCOMPARE(vol.size(), 19);
        for (const auto &p : vol)
            QCOMPARE(p.value, 30.0);
        QCOMPARE(h.stats({Metric::VoluntaryPerS, u"consumer"_s}).mean, 60.0);
        QCOMPARE(h.stats({Metric::InvoluntaryPerS, u"consumer"_s}).mean, 10.0);
        QCOMPARE(h.stats({Metric::CpuMsPerS, u"producer"_s}).mean, 500.0);
        QCOMPARE(h.stats({Metric::FillPercent, u"buf"_s}).last, 19.0);
    }

    void restartedProcessGetsNoFakeRate()
    {
        RunHistory h;
        RunSnapshot a = makeSnapshot(10, 100);
        RunSnapshot b = makeSnapshot(11, 100);
        b.processes[0].pid = 4242; // same node, a new process: counters restart
        b.processes[0].voluntaryCtxt = 1;
        h.append(a);
        h.append(b);
        QVERIFY(h.points({Metric::VoluntaryPerS, u"producer"_s}).isEmpty());
        QCOMPARE(h.points({Metric::VoluntaryPerS, u"consumer"_s}).size(), 1);
    }

    void processesInAnotherOrderKeepTheirSeries()
    {
        // Series are remembered per position in the snapshot: a process that turns up at
        // another position must still be counted under its own name.
        RunHistory h;
        RunSnapshot a = makeSnapshot(10, 100);
        RunSnapshot b = makeSnapshot(11, 100);
        std::swap(b.processes[0], b.processes[1]);
        h.append(a);
        h.append(b);
        QCOMPARE(h.stats({Metric::VoluntaryTotal, u"producer"_s}).last, 33.0);
        QCOMPARE(h.stats({Metric::VoluntaryTotal, u"consumer"_s}).last, 66.0);
        QCOMPARE(h.stats({Metric::VoluntaryPerS, u"consumer"_s}).last, 60.0);
        QCOMPARE(h.keys().size(), 7 + 2 * 6); // 7 channel and 6 per process series
    }

    void keysFollowFirstAppearance()
    {
        // A process that starts late gets series with no values before it appeared, listed
        // after everything seen earlier; an id shared by a channel and a process keeps the
        // two kinds of series apart.
        RunHistory h;
        h.append(makeSnapshot(0, 100));
        RunSnapshot late = makeSnapshot(1, 100);
        ProcessSample buf = late.processes.at(0);
        buf.node = u"buf"_s; // the channel's id
        buf.voluntaryCtxt = 5;
        late.processes.append(buf);
        h.append(late);

        const QList<RunHistory::Key> keys = h.keys();
        QCOMPARE(keys.size(), 7 + 3 * 6);
        QCOMPARE(keys.first(), (RunHistory::Key{Metric::ItemsPerS, u"buf"_s}));
        QCOMPARE(keys.at(7), (RunHistory::Key{Metric::VoluntaryPerS, u"producer"_s}));
        QCOMPARE(keys.at(7 + 2 * 6), (RunHistory::Key{Metric::VoluntaryPerS, u"buf"_s}));
        QCOMPARE(keys.last(), (RunHistory::Key{Metric::Cpu, u"buf"_s}));
        for (const RunHistory::Key &k : keys)
            QVERIFY2(h.contains(k), qPrintable(RunHistory::metricColumnName(k.metric) + k.id));
        QVERIFY(!h.contains({Metric::VoluntaryTotal, u"nobody"_s}));

        const auto total = h.points({Metric::VoluntaryTotal, u"buf"_s});
        QCOMPARE(total.size(), 1);
        QCOMPARE(total.first().tS, 0.1);
        QCOMPARE(total.first().value, 5.0);
        QCOMPARE(h.points({Metric::Fill, u"buf"_s}).size(), 2);
    }

    void csvReadsBackToTheRunSummary()
    {
        auto h = std::make_shared<RunHistory>(100, 30);
        for (qint64 i = 0; i < 1000; ++i)
            h->append(makeSnapshot(i, 100));
        Scenario sc;
        sc.name = u"csv"_s;
        const RunRecord rec = RunRecord::fromRun(sc, h);
        const QList<RunHistory::Key> keys{{Metric::Consumed, u"buf"_s},
                                          {Metric::VoluntaryTotal, u"producer"_s},
                                          {Metric::InvoluntaryTotal, u"consumer"_s},
                                          {Metric::ItemsPerS, u"buf"_s}};
        QBuffer buf;
        QVERIFY(buf.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(h->writeCsv(&buf, keys, &error), qPrintable(error));
        const auto rows = readCsv(buf.data());
        QCOMPARE(rows.first(),
                 (QStringList{u"time_s"_s, u"consumed:buf"_s, u"voluntary_switches:producer"_s,
                              u"involuntary_switches:consumer"_s, u"items_per_s:buf"_s}));
        QCOMPARE(rows.size(), 1 + h->bucketCount() + h->frameCount());
        const QStringList last = rows.last();
        // The last of the 1000 samples (i = 999, every 100 ms), in closed form from
        // makeSnapshot(), and the same as the run summary.
        QCOMPARE(last[0].toDouble(), 99.9);
        QCOMPARE(quint64(last[1].toDouble()), quint64(999 * 7));
        QCOMPARE(qint64(last[2].toDouble()), qint64(999 * 3));
        QCOMPARE(qint64(last[3].toDouble()), qint64(999));
        QCOMPARE(last[0].toDouble(), rec.durationS);
        QCOMPARE(quint64(last[1].toDouble()), rec.channel(u"buf"_s)->consumed);
        QCOMPARE(qint64(last[2].toDouble()), rec.process(u"producer"_s)->voluntary);
        QCOMPARE(qint64(last[3].toDouble()), rec.process(u"consumer"_s)->involuntary);
        QCOMPARE(last[4].toDouble(), 70.0);
        QCOMPARE(rec.channel(u"buf"_s)->itemsPerS, 999 * 7 / 99.9);
    }

    void csvWriteFailureIsReported()
    {
        RunHistory h;
        h.append(makeSnapshot(1, 100));
        QBuffer closed;
        QString error;
        QVERIFY(!h.writeCsv(&closed, {{Metric::Fill, u"buf"_s}}, &error));
        QVERIFY(!error.isEmpty());
    }

    void machineInfoReadsThisMachine()
    {
        const MachineInfo m = MachineInfo::current();
        QVERIFY(m.cpus >= 1);
        QVERIFY(!m.kernel.isEmpty());
        QVERIFY(m.caption().contains(m.kernel));
        QCOMPARE(MachineInfo::cpuModelFromCpuinfo("processor\t: 0\nmodel name\t: Test  CPU @ "
                                                  "2GHz\nflags: x\n"),
                 u"Test CPU @ 2GHz"_s);
    }

    void ctxSwitchCacheRoundTripsPerMachine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/cache.json"_s);
        CtxSwitchCache cache(path);
        const QByteArray agentJson =
            R"({"rounds":1000,"cpus":2,"baseline_us_per_roundtrip":0.5,
                "same_cpu":{"us_per_roundtrip":4.0,"switches_per_roundtrip":2.0,"us_per_switch":1.75},
                "cross_cpu":null})";
        QString error;
        auto r = CtxSwitchResult::fromJson(QJsonDocument::fromJson(agentJson).object(), &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(!r->crossCpu);
        MachineInfo a{u"A"_s, 2, u"6.1"_s};
        MachineInfo b{u"B"_s, 2, u"6.1"_s};
        QVERIFY(!cache.lookup(a));
        QVERIFY2(cache.store(a, *r, &error), qPrintable(error));
        const auto back = cache.lookup(a);
        QVERIFY(back);
        QCOMPARE(back->sameCpu.usPerSwitch, 1.75);
        // The agent writes null when a switch cost could not be measured.
        auto unmeasurable = CtxSwitchResult::fromJson(
            QJsonDocument::fromJson(R"({"rounds":10,"cpus":1,"baseline_us_per_roundtrip":5,
                "same_cpu":{"us_per_roundtrip":4,"switches_per_roundtrip":0,"us_per_switch":null},
                "cross_cpu":null})")
                .object(),
            &error);
        QVERIFY2(unmeasurable, qPrintable(error));
        QVERIFY(!unmeasurable->sameCpu.usPerSwitch);
        QCOMPARE(back->rounds, 1000);
        QVERIFY(back->measuredAt.isValid());
        QVERIFY(!cache.lookup(b)); // another machine's cost is never reused
        QVERIFY(cache.forget(a, &error));
        QVERIFY(!cache.lookup(a));

        auto bad = CtxSwitchResult::fromJson(
            QJsonDocument::fromJson(R"({"rounds":1,"cpus":1,"baseline_us_per_roundtrip":0,
                "same_cpu":{"us_per_roundtrip":"x"}})")
                .object(),
            &error);
        QVERIFY(!bad);
        QCOMPARE(error, u"$.same_cpu.us_per_roundtrip: not a number"_s);
    }
};

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
