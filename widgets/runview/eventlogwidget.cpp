// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/eventlogwidget.h"

#include "core/document/scenariodocument.h"
#include "core/run/runcontroller.h"
#include "core/run/wirewords.h"
#include "widgets/common/livestatecolor.h"
#include "widgets/runview/wrappingdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>
#include <algorithm>

namespace proclab {

namespace {
constexpr int kMaxEntries = 20000;       // a fork bomb lesson must not eat the memory
constexpr int kShowDelayMs = 50;         // a short log: rows appear at once to the eye
constexpr int kLongestShowDelayMs = 500; // a long one: twice a second is enough to follow
constexpr int kFittedColumns = 3;        // time, event, process; the details take the rest
} // namespace

EventLogWidget::EventLogWidget(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(4);
    setRootIsDecorated(false);
    // A detail is a sentence, longer in Korean: it wraps onto more lines rather than being
    // cut at the dock's edge (a student reads it without hovering). The rows are then not
    // uniform; scrolling per item measures only the rows in sight, so a long log stays
    // cheap.
    setUniformRowHeights(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setItemDelegateForColumn(3, new WrappingDelegate(this));
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 3)
            scheduleDelayedItemsLayout(); // other width, other line breaks
    });
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    header()->setStretchLastSection(true);
    // Time, event and process as wide as what they hold, so the details (the longest
    // text, and longer in Korean) get the rest of a narrow dock instead of 40 px. Fitted
    // by growColumns(), not ResizeToContents: that measured up to 1,000 rows per column
    // at every layout, and the thousands of events of a large tree (spawned, exited)
    // stalled the window 50-90 ms per burst.
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setSectionResizeMode(kFittedColumns, QHeaderView::Stretch);
    retranslate();
}

void EventLogWidget::followDocument(const ScenarioDocument *document)
{
    connect(document, &ScenarioDocument::replaced, this, &EventLogWidget::clearLog);
}

void EventLogWidget::attach(RunController *run)
{
    m_run = run;
    connect(run, &RunController::started, this, &EventLogWidget::clearLog);
    connect(run, &RunController::eventReceived, this, &EventLogWidget::addEvent);
    connect(run, &RunController::snapshotReady, this, &EventLogWidget::noteSnapshot);
    connect(run, &RunController::finished, this, &EventLogWidget::showRows); // the last rows
}

void EventLogWidget::clearLog()
{
    m_entries.clear();
    m_life.clear();
    m_resultShown.clear();
    clear();
    resetColumns();
}

void EventLogWidget::resetColumns()
{
    for (int c = 0; c < kFittedColumns; ++c)
        header()->resizeSection(c, header()->sectionSizeHint(c));
}

void EventLogWidget::growColumns(const QTreeWidgetItem *item)
{
    // A column only ever needs to grow by what one new row brings: measure that row alone.
    for (int c = 0; c < kFittedColumns; ++c) {
        const int wanted = sizeHintForIndex(indexFromItem(item, c)).width();
        if (wanted > header()->sectionSize(c))
            header()->resizeSection(c, wanted);
    }
}

void EventLogWidget::addEvent(const RunEvent &event)
{
    if (entryCount() >= kMaxEntries)
        return;
    Entry entry{event, event.kind == RunEvent::Kind::Zombie, false, std::nullopt};
    if (event.kind == RunEvent::Kind::Zombie)
        m_life.insert(event.node, ProcessSample::Life::Exited);
    if (event.kind == RunEvent::Kind::Exited)
        entry.wasZombie = m_life.value(event.node) == ProcessSample::Life::Exited;
    if (event.kind == RunEvent::Kind::Exited)
        m_life.insert(event.node, ProcessSample::Life::Reaped);
    m_entries.push_back(entry);
    showRowsSoon();
}

void EventLogWidget::showRowsSoon()
{
    // A row added to a QTreeView lays out every row again (at the next event-loop turn):
    // with the thousands of events of a large tree arriving over many turns, each turn
    // re-laid out up to 20,000 rows. The rows of a burst are added together, a little
    // later, and the log scrolled to its end once.
    if (m_rowsPending)
        return;
    m_rowsPending = true;
    QTimer::singleShot(showDelayMs(topLevelItemCount()), this, &EventLogWidget::showRows);
}

int EventLogWidget::showDelayMs(int rows)
{
    // Each burst lays out every row shown (QTreeView, rows of different heights), so a
    // burst costs more the longer the log is: at 4,096 processes the log's layouts were a
    // tenth of the GUI thread's time. The wait grows with the rows, which keeps the log's
    // share of the GUI thread about the same at any length.
    return std::clamp(rows / 16, kShowDelayMs, kLongestShowDelayMs);
}

void EventLogWidget::showRows()
{
    m_rowsPending = false;
    const int first = topLevelItemCount();
    if (first >= entryCount())
        return;
    const bool atBottom = verticalScrollBar()->value() == verticalScrollBar()->maximum();
    QList<QTreeWidgetItem *> items;
    items.reserve(entryCount() - first);
    for (int i = first; i < entryCount(); ++i) {
        auto *item = new QTreeWidgetItem;
        render(item, m_entries[i]);
        items.append(item);
    }
    addTopLevelItems(items);
    for (const QTreeWidgetItem *item : std::as_const(items))
        growColumns(item);
    if (atBottom)
        scrollToBottom();
}

void EventLogWidget::addResult(const ChannelSample &channel, qint64 elapsedMs)
{
    if (entryCount() >= kMaxEntries || m_resultShown.contains(channel.id))
        return;
    m_resultShown.insert(channel.id);
    Entry entry;
    entry.event.kind = RunEvent::Kind::Finished;
    entry.event.tNs = elapsedMs * 1000000;
    entry.event.node = channel.id;
    entry.result = channel;
    m_entries.push_back(entry);
    showRowsSoon();
}

void EventLogWidget::noteSnapshot(const RunSnapshot &snapshot)
{
    // The end of a run says what it came to, in words, once per channel.
    for (const ChannelSample &c : snapshot.channels)
        if (c.final)
            addResult(c, snapshot.elapsedMs);
    for (const ProcessSample &s : snapshot.processes) {
        const ProcessSample::Life before = m_life.value(s.node, ProcessSample::Life::NotStarted);
        // Zombies are logged from the agent's "zombie" event, which it sees when it happens;
        // the sampler's state Z only marks what the next "exited" reaps.
        if (before != ProcessSample::Life::Reaped)
            m_life.insert(s.node, s.life);
    }
}

QString EventLogWidget::kindText(const Entry &entry) const
{
    if (entry.result)
        return tr("result");
    if (entry.zombie)
        return tr("zombie");
    switch (entry.event.kind) {
    case RunEvent::Kind::Ready:
        return tr("ready");
    case RunEvent::Kind::Spawned:
        return tr("spawned");
    case RunEvent::Kind::Exited:
        // How it ended comes first; that it was a zombie has a row of its own.
        if (entry.event.signal)
            return tr("killed by signal");
        return entry.wasZombie ? tr("zombie reaped") : tr("exited");
    case RunEvent::Kind::Reparented:
        return tr("reparented");
    case RunEvent::Kind::Zombie:
        return tr("zombie");
    case RunEvent::Kind::Memory:
        return tr("memory copy");
    case RunEvent::Kind::Exec:
        return tr("exec");
    case RunEvent::Kind::Lost:
        return tr("item lost");
    case RunEvent::Kind::Killed:
        return tr("signal sent");
    case RunEvent::Kind::Paused:
        return tr("paused");
    case RunEvent::Kind::Resumed:
        return tr("resumed");
    case RunEvent::Kind::LockRecovered:
        return tr("lock recovered");
    case RunEvent::Kind::Refused:
        return tr("refused");
    case RunEvent::Kind::Error:
        return tr("error");
    case RunEvent::Kind::Finished:
        return tr("finished");
    case RunEvent::Kind::Lab:
        return tr("lab");
    case RunEvent::Kind::ReceiversGone:
        return tr("receivers gone");
    case RunEvent::Kind::SendersGone:
        return tr("senders gone");
    }
    return {};
}

QString EventLogWidget::labText(const RunEvent &e)
{
    using F = wire::EventField;
    using L = wire::LabEvent;
    const auto v = [&e](F key) { return qint64(e.data.value(wireWord(key)).toDouble()); };
    const QString what = e.data.value(wireWord(F::Lab)).toString();
    const std::optional<L> which = wire::fromName<L>(what.toStdString());
    if (!which)
        return what; // a newer agent's figures: show them as sent
    switch (*which) {
    case L::Speedup:
        return tr("combined %1, serial reference %2; parallel %3 ms, serial %4 ms")
            .arg(v(F::Combined))
            .arg(v(F::Serial))
            .arg(double(v(F::ParallelNs)) / 1e6, 0, 'f', 1)
            .arg(double(v(F::SerialNs)) / 1e6, 0, 'f', 1);
    case L::Restart:
        return tr("the master forked a replacement: pid %1 (the ended one was pid %2)")
            .arg(v(F::Pid))
            .arg(v(F::OldPid));
    case L::Kill:
        return tr("the load generator killed pid %1 with SIGKILL").arg(v(F::Pid));
    case L::Share:
        return tr("pid %1 answered %2 requests").arg(v(F::Pid)).arg(v(F::Served));
    case L::Load:
        return tr("requests sent %1, served %2, failed %3")
            .arg(v(F::Sent))
            .arg(v(F::Served))
            .arg(v(F::Failed));
    }
    return what;
}

QString EventLogWidget::detailText(const Entry &entry) const
{
    const RunEvent &e = entry.event;
    if (const std::optional<ChannelSample> &c = entry.result) {
        if (c->kind == ChannelKind::ShmCounter)
            return tr("expected %1, actual %2: %3 lost updates")
                .arg(c->expected)
                .arg(c->actual)
                .arg(c->lostUpdates);
        return tr("produced %1, consumed %2, lost %3, duplicated %4, corrupted %5")
            .arg(c->produced)
            .arg(c->consumed)
            .arg(c->lost)
            .arg(c->duplicated)
            .arg(c->corrupted);
    }
    if (entry.zombie)
        return tr("pid %1 has ended; its parent (pid %2) has not called wait() yet")
            .arg(e.pid)
            .arg(e.ppid);
    switch (e.kind) {
    case RunEvent::Kind::Ready:
        // Not the stats page's name (/proclab-<pid>-stats): what it means for the learner.
        return tr("agent pid %1 set up the shared memory and channels; the processes start now")
            .arg(e.pid);
    case RunEvent::Kind::Spawned:
        return tr("pid %1, parent pid %2").arg(e.pid).arg(e.ppid);
    case RunEvent::Kind::Exited: {
        QString how = e.signal
                          ? tr("pid %1 ended by signal %2").arg(e.pid).arg(*e.signal)
                          : tr("pid %1 exited with code %2").arg(e.pid).arg(e.code.value_or(0));
        if (e.reaper > 0)
            how += tr(", reaped by pid %1").arg(e.reaper);
        return how;
    }
    case RunEvent::Kind::Reparented:
        return tr("pid %1: parent pid %2 → %3").arg(e.pid).arg(e.oldPpid).arg(e.ppid);
    case RunEvent::Kind::Killed:
        return tr("signal %1 sent to pid %2").arg(e.signal.value_or(0)).arg(e.pid);
    case RunEvent::Kind::LockRecovered:
        return tr("channel %1: the lock holder died; the lock was repaired").arg(e.channel);
    case RunEvent::Kind::Memory:
        if (e.role == wireWord(wire::MemoryRole::Parent))
            return tr("its own copy at %1 holds %2 after %3 ended (it set %4 before fork)")
                .arg(e.address)
                .arg(e.after.value_or(0))
                .arg(e.of)
                .arg(e.before.value_or(0));
        return tr("its own copy at %1: inherited %2, wrote %3")
            .arg(e.address)
            .arg(e.before.value_or(0))
            .arg(e.after.value_or(0));
    case RunEvent::Kind::Exec:
        return tr("pid %1 now runs the program %2: same pid, new program")
            .arg(e.pid)
            .arg(e.message);
    case RunEvent::Kind::Lost:
        return tr("it ended while working on item %1 of %2 from %3: that item is lost")
            .arg(e.seq.value_or(0))
            .arg(e.producer)
            .arg(e.channel);
    case RunEvent::Kind::Lab:
        return labText(e);
    case RunEvent::Kind::ReceiversGone:
        if (e.message == QLatin1String("EPIPE"))
            return tr("channel %1: every receiver has ended, so the write failed with EPIPE; "
                      "this sender stops, and what was still in the channel is lost")
                .arg(e.channel);
        return tr("channel %1: every receiver has ended, and nobody will take from the full "
                  "channel; this sender stops")
            .arg(e.channel);
    case RunEvent::Kind::SendersGone:
        return tr("channel %1: every sender has ended before finishing; this receiver takes "
                  "what is left and ends")
            .arg(e.channel);
    default:
        return e.message;
    }
}

void EventLogWidget::render(QTreeWidgetItem *item, const Entry &entry) const
{
    item->setText(0, QString::number(double(entry.event.tNs) / 1e9, 'f', 3) + QStringLiteral(" s"));
    item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(1, kindText(entry));
    // The label the diagram shows; the id, which the file and pstree-like tools use, on hover.
    QString name = entry.event.node;
    if (m_run && !name.isEmpty()) {
        const Scenario &s = m_run->scenario();
        if (const ProcessSpec *p = s.process(name); p && !p->label.isEmpty())
            name = p->label.text();
        else if (const ChannelSpec *c = s.channel(name); c && !c->label.isEmpty())
            name = c->label.text();
    }
    item->setText(2, name);
    item->setToolTip(2, entry.event.node);
    item->setToolTip(3, detailText(entry));
    item->setText(3, detailText(entry));
    LiveState tone = LiveState::NotStarted;
    switch (entry.event.kind) {
    case RunEvent::Kind::Spawned:
        tone = LiveState::Running;
        break;
    case RunEvent::Kind::Zombie:
    case RunEvent::Kind::Exited:
        tone = entry.zombie ? LiveState::Zombie
                            : (entry.event.signal ? LiveState::Killed : LiveState::Exited);
        break;
    case RunEvent::Kind::Killed:
    case RunEvent::Kind::Lost:
    case RunEvent::Kind::Error:
    case RunEvent::Kind::ReceiversGone:
    case RunEvent::Kind::SendersGone:
    case RunEvent::Kind::Refused:
        tone = LiveState::Killed;
        break;
    case RunEvent::Kind::Paused:
        tone = LiveState::Stopped;
        break;
    default:
        break;
    }
    if (tone != LiveState::NotStarted)
        item->setData(1, Qt::DecorationRole, liveStateColor(tone));
}

QString EventLogWidget::entryText(int row) const
{
    if (row < 0 || row >= entryCount())
        return {};
    QTreeWidgetItem pending; // a row not shown yet reads as it will be shown
    const QTreeWidgetItem *item = topLevelItem(row);
    if (!item) {
        render(&pending, m_entries[row]);
        item = &pending;
    }
    return item->text(0) + QLatin1Char(' ') + item->text(1) + QLatin1Char(' ') + item->text(2) +
           QLatin1Char(' ') + item->text(3);
}

void EventLogWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void EventLogWidget::retranslate()
{
    setHeaderLabels({tr("Time"), tr("Event"), tr("Process"), tr("Details")});
    resetColumns();
    for (int i = 0; i < entryCount() && i < topLevelItemCount(); ++i) {
        render(topLevelItem(i), m_entries[i]);
        growColumns(topLevelItem(i));
    }
}

} // namespace proclab
