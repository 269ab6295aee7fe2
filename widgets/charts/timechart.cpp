// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/timechart.h"

#include "widgets/charts/seriescolors.h"

#include <QIODevice>
#include <QLineSeries>
#include <QMap>
#include <QValueAxis>
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
      m_right(new QValueAxis(this))
{
    setAnimationOptions(QChart::NoAnimation); // live data: animations only lag
    addAxis(m_time, Qt::AlignBottom);
    addAxis(m_left, Qt::AlignLeft);
    addAxis(m_right, Qt::AlignRight);
    m_right->setVisible(false);
    m_time->setLabelFormat(u"%.0f"_s);
    m_time->setTickType(QValueAxis::TicksDynamic);
    m_left->setLabelFormat(u"%.4g"_s);
    m_right->setLabelFormat(u"%.4g"_s);
    m_time->setRange(0, 10);
    m_left->setRange(0, 1);
    m_right->setRange(0, 1);
    legend()->setAlignment(Qt::AlignBottom);
    setMargins(QMargins(4, 4, 4, 4));
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
    setAxisTitles(spec.timeAxis, spec.leftAxis, spec.rightAxis);
    QList<TimeSeriesSpec> specs;
    for (const ChartSeriesSpec &in : spec.series) {
        TimeSeriesSpec out;
        out.name = in.name;
        out.column = in.column;
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

void TimeChart::setSeriesSpecs(const QList<TimeSeriesSpec> &specs)
{
    for (QLineSeries *s : std::as_const(m_series)) {
        removeSeries(s);
        delete s;
    }
    m_series.clear();
    m_raw = QList<QList<QPointF>>(specs.size());
    m_specs = specs;
    for (const TimeSeriesSpec &spec : specs) {
        auto *s = new QLineSeries(this);
        s->setName(spec.name);
        QPen pen(spec.color, 2, spec.style);
        s->setPen(pen);
        addSeries(s);
        s->attachAxis(m_time);
        s->attachAxis(spec.rightAxis ? m_right : m_left);
        m_series.append(s);
    }
    legend()->setVisible(!specs.isEmpty());
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
    m_time->setRange(start, end);
    // Whole-number tick steps (1, 2, 5 × 10^n s) anchored at 0, so ticks stay put while
    // the axis scrolls instead of landing on odd fractions.
    const double raw = (end - start) / 6;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / mag < 2 ? mag : raw / mag < 5 ? 2 * mag : 5 * mag;
    m_time->setTickAnchor(0);
    m_time->setTickInterval(std::max(step, 1.0));
    double leftMax = 0, rightMax = 0;
    for (int i = 0; i < m_raw.size(); ++i) {
        double &m = m_specs[i].rightAxis ? rightMax : leftMax;
        for (const QPointF &p : std::as_const(m_raw[i]))
            if (p.x() >= start && std::isfinite(p.y()))
                m = std::max(m, p.y());
    }
    m_leftScale = displayScale(leftMax);
    m_rightScale = displayScale(rightMax);
    leftMax /= m_leftScale;
    rightMax /= m_rightScale;
    m_left->setTitleText(scaledTitle(m_leftTitle, m_leftScale));
    m_right->setTitleText(scaledTitle(m_rightTitle, m_rightScale));
    for (int i = 0; i < m_raw.size(); ++i) {
        const double scale = m_specs[i].rightAxis ? m_rightScale : m_leftScale;
        QList<QPointF> shown = m_raw[i];
        if (scale != 1)
            for (QPointF &p : shown)
                p.ry() /= scale;
        m_series[i]->replace(shown);
    }
    // The format first: QValueAxis only redraws its labels when the range changes.
    m_left->setLabelFormat(axisLabelFormat(leftMax * 1.1));
    m_right->setLabelFormat(axisLabelFormat(rightMax * 1.1));
    m_left->setRange(0, leftMax > 0 ? leftMax * 1.1 : 1);
    m_right->setRange(0, rightMax > 0 ? rightMax * 1.1 : 1);
    m_left->applyNiceNumbers();
    m_right->applyNiceNumbers();
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
