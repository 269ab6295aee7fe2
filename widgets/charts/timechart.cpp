// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/timechart.h"

#include "widgets/charts/axislook.h"
#include "widgets/charts/chartnotice.h"
#include "widgets/charts/linepoints.h"
#include "widgets/charts/seriescolors.h"

#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QIODevice>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace proclab {

QString axisLabelFormat(double maxValue)
{
    if (maxValue >= 50)
        return u"%.0f"_s;
    if (maxValue >= 1)
        return u"%.1f"_s;
    return u"%.3g"_s;
}

double displayScale(double maxValue)
{
    if (maxValue >= 1e7)
        return 1e6;
    if (maxValue >= 1e4)
        return 1e3;
    return 1;
}

QString scaledTitle(const QString &title, double scale)
{
    if (title.isEmpty() || scale == 1)
        return title;
    return title + (scale == 1e3 ? u" (×1000)"_s : u" (×10⁶)"_s);
}

TimeChart::TimeChart(QGraphicsItem *parent)
    : QChart(parent), m_time(new QValueAxis(this)), m_left(new QValueAxis(this)),
      m_right(new QValueAxis(this)), m_notice(new ChartNotice(this))
{
    setAnimationOptions(QChart::NoAnimation); // live data: animations only lag
    addAxis(m_time, Qt::AlignBottom);
    addAxis(m_left, Qt::AlignLeft);
    addAxis(m_right, Qt::AlignRight);
    m_right->setVisible(false);
    m_time->setLabelFormat(u"%.0f"_s);
    m_left->setLabelFormat(u"%.4g"_s);
    m_right->setLabelFormat(u"%.4g"_s);
    m_time->setRange(0, 10);
    m_left->setRange(0, 1);
    m_right->setRange(0, 1);
    legend()->setAlignment(Qt::AlignBottom);
    // A short line in the series' own pen: solid and dashed series look different in the
    // legend too, not only on the plot.
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // A chart made wider or narrower gets a tick step that suits its new width.
    connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        if (std::max(2, int(plot.width() / 40)) != m_tickRoom)
            fitAxes(m_firstT, m_lastT);
        fitLegend();
    });
    setMargins(QMargins(2, 2, 2, 2));
    // The chart fills its view: no rounded card inside a grey frame, which cost a low
    // chart a fifth of its height.
    layout()->setContentsMargins(0, 0, 0, 0);
    setBackgroundRoundness(0);
    // Compact type so a chart 200 px high keeps its title, a legend row and whole labels.
    QFont titleFont = font();
    titleFont.setBold(true);
    setTitleFont(titleFont);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    legend()->setFont(small);
    for (QValueAxis *axis : {m_time, m_left, m_right}) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }
}

void TimeChart::setAxisTitles(const QString &time, const QString &left, const QString &right)
{
    m_time->setTitleText(time);
    m_leftTitle = left;
    m_rightTitle = right;
    m_left->setTitleText(scaledTitle(left, m_leftScale));
    m_right->setTitleText(scaledTitle(right, m_rightScale));
    m_right->setVisible(!right.isEmpty());
}

void TimeChart::setSpec(const ChartSpec &spec, const Scenario &scenario)
{
    setTitle(spec.title);
    m_notice->setNotice(spec.notice);
    m_leftTop = spec.leftTop;
    m_leftBands = spec.leftBands;
    m_leftThousandfoldTitle = spec.leftAxisThousandfold;
    setAxisTitles(spec.timeAxis, spec.leftAxis, spec.rightAxis);
    QList<TimeSeriesSpec> specs;
    for (const ChartSeriesSpec &in : spec.series) {
        TimeSeriesSpec out;
        out.name = in.name;
        out.ownerName = in.ownerName;
        out.styleName = in.styleName;
        out.column = in.column;
        if (in.colour != ChartSeriesSpec::Colour::Accent)
            out.shortName = in.owner;
        switch (in.colour) {
        case ChartSeriesSpec::Colour::Channel:
            out.color = channelColor(scenario, in.owner);
            break;
        case ChartSeriesSpec::Colour::Process:
            out.color = processColor(scenario, in.owner);
            break;
        case ChartSeriesSpec::Colour::Accent:
            out.color = QColor(0x8e44ad);
            break;
        }
        out.style = in.line == ChartSeriesSpec::Line::Dash  ? Qt::DashLine
                    : in.line == ChartSeriesSpec::Line::Dot ? Qt::DotLine
                                                            : Qt::SolidLine;
        out.rightAxis = in.rightAxis;
        out.key = in.key;
        out.derive = in.derive;
        specs.append(out);
    }
    setSeriesSpecs(specs);
}

namespace {
// Whether two lists draw the same lines, in the same order (what they plot may differ).
bool sameLines(const QList<TimeSeriesSpec> &a, const QList<TimeSeriesSpec> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.name == y.name && x.color == y.color && x.style == y.style &&
               x.rightAxis == y.rightAxis && x.ownerName == y.ownerName &&
               x.styleName == y.styleName && x.shortName == y.shortName;
    });
}
} // namespace

void TimeChart::setSeriesSpecs(const QList<TimeSeriesSpec> &specs)
{
    if (!m_series.isEmpty() && sameLines(specs, m_specs)) {
        // A run starts with the lines the opened scenario already shows. Removing and adding
        // them again cost Qt's legend a relayout per line (quadratic): ~40 ms at the start of
        // a 1,000-process run with 100 processes plotted, in one event-loop turn.
        m_specs = specs;
        m_raw = QList<QList<QPointF>>(specs.size());
        for (QLineSeries *s : std::as_const(m_series))
            s->clear();
        return;
    }
    for (QLineSeries *s : std::as_const(m_series) + m_styleKeys) {
        removeSeries(s);
        delete s;
    }
    m_series.clear();
    m_shortNames.clear();
    m_styleKeys.clear();
    m_raw = QList<QList<QPointF>>(specs.size());
    m_specs = specs;
    // Two line styles per item (p50 solid, p99 dashed): the legend names each item once,
    // by the colour of its first style, and keys the styles once in grey.
    QList<Qt::PenStyle> styles;
    QStringList styleNames;
    for (const TimeSeriesSpec &spec : specs)
        if (!spec.styleName.isEmpty() && !styles.contains(spec.style)) {
            styles.append(spec.style);
            styleNames.append(spec.styleName);
        }
    QStringList owners;
    for (const TimeSeriesSpec &spec : specs)
        if (!owners.contains(spec.ownerName))
            owners.append(spec.ownerName);
    // One item: its lines are simply named by style ("— items/s", "- - MB/s"), in its
    // colour. Several: each item once by colour, and the styles keyed once in grey.
    const bool byStyle = styles.size() > 1 && owners.size() == 1;
    const bool keyed = styles.size() > 1 && owners.size() > 1;
    // A few lines read best 2 px wide. Many are a tangle either way, thinner is less of one,
    // and a 1 px line is drawn without being outlined first: painting a hundred processes'
    // 200 lines at 2 px was a sixth of the GUI thread during a 1,000-process run.
    const qreal lineWidth = specs.size() > kWideLinesUpTo ? 1 : 2;
    for (const TimeSeriesSpec &spec : specs) {
        auto *s = new QLineSeries(this);
        s->setName(byStyle                              ? spec.styleName
                   : keyed && !spec.ownerName.isEmpty() ? spec.ownerName
                                                        : spec.name);
        s->setPen(QPen(spec.color, lineWidth, spec.style));
        addSeries(s);
        s->attachAxis(m_time);
        s->attachAxis(spec.rightAxis ? m_right : m_left);
        m_series.append(s);
        m_shortNames.append(byStyle || spec.shortName.size() >= s->name().size() ? QString()
                                                                                 : spec.shortName);
    }
    if (keyed)
        for (int i = 0; i < styles.size(); ++i) {
            auto *key = new QLineSeries(this);
            key->setName(styleNames[i]);
            key->setPen(QPen(QColor(0x55, 0x5d, 0x66), lineWidth, styles[i]));
            addSeries(key);
            key->attachAxis(m_time);
            key->attachAxis(m_left);
            m_styleKeys.append(key);
        }
    legend()->setVisible(!specs.isEmpty());
    m_keyed = keyed;
    m_firstStyle = styles.isEmpty() ? Qt::SolidLine : styles.constFirst();
    m_legendRoom = -1;
    fitLegend();
}

// Qt's legend is one row: entries that do not fit are cut to "..." or to nothing. Sixty-four
// processes would make 64 entries, and a long label ("parent (exits early)") takes the room
// of two. The legend keys the styles first, then names the lines in order for as long as
// their measured texts fit the chart's width, each by its label or, where that names more
// lines, by its item's id (the diagram's box shows the id too). The picker above the
// charts lists every item by colour.
void TimeChart::fitLegend()
{
    const int room = int(size().width());
    if (room == m_legendRoom)
        return;
    m_legendRoom = room;
    const QFontMetrics fm(legend()->font());
    // A marker's line, the gaps around it and between entries.
    const int entryExtra = fm.height() * 2 + 16;
    int keys = 0;
    for (QLineSeries *key : std::as_const(m_styleKeys))
        for (QLegendMarker *marker : legend()->markers(key)) {
            marker->setVisible(true);
            keys += fm.horizontalAdvance(marker->label()) + entryExtra;
        }
    // The labels of the lines shown, in order; the rest stay hidden.
    auto fit = [&](bool shortNames) {
        QStringList shown;
        int used = keys;
        for (int i = 0; i < m_series.size(); ++i) {
            if (m_keyed && m_specs[i].style != m_firstStyle)
                continue; // the item is named once, by its first style
            const QString label =
                shortNames && !m_shortNames[i].isEmpty() ? m_shortNames[i] : m_series[i]->name();
            used += fm.horizontalAdvance(label) + entryExtra;
            if (used > room)
                break;
            shown.append(label);
        }
        return shown;
    };
    const QStringList byLabel = fit(false);
    const QStringList byId = fit(true);
    const QStringList &labels = byId.size() > byLabel.size() ? byId : byLabel;
    for (int i = 0, next = 0; i < m_series.size(); ++i) {
        const bool visible = !(m_keyed && m_specs[i].style != m_firstStyle) && next < labels.size();
        for (QLegendMarker *marker : legend()->markers(m_series[i])) {
            marker->setLabel(visible ? labels[next] : m_series[i]->name());
            marker->setVisible(visible);
        }
        next += visible;
    }
    // Hiding markers does not lay the legend out again: entries would stay cut to the
    // widths they had when every marker showed.
    if (legend()->layout())
        legend()->layout()->invalidate();
}

void TimeChart::setWindowS(double seconds)
{
    m_windowS = seconds;
    fitAxes(m_firstT, m_lastT);
}

void TimeChart::refresh(const RunHistory &history)
{
    m_firstT = history.firstTimeS();
    m_lastT = history.lastTimeS();
    for (int i = 0; i < m_specs.size(); ++i) {
        const TimeSeriesSpec &spec = m_specs[i];
        QList<QPointF> pts;
        if (spec.derive) {
            pts = spec.derive(history);
        } else {
            const auto points = history.points(spec.key);
            pts.reserve(points.size());
            for (const auto &p : points)
                pts.append({p.tS, p.value});
        }
        m_raw[i] = std::move(pts);
    }
    fitAxes(m_firstT, m_lastT);
}

// The time axis shows the last window (scrolling as the run goes on); the value axes
// fit what is visible, from zero, so rates are never exaggerated by a cut-off axis.
void TimeChart::fitAxes(double t0, double t1)
{
    const double end = std::max(t1, t0 + 1.0);
    const double start = m_windowS > 0 ? std::max(t0, end - m_windowS) : t0;
    // Whole-number tick steps (1, 2, 5 × 10^n s), no denser than a label per ~40 px
    // (denser, Qt Charts cuts labels to "…", which read as stray marks between the
    // numbers: "8 ⁝ 10 ( 12 ⁝ 14"), and the range widened to whole steps so fixed ticks land
    // on them. Not QValueAxis::TicksDynamic: its label layout is not redone when only the
    // interval changes, so an earlier layout's labels could stay on screen.
    m_tickRoom = std::max(2, int(plotArea().width() / 40));
    const double raw = (end - start) / m_tickRoom;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = std::max(1.0, raw <= mag       ? mag
                                      : raw <= 2 * mag ? 2 * mag
                                      : raw <= 5 * mag ? 5 * mag
                                                       : 10 * mag);
    const double lo = std::floor(start / step + 1e-9) * step;
    const double hi = std::max(lo + step, std::ceil(end / step - 1e-9) * step);
    const AxisLook timeLook{lo, hi, int(std::lround((hi - lo) / step)) + 1, m_time->labelFormat()};
    double leftMax = 0, rightMax = 0;
    for (int i = 0; i < m_raw.size(); ++i) {
        double &m = m_specs[i].rightAxis ? rightMax : leftMax;
        for (const QPointF &p : std::as_const(m_raw[i]))
            if (p.x() >= start && std::isfinite(p.y()))
                m = std::max(m, p.y());
    }
    const bool thousandfold = !m_leftThousandfoldTitle.isEmpty() && leftMax >= 1000;
    m_leftScale = thousandfold ? 1e3 : displayScale(leftMax);
    m_rightScale = displayScale(rightMax);
    leftMax /= m_leftScale;
    rightMax /= m_rightScale;
    m_left->setTitleText(thousandfold ? m_leftThousandfoldTitle
                                      : scaledTitle(m_leftTitle, m_leftScale));
    m_right->setTitleText(scaledTitle(m_rightTitle, m_rightScale));
    const AxisLook left = leftLook(leftMax);
    const AxisLook right =
        niceLook(m_right, rightMax > 0 ? rightMax * 1.1 : 1, axisLabelFormat(rightMax * 1.1));
    // Each axis whose range moves lays out every line attached to it again, with the points
    // the line has; replacing the points lays it out once more. Emptied first, a line is
    // laid out once, with its new points: at the end of a 1,000-process run, when the time
    // axis moves every second, that pass over 100 lines was a third of the longest stall.
    const bool moves =
        rangeMoves(m_time, timeLook) || rangeMoves(m_left, left) || rangeMoves(m_right, right);
    if (moves)
        for (QLineSeries *s : std::as_const(m_series))
            s->clear();
    showLook(m_time, timeLook);
    showLook(m_left, left);
    showLook(m_right, right);
    for (int i = 0; i < m_raw.size(); ++i) {
        const double scale = m_specs[i].rightAxis ? m_rightScale : m_leftScale;
        const QList<QPointF> shown = linePoints(m_raw[i], timeLook.min, scale);
        // A line that did not change (a process that has ended) is not laid out again.
        if (moves || m_series[i]->points() != shown)
            m_series[i]->replace(shown);
    }
}

// Worked out whole before the axis is set: setting the raw range, then the nice one, then
// a fixed top changed the axis up to three times per refresh even when it ended where it
// was, each time laying out its labels and every line again (a 1,000-process run's charts
// spent half its longest stall there).
AxisLook TimeChart::leftLook(double leftMax) const
{
    // A share of a capacity never needs more than its top (a sample a hair above 100 %
    // is drawn at the edge rather than stretching the axis to 150 %).
    if (m_leftTop)
        return {0, *m_leftTop, 6, axisLabelFormat(*m_leftTop)};
    // A band for every CPU up to the highest one seen, CPU 0 and 1 before the first sample,
    // each numbered in its middle and ruled off at its edges: at most about eight numbers,
    // every 2nd past eight, and then the rules through the numbers instead. Narrow
    // whole-number labels leave the axis title little room, which is why that title is the
    // short "CPU" in Korean (axisTitlesShowWhole).
    if (m_leftBands) {
        const int top = std::max(1, int(std::lround(leftMax))); // within half a band of it
        const int step = (top + 8) / 8;
        return {-0.5, top + 0.5, 0, u"%.0f"_s, double(step), step == 1 ? 1 : 0};
    }
    return niceLook(m_left, leftMax > 0 ? leftMax * 1.1 : 1, axisLabelFormat(leftMax * 1.1));
}

QString TimeChart::notice() const
{
    return m_notice->toPlainText();
}

bool TimeChart::writeCsv(QIODevice *device, QString *error) const
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("the output is not open for writing");
        return false;
    }
    // Series share the history's time axis, so rows line up by time.
    QMap<double, QList<double>> rows;
    for (int i = 0; i < m_raw.size(); ++i) {
        for (const QPointF &p : std::as_const(m_raw[i])) {
            QList<double> &row = rows[p.x()];
            if (row.isEmpty())
                row.resize(m_series.size(), std::nan(""));
            row[i] = p.y();
        }
    }
    QStringList header{u"time_s"_s};
    for (const TimeSeriesSpec &spec : m_specs)
        header.append(spec.column);
    QByteArray out = header.join(u',').toUtf8() + '\n';
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList fields{QString::number(it.key(), 'g', 17)};
        for (double v : it.value())
            fields.append(std::isnan(v) ? QString() : QString::number(v, 'g', 17));
        out += fields.join(u',').toUtf8() + '\n';
    }
    if (device->write(out) != out.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace proclab
