// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/processtreeview.h"

#include "widgets/runview/processtreemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QResizeEvent>
#include <QToolTip>

namespace proclab {

ProcessTreeView::ProcessTreeView(ProcessTreeModel *model, QWidget *parent)
    : QTreeView(parent), m_model(model)
{
    setModel(model);
    setUniformRowHeights(true);
    setIndentation(14); // a deep fork tree keeps room for its names
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setMinimumSectionSize(24);
    // Columns are fitted to the table's width whenever values or the width change.
    m_fit.setSingleShot(true);
    m_fit.setInterval(0);
    connect(&m_fit, &QTimer::timeout, this, &ProcessTreeView::fitColumns);
    // The tree's shape is the lesson: always show all of it.
    connect(model, &QAbstractItemModel::modelReset, this, &ProcessTreeView::fitToRows);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ProcessTreeView::fitToRows);
    // Measuring every row at every sample stalled the window with hundreds of processes:
    // large trees are fitted when rows come and go or the width changes, not per sample.
    auto refit = [this] {
        if (m_model->nodeCount() <= kFitContentsRows)
            m_fit.start();
    };
    connect(model, &QAbstractItemModel::dataChanged, this, refit);
    connect(model, &QAbstractItemModel::headerDataChanged, this, refit);
    connect(model, &QAbstractItemModel::layoutChanged, this, refit);
}

void ProcessTreeView::fitToRows()
{
    expandAll();
    m_fit.start();
}

// Every number stays whole: a column is at least as wide as its values, so the last
// (CPU time) is never pushed out of sight. When the table is narrower than values and
// headers together, a long header is cut ("Involunt…", its tooltip says what it counts),
// then the name and state columns give way (cut text shows whole on hover).
void ProcessTreeView::fitColumns()
{
    // sizeHintForColumn() lays out the text of up to 1,000 rows per column: 35 ms for a
    // 1,000-process tree, in one turn. The rows on screen and their neighbours, up to
    // kMeasuredRows, tell the widths of a large tree well enough (a cut value shows whole
    // in its tooltip).
    header()->setResizeContentsPrecision(m_model->nodeCount() > kMeasuredRows ? kMeasuredRows : -1);
    const int count = m_model->columnCount();
    QList<int> values(count), wanted(count);
    int total = 0;
    for (int c = 0; c < count; ++c) {
        values[c] = std::max(sizeHintForColumn(c), 24);
        wanted[c] = std::max(values[c], header()->sectionSizeHint(c));
        total += wanted[c];
    }
    const int room = viewport()->width();
    const bool elastic[] = {true, false, false, true}; // name, pid, ppid, state, numbers…
    auto isElastic = [&](int c) { return c < 4 && elastic[c]; };
    if (total > room) {
        // First the numbers' headers give way, down to the numbers' own width (and room
        // for a few letters of the header).
        for (int c = 0; c < count && total > room; ++c) {
            if (isElastic(c))
                continue;
            const int least = std::max(values[c], 40);
            const int cut = std::min(wanted[c] - least, total - room);
            if (cut > 0) {
                wanted[c] -= cut;
                total -= cut;
            }
        }
        // Then the state gives way down to its colour swatch (the diagram names the state
        // too), and only then the name, to a readable minimum.
        const int name = ProcessTreeModel::NameColumn, state = ProcessTreeModel::StateColumn;
        const int swatch = iconSize().width() > 0 ? iconSize().width() + 20 : 36;
        int cut = std::min(wanted[state] - swatch, total - room);
        if (cut > 0) {
            wanted[state] -= cut;
            total -= cut;
        }
        cut = std::min(wanted[name] - 80, total - room);
        if (cut > 0)
            wanted[name] -= cut;
    } else {
        wanted[ProcessTreeModel::StateColumn] += room - total; // the spare width
    }
    for (int c = 0; c < count; ++c)
        header()->resizeSection(c, wanted[c]);
}

void ProcessTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    m_fit.start();
}

bool ProcessTreeView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid() && !index.data(Qt::ToolTipRole).isValid()) {
            const QString text = index.data(Qt::DisplayRole).toString();
            const QRect cell = visualRect(index);
            // Room for the text: the cell less its margins and a colour swatch if any.
            const int room =
                cell.width() - 8 -
                (index.data(Qt::DecorationRole).isValid() ? iconSize().width() + 8 : 0);
            if (fontMetrics().horizontalAdvance(text) > room) {
                QToolTip::showText(help->globalPos(), text, viewport(), cell);
                return true;
            }
        }
    }
    return QTreeView::viewportEvent(event);
}

void ProcessTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    QTreeView::changeEvent(event);
}

} // namespace proclab
