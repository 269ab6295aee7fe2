// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What happened in the run, with timestamps: spawned, exited (code or signal) and by
// whom it was reaped, reparented, killed, became a zombie. Entries are kept as data and
// re-rendered on a language change.

#include "core/run/runsnapshot.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QTreeWidget>
#include <deque>
#include <optional>

namespace proclab {

class RunController;
class ScenarioDocument;

class EventLogWidget : public QTreeWidget
{
    Q_OBJECT
public:
    explicit EventLogWidget(QWidget *parent = nullptr);

    void attach(RunController *run);
    // Empties itself when another document takes the open one's place: the rows belong to
    // the previous document's run (kept in Compare runs), not to the new diagram.
    void followDocument(const ScenarioDocument *document);
    void addEvent(const RunEvent &event);
    // Zombies are seen by sampling, not reported by the agent.
    void noteSnapshot(const RunSnapshot &snapshot);
    void clearLog();
    int entryCount() const { return int(m_entries.size()); }
    QString entryText(int row) const; // the row as one line (for tests and copying)
    // How long new entries wait to become rows, with `rows` rows already shown.
    static int showDelayMs(int rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        RunEvent event;
        bool zombie = false; // the agent saw it ended and not yet reaped (state Z)
        bool wasZombie = false;
        std::optional<ChannelSample> result; // synthetic: a channel's end-of-run accounting
    };
    void addResult(const ChannelSample &channel, qint64 elapsedMs);
    void showRowsSoon(); // the entries not shown yet become rows in a moment
    void showRows();     // ... or now
    void resetColumns(); // to the headers' widths
    void growColumns(const QTreeWidgetItem *item); // wide enough for this row too
    void render(QTreeWidgetItem *item, const Entry &entry) const;
    QString kindText(const Entry &entry) const;
    QString detailText(const Entry &entry) const;
    static QString labText(const RunEvent &event); // the labs' figures, in words
    void retranslate();

    // A deque: appending never moves the thousands of entries already there (a QList
    // reallocating 16,000 of them took ~30 ms of one turn in a 4,096-process run).
    std::deque<Entry> m_entries;
    QHash<QString, ProcessSample::Life> m_life;
    RunController *m_run = nullptr; // for the labels of the run's processes and channels
    QSet<QString> m_resultShown;    // channels whose final accounting is in the log
    bool m_rowsPending = false;
};

} // namespace proclab
