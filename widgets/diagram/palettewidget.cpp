// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/palettewidget.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <algorithm>

namespace proclab {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
}

PaletteWidget::PaletteWidget(QWidget *parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(28, 28));
    setSpacing(2);
    setUniformItemSizes(true);
    for (const NodeKind kind : allNodeKinds()) {
        auto *item = new QListWidgetItem(nodeKindIcon(kind), QString(), this);
        item->setData(kKindRole, int(kind));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    retranslate();
    connect(this, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit addRequested(kindOf(item)); });
}

QListWidgetItem *PaletteWidget::entry(NodeKind kind) const
{
    for (int i = 0; i < count(); ++i) {
        if (kindOf(item(i)) == kind)
            return item(i);
    }
    return nullptr;
}

NodeKind PaletteWidget::kindOf(const QListWidgetItem *item)
{
    return static_cast<NodeKind>(item->data(kKindRole).toInt());
}

QStringList PaletteWidget::mimeTypes() const
{
    return {QLatin1String(kNodeKindMimeType)};
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kNodeKindMimeType), nodeKindKey(kindOf(items.first())).toLatin1());
    return mime;
}

void PaletteWidget::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        emit addRequested(kindOf(currentItem()));
        return;
    }
    QListWidget::keyPressEvent(event);
}

void PaletteWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

void PaletteWidget::retranslate()
{
    for (int i = 0; i < count(); ++i) {
        const NodeKind kind = kindOf(item(i));
        item(i)->setText(nodeKindTitle(kind));
        item(i)->setToolTip(nodeKindDescription(kind) + QLatin1Char('\n') +
                            tr("Drag onto the canvas, or double-click to add."));
    }
    // Every kind stays in sight: a palette that scrolls hides what can be built, and one
    // narrower than its longest entry ("Lab: server cluster", longer in some languages)
    // cuts it. The dock follows these minimums.
    setMinimumHeight(count() * (sizeHintForRow(0) + 2 * spacing()) + 2 * frameWidth());
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, sizeHintForIndex(indexFromItem(item(i))).width());
    setMinimumWidth(widest + 2 * spacing() + 2 * frameWidth());
}

} // namespace proclab
