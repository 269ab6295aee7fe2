// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/processtreeview.h"

#include "widgets/runview/processtreemodel.h"

#include <QEvent>
#include <QHeaderView>

namespace proclab {

ProcessTreeView::ProcessTreeView(ProcessTreeModel *model, QWidget *parent)
    : QTreeView(parent), m_model(model)
{
    setModel(model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ProcessTreeModel::NameColumn, QHeaderView::Interactive);
    header()->resizeSection(ProcessTreeModel::NameColumn, 130);
    // The tree's shape is the lesson: always show all of it.
    connect(model, &QAbstractItemModel::modelReset, this, &ProcessTreeView::fitToRows);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ProcessTreeView::fitToRows);
}

void ProcessTreeView::fitToRows()
{
    expandAll();
    // Columns that fit their contents measure every row at every change; with hundreds of
    // processes that alone stalled the window at each sample. Large trees get the widths
    // measured once, here, and keep them.
    const bool large = m_model->nodeCount() > kFitContentsRows;
    for (int c = 0; c < ProcessTreeModel::ColumnCount; ++c) {
        if (c == ProcessTreeModel::NameColumn)
            continue;
        header()->setSectionResizeMode(c, large ? QHeaderView::Interactive
                                                : QHeaderView::ResizeToContents);
        if (large)
            resizeColumnToContents(c);
    }
}

void ProcessTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    QTreeView::changeEvent(event);
}

} // namespace proclab
