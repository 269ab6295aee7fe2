// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A line chart over run time, drawn from a RunHistory: one left value axis, an optional
// right one, and a time axis that scrolls to show the last `window` seconds. Series are
// either stored history series or derived from them (e.g. the switching-cost share).

#include "core/history/chartspec.h"
#include "core/history/runhistory.h"
#include "widgets/charts/axislook.h"

#include <QChart>
#include <QColor>
#include <QList>
#include <functional>
#include <optional>

class QIODevice;
class QLineSeries;
class QValueAxis;

namespace proclab {

class ChartNotice;

struct TimeSeriesSpec
{
    QString name;   // legend text (translated by the caller)
    QString column; // CSV column name, stable across languages
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    bool rightAxis = false;
    RunHistory::Key key; // stored series, used when `derive` is empty
    std::function<QList<QPointF>(const RunHistory &)> derive;
    QString ownerName, styleName; // see ChartSeriesSpec: a legend that keys line styles
    QString shortName; // the legend's text when `name` does not fit: the item's id, if shorter
};

// A printf format for value-axis labels that never falls into exponent notation for
// the magnitudes a run produces (1e+04 items/s reads badly).
QString axisLabelFormat(double maxValue);
// The power of ten value axes are divided by so labels stay four digits or fewer.
double displayScale(double maxValue);
QString scaledTitle(const QString &title, double scale); // "items/s (×1000)"

class TimeChart : public QChart
{
    Q_OBJECT
public:
    explicit TimeChart(QGraphicsItem *parent = nullptr);

    void setAxisTitles(const QString &time, const QString &left, const QString &right = {});
    void setSeriesSpecs(const QList<TimeSeriesSpec> &specs);
    // Titles and series from core's description; colours follow the scenario's items.
    void setSpec(const ChartSpec &spec, const Scenario &scenario);
    const QList<TimeSeriesSpec> &seriesSpecs() const { return m_specs; }
    void setWindowS(double seconds); // <= 0: the whole run
    void refresh(const RunHistory &history);

    // The plotted points, one row per time, one column per series.
    bool writeCsv(QIODevice *device, QString *error) const;

    // What the value axes are divided by for display (1, 1e3, 1e6): big rates read as
    // "1.5" on an axis titled "items/s (×1000)" instead of labels too wide for the chart.
    double leftScale() const { return m_leftScale; }
    double rightScale() const { return m_rightScale; }
    // What the chart says instead of curves (ChartSpec::notice); empty when it draws.
    QString notice() const;

private:
    void fitAxes(double t0, double t1);
    AxisLook leftLook(double leftMax) const;
    void fitLegend();

    static constexpr int kWideLinesUpTo = 24; // series drawn 2 px wide; more are 1 px

    QValueAxis *m_time;
    QValueAxis *m_left;
    QValueAxis *m_right;
    ChartNotice *m_notice;
    QList<TimeSeriesSpec> m_specs;
    QList<QLineSeries *> m_series;
    QStringList m_shortNames;         // per series: see TimeSeriesSpec::shortName
    QList<QLineSeries *> m_styleKeys; // empty series whose legend entries key the styles
    QList<QList<QPointF>> m_raw;      // unscaled, per series: what the CSV holds
    QString m_leftTitle, m_rightTitle;
    std::optional<double> m_leftTop; // see ChartSpec::leftTop
    bool m_leftBands = false;        // see ChartSpec::leftBands
    QString m_leftThousandfoldTitle; // see ChartSpec::leftAxisThousandfold
    double m_leftScale = 1, m_rightScale = 1;
    double m_windowS = 60;
    double m_lastT = 0, m_firstT = 0;
    bool m_keyed = false; // the legend keys line styles in grey
    Qt::PenStyle m_firstStyle = Qt::SolidLine;
    int m_legendRoom = -1; // the width the legend was last fitted to
    int m_tickRoom = 0;    // how many time-axis steps the plot's width has room for
};

} // namespace proclab
