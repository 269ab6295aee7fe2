// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The run's processes as a tree (scenario parent -> child), one row per process.
// Rows are created once per run and then updated in place with dataChanged, so views
// keep their selection and scroll position at the sampling rate.

#include "core/run/runsnapshot.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace proclab {

class RunController;
class ScenarioDocument;
class SnapshotRelay;

class ProcessTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PidColumn,
        PpidColumn,
        StateColumn,
        CpuColumn,
        VoluntaryColumn,
        InvoluntaryColumn,
        CpuTimeColumn,
        ColumnCount
    };

    explicit ProcessTreeModel(QObject *parent = nullptr);

    // Follows a run: new rows when it starts, values at every snapshot.
    void attach(RunController *run);
    // Empties itself when another document takes the open one's place: the rows belong to
    // the previous document's run (kept in Compare runs), not to the new diagram.
    void followDocument(const ScenarioDocument *document);
    void updateSnapshot(const RunSnapshot &snapshot);
    void clear();
    void retranslate(); // headers and state names after a language change

    QModelIndex indexOf(const QString &node, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int nodeCount() const { return int(m_nodes.size()); } // every row, at any depth
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Node 0 is the agent, node i + 1 the snapshot's process i.
    struct Node
    {
        int parent = -1;     // index into m_nodes, -1 for a top-level row
        int row = 0;         // row under its parent
        QList<int> children; // indices into m_nodes
    };
    bool sameStructure(const RunSnapshot &snapshot) const;
    void rebuild(const RunSnapshot &snapshot);
    QVariant display(const ProcessSample &s, int column) const;
    const ProcessSample &sample(int node) const;

    // The samples are the snapshot's own list, shared rather than copied: at 4,096
    // processes a copy per row was a third of the table's GUI turn.
    ProcessSample m_agent;
    QList<ProcessSample> m_samples;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_byNode;
    RunController *m_run = nullptr;   // for the labels the diagram shows
    SnapshotRelay *m_relay = nullptr; // the table is rebuilt in a turn after the sampler's
};

} // namespace proclab
