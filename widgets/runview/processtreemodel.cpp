// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/processtreemodel.h"

#include "core/run/runcontroller.h"
#include "widgets/common/livestatecolor.h"

#include <QColor>

namespace proclab {

ProcessTreeModel::ProcessTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void ProcessTreeModel::attach(RunController *run)
{
    connect(run, &RunController::started, this, &ProcessTreeModel::clear);
    connect(run, &RunController::snapshotReady, this, &ProcessTreeModel::updateSnapshot);
}

void ProcessTreeModel::clear()
{
    if (m_nodes.isEmpty())
        return;
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byNode.clear();
    endResetModel();
}

bool ProcessTreeModel::sameStructure(const RunSnapshot &snapshot) const
{
    if (snapshot.processes.size() != m_nodes.size())
        return false;
    for (int i = 0; i < snapshot.processes.size(); ++i) {
        const ProcessSample &s = snapshot.processes.at(i);
        if (s.node != m_nodes.at(i).sample.node || s.parentNode != m_nodes.at(i).sample.parentNode)
            return false;
    }
    return true;
}

void ProcessTreeModel::rebuild(const RunSnapshot &snapshot)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byNode.clear();
    for (const ProcessSample &s : snapshot.processes) {
        m_byNode.insert(s.node, int(m_nodes.size()));
        m_nodes.append(Node{s, -1, 0, {}});
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        Node &n = m_nodes[i];
        const int parent = m_byNode.value(n.sample.parentNode, -1);
        n.parent = parent == i ? -1 : parent;
        QList<int> &siblings = n.parent < 0 ? m_roots : m_nodes[n.parent].children;
        n.row = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

void ProcessTreeModel::updateSnapshot(const RunSnapshot &snapshot)
{
    if (!sameStructure(snapshot)) {
        rebuild(snapshot);
        return;
    }
    for (int i = 0; i < snapshot.processes.size(); ++i) {
        const ProcessSample &next = snapshot.processes.at(i);
        Node &n = m_nodes[i];
        // Only rows whose shown values changed are announced.
        bool changed = liveStateOf(next) != liveStateOf(n.sample);
        for (int c = 0; c < ColumnCount && !changed; ++c)
            changed = display(next, c) != display(n.sample, c);
        n.sample = next;
        if (changed)
            emit dataChanged(createIndex(n.row, 0, quintptr(i)),
                             createIndex(n.row, ColumnCount - 1, quintptr(i)));
    }
}

void ProcessTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int i = 0; i < m_nodes.size(); ++i)
        emit dataChanged(createIndex(m_nodes.at(i).row, StateColumn, quintptr(i)),
                         createIndex(m_nodes.at(i).row, StateColumn, quintptr(i)));
}

QModelIndex ProcessTreeModel::indexOf(const QString &node, int column) const
{
    const int i = m_byNode.value(node, -1);
    return i < 0 ? QModelIndex() : createIndex(m_nodes.at(i).row, column, quintptr(i));
}

QModelIndex ProcessTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &rows =
        parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= rows.size())
        return {};
    return createIndex(row, column, quintptr(rows.at(row)));
}

QModelIndex ProcessTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(int(child.internalId())).parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int ProcessTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int ProcessTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProcessTreeModel::display(const ProcessSample &s, int column) const
{
    const bool started = s.life != ProcessSample::Life::NotStarted;
    switch (column) {
    case NameColumn:
        return s.node;
    case PidColumn:
        return s.pid > 0 ? QVariant(s.pid) : QVariant(QStringLiteral("–"));
    case PpidColumn:
        return s.ppid > 0 ? QVariant(s.ppid) : QVariant(QStringLiteral("–"));
    case StateColumn: {
        QString text = liveStateName(liveStateOf(s));
        if (!s.state.isNull() && s.life == ProcessSample::Life::Alive)
            text += QStringLiteral(" (") + s.state + QLatin1Char(')');
        if (s.reparented)
            text += QStringLiteral(" ↑");
        return text;
    }
    case CpuColumn:
        return s.cpu >= 0 && s.life == ProcessSample::Life::Alive ? QVariant(s.cpu)
                                                                  : QVariant(QStringLiteral("–"));
    case VoluntaryColumn:
        return started ? QVariant(s.voluntaryCtxt) : QVariant(QStringLiteral("–"));
    case InvoluntaryColumn:
        return started ? QVariant(s.nonvoluntaryCtxt) : QVariant(QStringLiteral("–"));
    case CpuTimeColumn:
        return started ? QVariant(QString::number(double(s.utimeMs + s.stimeMs) / 1000.0, 'f', 2) +
                                  QStringLiteral(" s"))
                       : QVariant(QStringLiteral("–"));
    }
    return {};
}

QVariant ProcessTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProcessSample &s = m_nodes.at(int(index.internalId())).sample;
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return liveStateColor(liveStateOf(s));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn && index.column() != StateColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (s.reparented)
            return tr("Reparented: its parent ended, so another process adopted it.");
        return {};
    default:
        return {};
    }
}

QVariant ProcessTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        // Short headers keep the table narrow; the tooltip says exactly what is counted.
        switch (section) {
        case CpuColumn:
            return tr("The CPU the process last ran on");
        case VoluntaryColumn:
            return tr("Voluntary context switches: the process gave up the CPU itself, "
                      "e.g. to wait for a full or empty buffer");
        case InvoluntaryColumn:
            return tr("Involuntary context switches: the scheduler took the CPU away, "
                      "e.g. to run another process");
        case CpuTimeColumn:
            return tr("User plus system CPU time");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Process");
    case PidColumn:
        return tr("PID");
    case PpidColumn:
        return tr("PPID");
    case StateColumn:
        return tr("State");
    case CpuColumn:
        return tr("CPU");
    case VoluntaryColumn:
        return tr("Voluntary");
    case InvoluntaryColumn:
        return tr("Involuntary");
    case CpuTimeColumn:
        return tr("CPU time");
    }
    return {};
}

} // namespace proclab
