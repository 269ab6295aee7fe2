// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Common part of a process or channel on the canvas: its id, its connection handle,
// the edges that follow it, and the validation problems shown on it.

#include <QGraphicsItem>
#include <QList>
#include <QString>
#include <QStringList>

namespace proclab {

class EdgeItem;
class HandleItem;

class NodeItem : public QGraphicsItem
{
public:
    explicit NodeItem(const QString &id);
    ~NodeItem() override;

    QString id() const { return m_id; }
    void addEdge(EdgeItem *edge);
    void removeEdge(EdgeItem *edge);
    int forkChildren() const { return m_forkChildren; } // fork edges from this node

    // Problems from validateScenario, shown as a red outline and in the tooltip.
    void setProblems(const QStringList &problems);
    QStringList problems() const { return m_problems; }

    // During a run the diagram is shown, not edited.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    virtual QSizeF size() const = 0;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    // Where an edge towards `towards` leaves this item's outline.
    QPointF edgeAnchor(QPointF towards) const;
    QRectF sceneFrame() const; // the outline, in scene coordinates

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    QRectF frameRect() const;
    void paintFrame(QPainter *painter, const QColor &fill, qreal radius) const;
    void updateToolTip(const QString &summary);
    // `text` broken at word boundaries into at most `maxLines` lines of `width`; the last
    // line is elided when the text needs more.
    static QStringList wrappedLines(const QString &text, const QFont &font, qreal width,
                                    int maxLines);
    HandleItem *handle() const { return m_handle; }
    virtual QPointF handlePosition() const = 0;
    void placeHandle();

private:
    QString m_id;
    QList<EdgeItem *> m_edges;
    int m_forkChildren = 0;
    QStringList m_problems;
    HandleItem *m_handle = nullptr;
    bool m_locked = false;
};

} // namespace proclab
