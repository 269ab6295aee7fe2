// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What happened in the run, with timestamps: spawned, exited (code or signal) and by
// whom it was reaped, reparented, killed, became a zombie. Entries are kept as data and
// re-rendered on a language change.

#include "core/run/runsnapshot.h"

#include <QHash>
#include <QList>
#include <QTreeWidget>

namespace proclab {

class RunController;

class EventLogWidget : public QTreeWidget
{
    Q_OBJECT
public:
    explicit EventLogWidget(QWidget *parent = nullptr);

    void attach(RunController *run);
    void addEvent(const RunEvent &event);
    // Zombies are seen by sampling, not reported by the agent.
    void noteSnapshot(const RunSnapshot &snapshot);
    void clearLog();
    int entryCount() const { return int(m_entries.size()); }
    QString entryText(int row) const; // the row as one line (for tests and copying)

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        RunEvent event;
        bool zombie = false; // synthetic: seen as a zombie in /proc
        bool wasZombie = false;
    };
    void render(QTreeWidgetItem *item, const Entry &entry) const;
    QString kindText(const Entry &entry) const;
    QString detailText(const Entry &entry) const;
    void retranslate();

    QList<Entry> m_entries;
    QHash<QString, ProcessSample::Life> m_life;
};

} // namespace proclab
