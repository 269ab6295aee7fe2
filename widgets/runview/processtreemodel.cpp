// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/processtreemodel.h"

#include "core/document/scenariodocument.h"
#include "core/run/runcontroller.h"
#include "widgets/common/livestatecolor.h"
#include "widgets/runview/snapshotrelay.h"

#include <QColor>

namespace proclab {

namespace {
// The agent's row key: '*' never appears in a scenario id.
const QString kAgentKey = QStringLiteral("*agent");

// Where a process hangs in the table: under its real parent now. That is the agent (the
// run's subreaper) for the root and for every orphan it adopted; otherwise the scenario
// parent, since only direct children are adopted and grandchildren keep their parent.
QString tableParent(const ProcessSample &s)
{
    return s.parentNode.isEmpty() || s.reparented ? kAgentKey : s.parentNode;
}

// The agent as a row: not a scenario process, but the parent the kernel names.
ProcessSample agentSample(const RunSnapshot &snapshot)
{
    ProcessSample a;
    a.node = kAgentKey;
    a.pid = snapshot.agentPid;
    a.life = ProcessSample::Life::Alive;
    return a;
}
} // namespace

ProcessTreeModel::ProcessTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void ProcessTreeModel::followDocument(const ScenarioDocument *document)
{
    connect(document, &ScenarioDocument::replaced, this, &ProcessTreeModel::clear);
}

void ProcessTreeModel::attach(RunController *run)
{
    m_run = run;
    connect(run, &RunController::started, this, &ProcessTreeModel::clear);
    m_relay = new SnapshotRelay(run, this);
    connect(m_relay, &SnapshotRelay::snapshotReady, this, &ProcessTreeModel::updateSnapshot);
}

void ProcessTreeModel::clear()
{
    if (m_relay)
        m_relay->cancel(); // the last run's rows must not come back after the table is cleared
    if (m_nodes.isEmpty())
        return;
    beginResetModel();
    m_agent = {};
    m_samples.clear();
    m_nodes.clear();
    m_roots.clear();
    m_byNode.clear();
    endResetModel();
}

const ProcessSample &ProcessTreeModel::sample(int node) const
{
    return node == 0 ? m_agent : m_samples.at(node - 1);
}

bool ProcessTreeModel::sameStructure(const RunSnapshot &snapshot) const
{
    if (snapshot.processes.size() + 1 != m_nodes.size())
        return false;
    for (int i = 0; i < snapshot.processes.size(); ++i) {
        const ProcessSample &s = snapshot.processes.at(i);
        const ProcessSample &shown = m_samples.at(i);
        if (s.node != shown.node || tableParent(s) != tableParent(shown))
            return false;
    }
    return true;
}

void ProcessTreeModel::rebuild(const RunSnapshot &snapshot)
{
    beginResetModel();
    m_agent = agentSample(snapshot);
    m_samples = snapshot.processes;
    m_roots.clear();
    m_byNode.clear();
    m_nodes.clear();
    m_nodes.resize(m_samples.size() + 1);
    m_byNode.reserve(m_nodes.size());
    m_byNode.insert(kAgentKey, 0);
    for (int i = 0; i < m_samples.size(); ++i)
        m_byNode.insert(m_samples.at(i).node, i + 1);
    for (int i = 0; i < m_nodes.size(); ++i) {
        Node &n = m_nodes[i];
        const int parent = i == 0 ? -1 : m_byNode.value(tableParent(sample(i)), -1);
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
    m_agent = agentSample(snapshot); // same pid for the whole run
    // Changed rows, as one range per parent: a dataChanged per row made the view recompute
    // its geometry once per process, and a thousand processes stalled the window.
    QHash<int, QPair<int, int>> changedRows; // parent node -> first and last changed row
    for (int i = 0; i < snapshot.processes.size(); ++i) {
        const ProcessSample &next = snapshot.processes.at(i);
        const ProcessSample &shown = m_samples.at(i);
        const Node &n = m_nodes.at(i + 1);
        // Only rows whose shown values changed are announced.
        bool changed = liveStateOf(next) != liveStateOf(shown);
        // From the pid on: the name (the label) is the scenario's and fixed during a run,
        // and looking it up for every row at every tick was quadratic in the processes.
        for (int c = PidColumn; c < ColumnCount && !changed; ++c)
            changed = display(next, c) != display(shown, c);
        if (!changed)
            continue;
        const auto it = changedRows.find(n.parent);
        if (it == changedRows.end())
            changedRows.insert(n.parent, {n.row, n.row});
        else
            *it = {qMin(it->first, n.row), qMax(it->second, n.row)};
    }
    m_samples = snapshot.processes; // before dataChanged: views read the new values
    for (auto it = changedRows.cbegin(); it != changedRows.cend(); ++it) {
        const QList<int> &rows = it.key() < 0 ? m_roots : m_nodes.at(it.key()).children;
        emit dataChanged(createIndex(it->first, 0, quintptr(rows.at(it->first))),
                         createIndex(it->second, ColumnCount - 1, quintptr(rows.at(it->second))));
    }
}

void ProcessTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int i = 0; i < m_nodes.size(); ++i)
        emit dataChanged(createIndex(m_nodes.at(i).row, NameColumn, quintptr(i)),
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
    if (s.node == kAgentKey) {
        switch (column) {
        case NameColumn:
            return tr("agent (subreaper)");
        case PidColumn:
            return s.pid > 0 ? QVariant(s.pid) : QVariant(QStringLiteral("–"));
        case StateColumn:
            return tr("adopts orphans");
        default:
            return QStringLiteral("–");
        }
    }
    const bool started = s.life != ProcessSample::Life::NotStarted;
    switch (column) {
    case NameColumn: {
        // The label, as on the canvas; the id is in the tooltip.
        QString name = s.node;
        if (m_run)
            if (const ProcessSpec *p = m_run->scenario().process(s.node); p && !p->label.isEmpty())
                name = p->label.text();
        // After an exec the pid is the same, the program is not: show both.
        return s.program.isEmpty() ? name : name + QStringLiteral(" → ") + s.program;
    }
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
    const ProcessSample &s = sample(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::DecorationRole:
        if (index.column() == StateColumn && s.node != kAgentKey)
            return liveStateColor(liveStateOf(s));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn && index.column() != StateColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (s.node == kAgentKey)
            return tr("proclab-agent: it forked the root and, as the run's subreaper, adopts and "
                      "reaps every process whose parent ended first (only direct children: "
                      "grandchildren keep their parent).");
        if (s.reparented)
            return tr("Reparented: its parent ended, so another process adopted it.");
        if (index.column() == NameColumn)
            return tr("id %1").arg(s.node);
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
    // Two lines, so a narrow table still shows every header whole over its numbers.
    case VoluntaryColumn:
        return tr("Voluntary\nswitches");
    case InvoluntaryColumn:
        return tr("Involuntary\nswitches");
    case CpuTimeColumn:
        return tr("CPU\ntime");
    }
    return {};
}

} // namespace proclab
