// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/wrappingdelegate.h"

#include <QHeaderView>
#include <QTreeView>

namespace proclab {

WrappingDelegate::WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    // The style wraps to the option's rectangle, which the view leaves empty when it
    // measures a row: give it the column's width.
    opt.rect.setWidth(m_view->header()->sectionSize(index.column()));
    opt.rect.setHeight(std::max(opt.rect.height(), 1));
    return QStyledItemDelegate::sizeHint(opt, index);
}

void WrappingDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideNone;
}

} // namespace proclab
