// SPDX-License-Identifier: GPL-3.0-or-later
// The event log as a student reads it after a large run: every event a row, in order,
// scrolled to the end; and what a burst of thousands of events costs the window.
#include "widgets/runview/eventlogwidget.h"

#include <QAbstractItemModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace proclab;
using namespace Qt::StringLiterals;

namespace {

RunEvent spawned(int i)
{
    RunEvent e;
    e.kind = RunEvent::Kind::Spawned;
    e.tNs = qint64(i) * 1000;
    e.node = u"w%1"_s.arg(i);
    e.pid = 1000 + i;
    e.ppid = 999;
    return e;
}

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT

private slots:
    void burstBecomesRowsTogether()
    {
        // Each row added to a QTreeView lays out every row again; the 2,000 "spawned" of a
        // large tree arrive over many event-loop turns and did that once per turn. A burst
        // handled in one go must reach the view as one insertion, in order, scrolled down.
        EventLogWidget log;
        log.resize(600, 300);
        log.show();
        QVERIFY(QTest::qWaitForWindowExposed(&log));
        QSignalSpy inserted(log.model(), &QAbstractItemModel::rowsInserted);
        constexpr int kEvents = 2000;
        for (int i = 0; i < kEvents; ++i)
            log.addEvent(spawned(i));
        QCOMPARE(log.entryCount(), kEvents);
        // Entries read the same before their rows are shown...
        QVERIFY2(log.entryText(kEvents - 1).contains(u"w1999"_s),
                 qPrintable(log.entryText(kEvents - 1)));
        QTRY_COMPARE_WITH_TIMEOUT(log.topLevelItemCount(), kEvents, 5000);
        QCOMPARE(inserted.count(), 1);
        // ...and after.
        for (int i : {0, 1, kEvents / 2, kEvents - 1})
            QVERIFY2(log.entryText(i).contains(u" w%1 "_s.arg(i)), qPrintable(log.entryText(i)));
        QTRY_VERIFY_WITH_TIMEOUT(log.verticalScrollBar()->maximum() > 0, 5000);
        QCOMPARE(log.verticalScrollBar()->value(), log.verticalScrollBar()->maximum());

        // A student who scrolled up to read stays where they are when more rows come.
        log.verticalScrollBar()->setValue(0);
        for (int i = kEvents; i < kEvents + 10; ++i)
            log.addEvent(spawned(i));
        QTRY_COMPARE_WITH_TIMEOUT(log.topLevelItemCount(), kEvents + 10, 5000);
        QCOMPARE(log.verticalScrollBar()->value(), 0);
        QCOMPARE(inserted.count(), 2);
    }

    void longLogsAreLaidOutLessOften()
    {
        // Laying out the log costs in proportion to its rows; the wait before a burst
        // becomes rows grows with them, so a 4,096-process run's thousands of events do
        // not take a tenth of the window's time. A short log still shows rows at once.
        QCOMPARE(EventLogWidget::showDelayMs(0), 50);
        QCOMPARE(EventLogWidget::showDelayMs(100), 50);
        int previous = 0;
        for (int rows = 0; rows <= 20000; rows += 500) {
            const int delay = EventLogWidget::showDelayMs(rows);
            QVERIFY(delay >= previous);
            QVERIFY(delay <= 500);
            previous = delay;
        }
        QVERIFY(EventLogWidget::showDelayMs(4000) >= 5 * EventLogWidget::showDelayMs(100));
        QCOMPARE(EventLogWidget::showDelayMs(20000), 500);
    }
};

QTEST_MAIN(TestEventLog)
#include "tst_eventlog.moc"
