// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/processitem.h"

#include "widgets/common/livestatecolor.h"
#include "widgets/diagram/behaviourtext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace proclab {

ProcessItem::ProcessItem(const ProcessSpec &spec) : NodeItem(spec.id)
{
    setSpec(spec);
    placeHandle();
}

void ProcessItem::setSpec(const ProcessSpec &spec)
{
    m_spec = spec;
    refreshText();
    update();
}

namespace {

// Everything paint() and the tooltip show of a live sample; nothing else needs a repaint.
bool looksTheSame(const std::optional<ProcessSample> &a, const std::optional<ProcessSample> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->pid == b->pid && liveStateOf(*a) == liveStateOf(*b) && a->exitCode == b->exitCode &&
           a->exitSignal == b->exitSignal && a->items == b->items && a->program == b->program;
}

} // namespace

void ProcessItem::setLive(const std::optional<ProcessSample> &sample)
{
    // At 10 Hz with a thousand processes most samples change nothing on screen: repainting
    // (and re-laying out the text of) every item each tick stalled the GUI.
    const bool same = looksTheSame(m_live, sample);
    m_live = sample;
    if (same)
        return;
    refreshText();
    update();
}

void ProcessItem::refreshText()
{
    QString summary = m_spec.label.text() + QStringLiteral(" (") + m_spec.id +
                      QStringLiteral(")\n") + behaviourSummary(m_spec.behaviour);
    if (m_live && m_live->pid > 0)
        summary += QStringLiteral("\n") + QCoreApplication::translate("ProcessItem", "pid %1, %2")
                                              .arg(m_live->pid)
                                              .arg(liveStateName(liveStateOf(*m_live)));
    updateToolTip(summary);
}

QSizeF ProcessItem::size() const
{
    // Tall enough for a title on two lines above the state and id lines.
    return QSizeF(172, 84);
}

QPointF ProcessItem::handlePosition() const
{
    return QPointF(0, size().height() / 2);
}

QRectF ProcessItem::textRect() const
{
    return frameRect().adjusted(18, 6, -8, -6); // right of the state strip
}

QFont ProcessItem::detailFont(const QFont &viewFont)
{
    QFont small = viewFont;
    small.setBold(false);
    small.setPointSizeF(viewFont.pointSizeF() * kTitleScale * 0.9);
    return small;
}

qreal ProcessItem::detailWidth() const
{
    return textRect().width();
}

void ProcessItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = frameRect();
    const LiveState state = m_live ? liveStateOf(*m_live) : LiveState::NotStarted;
    // Level of detail: zoomed out to fit hundreds of processes the text is a few pixels high
    // and unreadable, and laying it out for every item is what made such a diagram slow. A
    // box in the state's colour says what can be seen at that size.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < kTextLevelOfDetail) {
        painter->setPen(QPen(QColor(0x8a, 0x94, 0xa0), 0));
        painter->setBrush(m_live ? liveStateColor(state) : QColor(0xdd, 0xe6, 0xf2));
        painter->drawRect(r);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor stateColor = liveStateColor(state);
    QColor fill = Qt::white;
    if (m_live && state != LiveState::NotStarted)
        // A light wash of the state colour: readable text, same hue as the strip.
        fill = QColor::fromRgbF(1 - 0.22 * (1 - stateColor.redF()),
                                1 - 0.22 * (1 - stateColor.greenF()),
                                1 - 0.22 * (1 - stateColor.blueF()));
    paintFrame(painter, fill, 10);

    // The state strip on the left: one colour language with the legend and the table.
    QPainterPath strip;
    strip.addRoundedRect(QRectF(r.left() + 1, r.top() + 1, 12, r.height() - 2), 9, 9);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_live ? stateColor : QColor(0x6b, 0x8c, 0xb8));
    painter->drawPath(strip.intersected(QPainterPath([&] {
        QPainterPath p;
        p.addRect(QRectF(r.left(), r.top(), 10, r.height()));
        return p;
    }())));

    const QRectF text = textRect();
    QFont title = painter->font();
    const QFont small = detailFont(title);
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * kTitleScale);
    painter->setFont(title);
    painter->setPen(QColor(0x1d, 0x23, 0x2b));
    const QFontMetricsF tm(title);
    QString pidText;
    if (m_live && m_live->pid > 0)
        pidText = QCoreApplication::translate("ProcessItem", "pid %1").arg(m_live->pid);
    const QFontMetricsF sm(small);
    // A long label ("main: forks at i=0, 1, 2") wraps to a second line instead of being
    // cut after two words; only a third line's worth is elided (whole in the tooltip).
    const qreal titleRoom = text.height() - sm.height() * 2 - 2;
    const int titleLines = std::max(1, std::min(2, int(titleRoom / tm.lineSpacing())));
    const QStringList lines = wrappedLines(m_spec.label.text(), title, text.width(), titleLines);
    for (int i = 0; i < lines.size(); ++i)
        painter->drawText(
            QRectF(text.left(), text.top() + i * tm.lineSpacing(), text.width(), tm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, lines[i]);

    painter->setFont(small);
    const qreal pidWidth = pidText.isEmpty() ? 0 : sm.horizontalAdvance(pidText) + 10;
    QString second = behaviourSummary(m_spec.behaviour);
    QString third = m_spec.id;
    if (m_live && state != LiveState::NotStarted) {
        second = liveStateName(state);
        if (m_live->exitSignal)
            second += QStringLiteral(" · SIG %1").arg(*m_live->exitSignal);
        else if (m_live->exitCode)
            second += QStringLiteral(" · %1").arg(*m_live->exitCode);
        if (m_live->items > 0)
            third = QCoreApplication::translate("ProcessItem", "%1 items")
                        .arg(QLocale().toString(m_live->items));
        if (!m_live->program.isEmpty()) // after exec: same pid, another program
            third = QCoreApplication::translate("ProcessItem", "now runs %1").arg(m_live->program);
    }
    // The pid badge sits on the last line, so a long label keeps the whole first line;
    // unless the last line's text ("now runs sleeper" after an exec) needs the room and the
    // state line above leaves it.
    const qreal besideBadge = text.width() - pidWidth - 4;
    const bool badgeOnSecond = pidWidth > 0 && sm.horizontalAdvance(third) > besideBadge &&
                               sm.horizontalAdvance(second) <= besideBadge;
    const qreal secondTop = text.bottom() - sm.height() * 2 - 2;
    const qreal thirdTop = text.bottom() - sm.height();
    if (pidWidth > 0) {
        const QRectF badge(text.right() - pidWidth, (badgeOnSecond ? secondTop : thirdTop) - 1,
                           pidWidth, sm.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x1d, 0x23, 0x2b));
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, pidText);
    }
    painter->setPen(QColor(0x4a, 0x52, 0x5c));
    const QRectF secondRect(text.left(), secondTop, badgeOnSecond ? besideBadge : text.width(),
                            sm.height());
    painter->drawText(secondRect, Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(second, Qt::ElideRight, secondRect.width()));
    painter->setPen(QColor(0x7a, 0x82, 0x8c));
    const QRectF idRect(text.left(), thirdTop, badgeOnSecond ? text.width() : besideBadge,
                        sm.height());
    painter->drawText(idRect, Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(third, Qt::ElideRight, idRect.width()));
}

} // namespace proclab
