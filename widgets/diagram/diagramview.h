// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The canvas: accepts palette drops (only our MIME type), zooms with Ctrl+wheel, fits
// the diagram, and draws a quiet grid.

#include <QGraphicsView>

class QLabel;
class QMimeData;

namespace proclab {

class DiagramScene;

class DiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagram() const { return m_scene; }
    qreal zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitDiagram();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool acceptsDrop(const QMimeData *mime) const;
    void scaleBy(qreal factor);
    // An empty canvas says how to begin: a lesson, an example, or the palette.
    void updateEmptyHint();
    void layoutEmptyHint();

    DiagramScene *m_scene;
    QLabel *m_emptyHint;
};

} // namespace proclab
