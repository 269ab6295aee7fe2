// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a cell's text wrapped at word boundaries and asks for the rows it needs at the
// column's width: a tree view measures rows without telling the delegate how wide the
// column is, so long texts would otherwise stay on one line, cut at the end.

#include <QStyledItemDelegate>

class QTreeView;

namespace proclab {

class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingDelegate(QTreeView *view);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace proclab
