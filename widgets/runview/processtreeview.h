// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The process table: a tree view over ProcessTreeModel that keeps every row expanded.

#include <QTreeView>

namespace proclab {

class ProcessTreeModel;

class ProcessTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit ProcessTreeView(ProcessTreeModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    // A cell whose text is cut to "…" shows the whole text on hover.
    bool viewportEvent(QEvent *event) override;

private:
    void fitToRows();
    static constexpr int kFitContentsRows = 100; // above this, widths are measured once

    ProcessTreeModel *m_model;
};

} // namespace proclab
