// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/eventlogwidget.h"

#include "core/run/runcontroller.h"
#include "widgets/common/livestatecolor.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

namespace proclab {

namespace {
constexpr int kMaxEntries = 20000; // a fork bomb lesson must not eat the memory
}

EventLogWidget::EventLogWidget(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(4);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    setColumnWidth(0, 90);
    setColumnWidth(1, 150);
    setColumnWidth(2, 110);
    retranslate();
}

void EventLogWidget::attach(RunController *run)
{
    connect(run, &RunController::started, this, &EventLogWidget::clearLog);
    connect(run, &RunController::eventReceived, this, &EventLogWidget::addEvent);
    connect(run, &RunController::snapshotReady, this, &EventLogWidget::noteSnapshot);
}

void EventLogWidget::clearLog()
{
    m_entries.clear();
    m_life.clear();
    clear();
}

void EventLogWidget::addEvent(const RunEvent &event)
{
    if (m_entries.size() >= kMaxEntries)
        return;
    Entry entry{event, false, false};
    if (event.kind == RunEvent::Kind::Exited)
        entry.wasZombie = m_life.value(event.node) == ProcessSample::Life::Exited;
    if (event.kind == RunEvent::Kind::Exited)
        m_life.insert(event.node, ProcessSample::Life::Reaped);
    m_entries.append(entry);
    const bool atBottom = verticalScrollBar()->value() == verticalScrollBar()->maximum();
    auto *item = new QTreeWidgetItem(this);
    render(item, entry);
    if (atBottom)
        scrollToBottom();
}

void EventLogWidget::noteSnapshot(const RunSnapshot &snapshot)
{
    for (const ProcessSample &s : snapshot.processes) {
        const ProcessSample::Life before = m_life.value(s.node, ProcessSample::Life::NotStarted);
        if (s.life == ProcessSample::Life::Exited && before == ProcessSample::Life::Alive) {
            RunEvent e;
            e.kind = RunEvent::Kind::Exited;
            e.tNs = snapshot.elapsedMs * 1000000;
            e.node = s.node;
            e.pid = s.pid;
            e.ppid = s.ppid;
            if (m_entries.size() < kMaxEntries) {
                m_entries.append(Entry{e, true, false});
                render(new QTreeWidgetItem(this), m_entries.constLast());
            }
        }
        if (before != ProcessSample::Life::Reaped)
            m_life.insert(s.node, s.life);
    }
}

QString EventLogWidget::kindText(const Entry &entry) const
{
    if (entry.zombie)
        return tr("zombie");
    switch (entry.event.kind) {
    case RunEvent::Kind::Ready:
        return tr("ready");
    case RunEvent::Kind::Spawned:
        return tr("spawned");
    case RunEvent::Kind::Exited:
        if (entry.wasZombie)
            return tr("zombie reaped");
        return entry.event.signal ? tr("killed by signal") : tr("exited");
    case RunEvent::Kind::Reparented:
        return tr("reparented");
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
    case RunEvent::Kind::ReceiversGone:
        return tr("receivers gone");
    case RunEvent::Kind::SendersGone:
        return tr("senders gone");
    }
    return {};
}

QString EventLogWidget::detailText(const Entry &entry) const
{
    const RunEvent &e = entry.event;
    if (entry.zombie)
        return tr("pid %1 has ended; its parent has not called wait() yet").arg(e.pid);
    switch (e.kind) {
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
    item->setText(2, entry.event.node);
    item->setText(3, detailText(entry));
    LiveState tone = LiveState::NotStarted;
    switch (entry.event.kind) {
    case RunEvent::Kind::Spawned:
        tone = LiveState::Running;
        break;
    case RunEvent::Kind::Exited:
        tone = entry.zombie ? LiveState::Zombie
                            : (entry.event.signal ? LiveState::Killed : LiveState::Exited);
        break;
    case RunEvent::Kind::Killed:
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
    const QTreeWidgetItem *item = topLevelItem(row);
    if (!item)
        return {};
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
    for (int i = 0; i < m_entries.size() && i < topLevelItemCount(); ++i)
        render(topLevelItem(i), m_entries.at(i));
}

} // namespace proclab
