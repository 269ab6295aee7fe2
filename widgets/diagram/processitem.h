// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A process on the canvas: its label and behaviour while editing; its live pid and
// state colour during a run.

#include "core/run/runsnapshot.h"
#include "core/scenario/scenario.h"
#include "widgets/diagram/diagramitemtypes.h"
#include "widgets/diagram/nodeitem.h"

#include <optional>

namespace proclab {

class ProcessItem : public NodeItem
{
public:
    enum
    {
        Type = ProcessItemType
    };
    explicit ProcessItem(const ProcessSpec &spec);
    int type() const override { return Type; }

    void setSpec(const ProcessSpec &spec);
    const ProcessSpec &spec() const { return m_spec; }

    void setLive(const std::optional<ProcessSample> &sample);
    const std::optional<ProcessSample> &live() const { return m_live; }
    int livePid() const { return m_live ? m_live->pid : 0; }

    void refreshText(); // after a language change
    // Below this scale (about 1:3) an item is drawn as a coloured box without text.
    static constexpr qreal kTextLevelOfDetail = 0.35;
    QSizeF size() const override;
    // The small lines under the label (the behaviour, later the live state; the id): their
    // font, from the view's, and the width the behaviour line has while editing. paint()
    // draws with them, and a test keeps every shipped diagram's behaviour line whole.
    static QFont detailFont(const QFont &viewFont);
    qreal detailWidth() const;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QPointF handlePosition() const override;

private:
    static constexpr qreal kTitleScale = 1.05; // the label, a little above the view's font
    QRectF textRect() const;

    ProcessSpec m_spec;
    std::optional<ProcessSample> m_live;
};

} // namespace proclab
