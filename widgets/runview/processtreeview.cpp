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
    // The tree is small and its shape is the lesson: always show all of it.
    connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::rowsInserted, this, &QTreeView::expandAll);
}

void ProcessTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    QTreeView::changeEvent(event);
}

} // namespace proclab
