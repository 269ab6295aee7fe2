// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The list of things to place. Dragging an entry starts a real QDrag carrying our MIME
// type (QAbstractItemView starts it past QApplication::startDragDistance()); a
// double-click or Enter adds the item without dragging.

#include "widgets/diagram/nodekindicon.h"

#include <QListWidget>

namespace proclab {

class PaletteWidget : public QListWidget
{
    Q_OBJECT
public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    QListWidgetItem *entry(NodeKind kind) const;
    static NodeKind kindOf(const QListWidgetItem *item);
    // The payload a drag of these entries carries (public so tests can drop it).
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

signals:
    void addRequested(proclab::NodeKind kind);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
};

} // namespace proclab
