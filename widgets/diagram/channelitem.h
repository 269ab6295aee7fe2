// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A channel on the canvas (shared buffer, counter, pipe, mailbox, socket pair): its
// settings while editing; its fill level and throughput during a run.

#include "core/run/runsnapshot.h"
#include "core/scenario/scenario.h"
#include "widgets/diagram/diagramitemtypes.h"
#include "widgets/diagram/nodeitem.h"

#include <QIcon>
#include <optional>

namespace proclab {

class ChannelItem : public NodeItem
{
public:
    enum
    {
        Type = ChannelItemType
    };
    explicit ChannelItem(const ChannelSpec &spec);
    int type() const override { return Type; }

    void setSpec(const ChannelSpec &spec);
    const ChannelSpec &spec() const { return m_spec; }

    void setLive(const std::optional<ChannelSample> &sample);
    const std::optional<ChannelSample> &live() const { return m_live; }

    void refreshText();
    QSizeF size() const override;
    // The line under the label (capacity and mode, later the live fill): its text while
    // editing, its font from the view's, and its width. paint() draws with them, and a test
    // keeps every shipped diagram's line whole.
    QString detailText() const;
    static QFont detailFont(const QFont &viewFont);
    qreal detailWidth() const;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QPointF handlePosition() const override;

private:
    static constexpr qreal kIconSize = 24;
    QRectF textRect() const;
    QString liveText() const;

    ChannelSpec m_spec;
    std::optional<ChannelSample> m_live;
    QIcon m_icon;
};

} // namespace proclab
