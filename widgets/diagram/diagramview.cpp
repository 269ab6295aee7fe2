// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/diagramview.h"

#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/nodeitem.h"
#include "widgets/diagram/nodekindicon.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QWheelEvent>
#include <QtMath>

namespace proclab {

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_emptyHint(new QLabel(viewport()))
{
    m_emptyHint->setObjectName(QStringLiteral("emptyCanvasHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setTextFormat(Qt::RichText);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents); // drops still reach the view
    m_emptyHint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    connect(m_scene, &QGraphicsScene::changed, this, &DiagramView::updateEmptyHint);
    setAcceptDrops(true);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag); // rubber band = multi-select
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // The scrollable area grows with the diagram, with room around it to place more.
    auto updateRect = [this] {
        setSceneRect(m_scene->itemsBoundingRect().adjusted(-2000, -2000, 2000, 2000) |
                     QRectF(-2000, -2000, 4000, 4000));
    };
    connect(m_scene, &DiagramScene::diagramChanged, this, updateRect);
    // A fit keeps the place of the agent's node (beside the root) in sight, but a view the
    // learner zoomed or scrolled may not: the orphan lessons point at it, so scroll it in.
    connect(m_scene, &DiagramScene::adopterShown, this,
            [this](const QRectF &box) { ensureVisible(box, 10, 10); });
    updateRect();
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    setMinimumSize(320, 240);
    layoutEmptyHint();
    updateEmptyHint();
}

void DiagramView::updateEmptyHint()
{
    // Called on every scene change (live runs too): only the look-up, no relayout.
    // The scene's own count: scanning every item on every change showed up with thousands.
    m_emptyHint->setVisible(!m_scene->hasNodes());
}

void DiagramView::setLessonMode(bool inLesson)
{
    m_inLesson = inLesson;
    layoutEmptyHint();
}

void DiagramView::layoutEmptyHint()
{
    m_emptyHint->setText(
        m_inLesson ? tr("<p style=\"font-size:large\"><b>No diagram in this step</b></p>"
                        "<p>Read the step in the <b>Lessons</b> panel.<br/>The diagram opens "
                        "with the step that uses it.</p>")
                   : tr("<p style=\"font-size:large\"><b>An empty canvas</b></p>"
                        "<p>Start a lesson in the <b>Lessons</b> panel,<br/>open an example "
                        "from <b>File → Examples</b>,<br/>or drag a process from the "
                        "<b>Palette</b> onto the canvas.</p>"));
    m_emptyHint->setFixedWidth(qBound(100, viewport()->width() - 40, 460));
    m_emptyHint->adjustSize();
    m_emptyHint->move((viewport()->width() - m_emptyHint->width()) / 2,
                      (viewport()->height() - m_emptyHint->height()) / 2);
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    layoutEmptyHint();
    // The result strip comes and goes under the canvas after a run, and docks move: a view
    // that was fitted stays fitted (its top and bottom not cut), one zoomed by hand stays.
    if (m_fitFloor > 0 && !m_refitting) {
        m_refitting = true; // a scroll bar the fit adds or drops resizes the view again
        fit(m_fitFloor);
        m_refitting = false;
    }
}

void DiagramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        layoutEmptyHint();
    QGraphicsView::changeEvent(event);
}

qreal DiagramView::zoom() const
{
    return transform().m11();
}

bool DiagramView::acceptsDrop(const QMimeData *mime) const
{
    return mime && mime->hasFormat(QLatin1String(kNodeKindMimeType)) && !m_scene->isLocked() &&
           nodeKindFromKey(QString::fromLatin1(mime->data(QLatin1String(kNodeKindMimeType))));
}

void DiagramView::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DiagramView::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DiagramView::dropEvent(QDropEvent *event)
{
    if (!acceptsDrop(event->mimeData())) {
        event->ignore();
        return;
    }
    const auto kind = nodeKindFromKey(
        QString::fromLatin1(event->mimeData()->data(QLatin1String(kNodeKindMimeType))));
    m_scene->addNode(*kind, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
    setFocus();
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        m_fitFloor = 0;
        scaleBy(qPow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::scaleBy(qreal factor)
{
    const qreal next = qBound(0.05, zoom() * factor, 4.0);
    const qreal f = next / zoom();
    scale(f, f);
}

void DiagramView::zoomIn()
{
    m_fitFloor = 0;
    scaleBy(1.25);
}

void DiagramView::zoomOut()
{
    m_fitFloor = 0;
    scaleBy(1 / 1.25);
}

void DiagramView::resetZoom()
{
    m_fitFloor = 0;
    setTransform(QTransform());
}

void DiagramView::fitDiagram()
{
    fit(kReadableZoom);
    m_fitFloor = kReadableZoom;
}

void DiagramView::fitWholeDiagram()
{
    fit(0.05);
    m_fitFloor = 0.05;
}

void DiagramView::fit(qreal minZoom)
{
    QRectF bounds = m_scene->diagramBounds();
    if (bounds.isEmpty()) {
        setTransform(QTransform());
        centerOn(0, 0);
        return;
    }
    // A little air, no more: at 1280x800 every pixel of height is a three-level diagram's.
    bounds.adjust(-4, -4, 4, 4);
    fitInView(bounds, Qt::KeepAspectRatio);
    // Never blow a small diagram up past its natural size.
    if (zoom() > 1.0)
        setTransform(QTransform());
    if (zoom() >= minZoom) {
        centerOn(bounds.center());
        return;
    }
    // Too big to fit with readable text: readable text wins, and the view starts at the
    // top of the tree (the root) with the rest a scroll away.
    setTransform(QTransform::fromScale(minZoom, minZoom));
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    centerOn(bounds.center().x(), bounds.top() + visible.height() / 2);
}

void DiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (zoom() < 0.45)
        return;
    const qreal step = 40;
    painter->setPen(QPen(QColor(0xdf, 0xe3, 0xe8), 0));
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    }
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace proclab
