// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The process table: a tree view over ProcessTreeModel that keeps every row expanded.

#include <QTimer>
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
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void fitToRows();
    static constexpr int kFitContentsRows = 100; // above this, widths are measured once
    static constexpr int kMeasuredRows = 200;    // at most, for a column's width

    ProcessTreeModel *m_model;
    QTimer m_fit; // coalesces the many changes of one snapshot into one fit
};

} // namespace proclab
