// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The canvas: accepts palette drops (only our MIME type), zooms with Ctrl+wheel, fits
// the diagram, and draws a quiet grid.

#include <QGraphicsView>

class QLabel;
class QMimeData;

namespace proclab {

class DiagramScene;

// The smallest zoom an automatic fit uses: below it a node's small text (about 11 px at
// 100 %) falls under 8 px. Fit Diagram on the View menu may go further when asked.
inline constexpr qreal kReadableZoom = 0.75;

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
    void fitDiagram();      // fits, but never below kReadableZoom (then starts at the top)
    void fitWholeDiagram(); // fits all of it, however small
    // In a lesson the empty canvas does not invite the learner to start one: the step being
    // read has no diagram yet, and a later step brings it.
    void setLessonMode(bool inLesson);

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
    void fit(qreal minZoom);
    // An empty canvas says how to begin: a lesson, an example, or the palette.
    void updateEmptyHint();
    void layoutEmptyHint();

    DiagramScene *m_scene;
    QLabel *m_emptyHint;
    // The floor of the last automatic or menu fit, kept while the view stays fitted; 0 once
    // the learner zooms by hand (then a resize leaves the zoom alone).
    qreal m_fitFloor = 0;
    bool m_refitting = false;
    bool m_inLesson = false;
};

} // namespace proclab
