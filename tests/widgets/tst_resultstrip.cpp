// SPDX-License-Identifier: GPL-3.0-or-later
// The result strip under the diagram: after a real run it shows exactly the run summary's
// numbers (the ones `proclab-cli run --json` prints), says in words whether anything was
// lost, in Korean too, and is gone when the next run starts or a run has no channels.
#include "core/run/runcontroller.h"
#include "core/run/runsummary.h"
#include "widgets/runview/resultstrip.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include "testsupport.h"

using namespace proclab;
using namespace proclab::test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 120000;

// Runs `scenario` to the end with the strip attached; the summary is taken the way the
// strip takes it, after finished().
bool runToEnd(RunController &run, const RunRecorder &rec, const Scenario &scenario,
              RunSummary *summary)
{
    QSignalSpy finished(&run, &RunController::finished);
    if (!run.start(scenario))
        return false;
    const int agent = run.agentPid();
    if (!finished.wait(kTimeoutMs) && finished.isEmpty())
        return false;
    *summary = RunSummary::fromRun(run);
    return runLeftovers(agent, rec).isEmpty();
}
} // namespace

class TestResultStrip : public QObject
{
    Q_OBJECT

private slots:
    void counterShowsTheSummary()
    {
        Scenario scenario;
        QString error;
        QVERIFY2(loadExample(u"counter-unsync"_s, &scenario, &error), qPrintable(error));
        RunController run;
        ResultStrip strip;
        strip.attach(&run);
        strip.resize(1000, 60);
        strip.show();
        RunRecorder rec(run); // connected for the controller's whole life
        RunSummary summary;
        QVERIFY(runToEnd(run, rec, scenario, &summary));
        QCOMPARE(summary.channels.size(), 1);
        const ChannelSample &c = summary.channels.constFirst();
        QCOMPARE(c.expected, quint64(400000)); // four increments of 100000
        QCOMPARE(c.actual + c.lostUpdates, c.expected);
        QTRY_VERIFY_WITH_TIMEOUT(strip.isVisible(), kTimeoutMs);
        QCOMPARE(strip.shownValue(c.id, u"expected"_s), QLocale().toString(c.expected));
        QCOMPARE(strip.shownValue(c.id, u"actual"_s), QLocale().toString(c.actual));
        QCOMPARE(strip.shownValue(c.id, u"lost_updates"_s), QLocale().toString(c.lostUpdates));
        // A counter has no produced/consumed: the strip shows only what belongs to it.
        QCOMPARE(strip.shownValue(c.id, u"produced"_s), QString());
        const auto *verdict = strip.findChild<QLabel *>(u"verdict:"_s + c.id);
        QVERIFY(verdict);
        QVERIFY2(verdict->text().contains(c.lostUpdates > 0 ? u"overwrote"_s : u"No update"_s),
                 qPrintable(verdict->text()));

        // The next run starts clean: no stale numbers under a running diagram.
        scenario.processes.erase(scenario.processes.begin() + 1, scenario.processes.end());
        scenario.channels.clear();
        QSignalSpy started(&run, &RunController::started);
        QSignalSpy finished(&run, &RunController::finished);
        QVERIFY(run.start(scenario));
        QVERIFY(started.wait(kTimeoutMs) || !started.isEmpty());
        QVERIFY(strip.isHidden());
        const int agent = run.agentPid();
        QVERIFY(finished.wait(kTimeoutMs) || !finished.isEmpty());
        QVERIFY(strip.isHidden()); // a run without channels has no result to show
        QCOMPARE(runLeftovers(agent, rec), QString());
    }

    void bufferShowsTheSummaryInKorean()
    {
        QTranslator ko;
        const QString qm = qEnvironmentVariable("PROCLAB_KO_QM");
        QVERIFY2(ko.load(qm), qPrintable(u"cannot load PROCLAB_KO_QM="_s + qm));
        QCoreApplication::installTranslator(&ko);
        Scenario scenario;
        QString error;
        QVERIFY2(loadExample(u"bounded-buffer"_s, &scenario, &error), qPrintable(error));
        RunController run;
        ResultStrip strip;
        strip.attach(&run);
        strip.show();
        RunRecorder rec(run); // connected for the controller's whole life
        RunSummary summary;
        QVERIFY(runToEnd(run, rec, scenario, &summary));
        const ChannelSample c = summary.channels.value(0);
        QCOMPARE(c.produced, quint64(800));
        QTRY_VERIFY_WITH_TIMEOUT(strip.isVisible(), kTimeoutMs);
        for (const auto &[field, value] :
             {std::pair{u"produced"_s, c.produced}, std::pair{u"consumed"_s, c.consumed},
              std::pair{u"lost"_s, c.lost}, std::pair{u"duplicated"_s, c.duplicated},
              std::pair{u"corrupted"_s, c.corrupted}})
            QCOMPARE(strip.shownValue(c.id, field), QLocale().toString(value));
        QCOMPARE(strip.shownValue(c.id, u"expected"_s), QString());
        // Korean captions (the glossary's terms) were shown while the translator was on.
        QStringList texts;
        for (const QLabel *l : strip.findChildren<QLabel *>())
            texts.append(l->text());
        const QString all = texts.join(u' ');
        QVERIFY2(all.contains(u"생산"_s) && all.contains(u"중복"_s) && all.contains(u"손상"_s) &&
                     all.contains(u"결과"_s),
                 qPrintable(all));
        QCoreApplication::removeTranslator(&ko);
    }
};

QTEST_MAIN(TestResultStrip)
#include "tst_resultstrip.moc"
