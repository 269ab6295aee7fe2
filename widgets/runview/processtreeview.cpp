// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/processtreeview.h"

#include "widgets/runview/processtreemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QToolTip>

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
    // Every column as wide as its header and values, so the last (CPU time) is never cut
    // off; only the state column gives way (elided, whole on hover; its colour and the
    // diagram say it too) when the dock is narrow, rather than pushing numbers out of sight.
    header()->setSectionResizeMode(ProcessTreeModel::StateColumn, QHeaderView::Stretch);
    header()->setMinimumSectionSize(36);
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
        if (c == ProcessTreeModel::StateColumn)
            continue;
        header()->setSectionResizeMode(c, large ? QHeaderView::Interactive
                                                : QHeaderView::ResizeToContents);
        if (large)
            resizeColumnToContents(c);
    }
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
