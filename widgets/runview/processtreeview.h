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
    QSize sizeHint() const override; // wide enough for every column whole

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
    static constexpr int kLeastNameWidth = 80;   // a name cut shorter says nothing

    ProcessTreeModel *m_model;
    int m_stateWidth = 0; // the widest state shown in this run, kept while it runs
    QTimer m_fit;         // coalesces the many changes of one snapshot into one fit
};

} // namespace proclab
