// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/runspage.h"

#include "widgets/charts/chartview.h"
#include "widgets/charts/seriescolors.h"
#include "widgets/charts/timechart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {

using Metric = RunHistory::Metric;

std::optional<Metric> channelMetric(RunsPage::Measure m)
{
    switch (m) {
    case RunsPage::Measure::ItemsPerS:
        return Metric::ItemsPerS;
    case RunsPage::Measure::MBPerS:
        return Metric::MBPerS;
    case RunsPage::Measure::LatencyP99:
        return Metric::LatencyP99Us;
    case RunsPage::Measure::FillPercent:
        return Metric::FillPercent;
    case RunsPage::Measure::SwitchesPerS:
        return std::nullopt;
    }
    return std::nullopt;
}

// Total voluntary + involuntary switches per second over every process of a run.
QList<QPointF> totalSwitchRate(const RunHistory &h)
{
    QMap<double, double> sum;
    for (const RunHistory::Key &k : h.keys())
        if (k.metric == Metric::VoluntaryPerS || k.metric == Metric::InvoluntaryPerS)
            for (const auto &p : h.points(k))
                sum[p.tS] += p.value;
    QList<QPointF> out;
    for (auto it = sum.cbegin(); it != sum.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

} // namespace

RunsPage::RunsPage(QWidget *parent)
    : QWidget(parent), m_hint(new QLabel(this)), m_list(new QListWidget(this)),
      m_measure(new QComboBox(this)), m_mode(new QComboBox(this)), m_remove(new QPushButton(this)),
      m_stack(new QStackedWidget(this)), m_overlay(new TimeChart),
      m_overlayView(new ChartView(m_overlay, this)), m_barChart(new QChart),
      m_bars(new QBarSeries(m_barChart)), m_barCategories(new QBarCategoryAxis(m_barChart)),
      m_barValues(new QValueAxis(m_barChart)), m_barView(new ChartView(m_barChart, this))
{
    m_hint->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_overlay->setWindowS(0);
    m_barChart->setAnimationOptions(QChart::NoAnimation);
    m_barChart->addSeries(m_bars);
    m_barChart->addAxis(m_barCategories, Qt::AlignBottom);
    m_barChart->addAxis(m_barValues, Qt::AlignLeft);
    m_bars->attachAxis(m_barCategories);
    m_bars->attachAxis(m_barValues);
    m_barValues->setLabelFormat(u"%.4g"_s);
    m_barChart->legend()->setAlignment(Qt::AlignBottom);
    m_overlayView->setCsvWriter(
        [this](QIODevice *d, QString *e) { return m_overlay->writeCsv(d, e); });
    m_barView->setCsvWriter([this](QIODevice *d, QString *e) { return writeBarsCsv(d, e); });
    auto caption = [this] {
        const QList<int> runs = checkedRuns();
        ExportCaption c{QString(), QDateTime::currentDateTime(), MachineInfo::current()};
        if (!runs.isEmpty()) {
            c.scenario = m_runs[runs.first()].scenarioName.text();
            c.date = m_runs[runs.first()].date;
        }
        return c;
    };
    m_overlayView->setCaptionProvider(caption);
    m_barView->setCaptionProvider(caption);
    m_stack->addWidget(m_overlayView);
    m_stack->addWidget(m_barView);

    for (int i = 0; i < 5; ++i)
        m_measure->addItem(QString(), i);
    m_mode->addItem(QString());
    m_mode->addItem(QString());

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_hint);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(m_remove);
    auto *form = new QFormLayout;
    form->addRow(QString(), m_measure);
    form->addRow(QString(), m_mode);
    sideLayout->addLayout(form);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::itemChanged, this, &RunsPage::rebuild);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &RunsPage::rebuild);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RunsPage::rebuild);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_runs.removeAt(row);
        delete m_list->takeItem(row);
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setText(labelOf(i));
        rebuild();
    });
    retranslateUi();
}

void RunsPage::addRun(const RunRecord &record)
{
    m_runs.append(record);
    const QSignalBlocker block(m_list);
    auto *item = new QListWidgetItem(m_list);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    // Adding a run can change which parameters differ, so relabel them all.
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setText(labelOf(i));
    rebuild();
}

void RunsPage::setChecked(int index, bool checked)
{
    if (QListWidgetItem *item = m_list->item(index))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void RunsPage::setMeasure(Measure measure)
{
    m_measure->setCurrentIndex(int(measure));
}

void RunsPage::setMode(Mode mode)
{
    m_mode->setCurrentIndex(int(mode));
}

QString RunsPage::shortLabelOf(int index) const
{
    const QStringList differing = differingParameters(index);
    return differing.isEmpty() ? tr("#%1").arg(index + 1)
                               : tr("#%1 %2").arg(index + 1).arg(differing.join(u", "_s));
}

QStringList RunsPage::differingParameters(int index) const
{
    const RunRecord &run = m_runs.at(index);
    QStringList differing;
    for (const auto &param : run.parameters) {
        bool same = true;
        for (const RunRecord &other : m_runs) {
            bool found = false;
            for (const auto &p : other.parameters)
                if (p.first == param.first) {
                    found = true;
                    same = same && p.second == param.second;
                }
            same = same && found;
        }
        if (!same)
            differing.append(param.first + u' ' + param.second);
    }
    return differing;
}

QString RunsPage::labelOf(int index) const
{
    const RunRecord &run = m_runs.at(index);
    const QString name = run.label.isEmpty() ? run.scenarioName.text() : run.label;
    return shortLabelOf(index) + u'\n' +
           tr("%1, %2").arg(name, QLocale().toString(run.date.time(), QLocale::ShortFormat));
}

QList<int> RunsPage::checkedRuns() const
{
    QList<int> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(i);
    return out;
}

double RunsPage::summaryValue(const RunRecord &run, const QString &channel) const
{
    const auto measure = Measure(m_measure->currentIndex());
    if (measure == Measure::SwitchesPerS)
        return run.durationS > 0 ? double(run.totalSwitches()) / run.durationS : 0;
    const RunRecord::ChannelSummary *c = run.channel(channel);
    if (!c)
        return qQNaN();
    switch (measure) {
    case Measure::ItemsPerS:
        return c->itemsPerS;
    case Measure::MBPerS:
        return c->mbPerS;
    case Measure::LatencyP99:
        return c->latencyP99Us;
    case Measure::FillPercent:
        return run.history ? run.history->stats({Metric::FillPercent, channel}).mean : qQNaN();
    case Measure::SwitchesPerS:
        break;
    }
    return qQNaN();
}

void RunsPage::rebuild()
{
    const QList<int> runs = checkedRuns();
    const auto measure = Measure(m_measure->currentIndex());
    const auto metric = channelMetric(measure);
    const QString title = measureTitle(measure);
    m_stack->setCurrentIndex(m_mode->currentIndex());

    // Overlay: one curve per run (and channel), coloured by run so runs stand apart.
    QList<TimeSeriesSpec> specs;
    for (int n = 0; n < runs.size(); ++n) {
        const RunRecord &run = m_runs[runs[n]];
        const QColor color = processColor(n);
        const QString runName = shortLabelOf(runs[n]);
        if (!run.history)
            continue;
        std::shared_ptr<const RunHistory> h = run.history;
        if (!metric) {
            // A run's name keys its colour; no style legend.
            TimeSeriesSpec spec;
            spec.name = runName;
            spec.column = u"switches_per_s:run"_s + QString::number(runs[n] + 1);
            spec.color = color;
            spec.derive = [h](const RunHistory &) { return totalSwitchRate(*h); };
            specs.append(spec);
            continue;
        }
        Qt::PenStyle style = Qt::SolidLine;
        for (const RunRecord::ChannelSummary &c : run.channels) {
            const RunHistory::Key key{*metric, c.id};
            TimeSeriesSpec spec;
            spec.name = runName + u' ' + c.id;
            spec.column = RunHistory::metricColumnName(*metric) + u':' + c.id + u":run"_s +
                          QString::number(runs[n] + 1);
            spec.color = color;
            spec.style = style;
            spec.derive = [h, key](const RunHistory &) {
                QList<QPointF> pts;
                for (const auto &p : h->points(key))
                    pts.append({p.tS, p.value});
                return pts;
            };
            specs.append(spec);
            style = Qt::DashLine; // further channels of the same run
        }
    }
    m_overlay->setSeriesSpecs(specs);
    m_overlay->setTitle(title);
    m_overlay->setAxisTitles(tr("time since start (s)"), title);
    m_overlay->refresh(runs.isEmpty() || !m_runs[runs.first()].history
                           ? RunHistory()
                           : *m_runs[runs.first()].history);

    // Bars: categories are channels (or "all processes"), one bar set per run.
    m_bars->clear();
    QStringList categories;
    if (!metric) {
        categories.append(tr("all processes"));
    } else {
        for (int r : runs)
            for (const RunRecord::ChannelSummary &c : m_runs[r].channels)
                if (!categories.contains(c.id))
                    categories.append(c.id);
    }
    double top = 0;
    for (int n = 0; n < runs.size(); ++n) {
        auto *set = new QBarSet(shortLabelOf(runs[n]));
        set->setColor(processColor(n));
        for (const QString &cat : std::as_const(categories)) {
            const double v = summaryValue(m_runs[runs[n]], metric ? cat : QString());
            set->append(std::isnan(v) ? 0 : v);
            if (std::isfinite(v))
                top = std::max(top, v);
        }
        m_bars->append(set);
    }
    m_barCategories->setCategories(categories);
    m_barValues->setLabelFormat(axisLabelFormat(top * 1.1));
    m_barValues->setRange(0, top > 0 ? top * 1.1 : 1);
    m_barValues->applyNiceNumbers();
    m_barValues->setTitleText(title);
    m_barChart->setTitle(tr("%1, whole run").arg(title));
}

bool RunsPage::writeBarsCsv(QIODevice *device, QString *error) const
{
    QStringList header{u"category"_s};
    for (const QBarSet *set : m_bars->barSets())
        header.append(u"run"_s + set->label().mid(1).section(u' ', 0, 0));
    QByteArray out = header.join(u',').toUtf8() + '\n';
    const QStringList cats = m_barCategories->categories();
    for (int c = 0; c < cats.size(); ++c) {
        QStringList row{cats[c]};
        for (const QBarSet *set : m_bars->barSets())
            row.append(QString::number(set->at(c), 'g', 17));
        out += row.join(u',').toUtf8() + '\n';
    }
    if (device->write(out) != out.size()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

QString RunsPage::measureTitle(Measure measure) const
{
    switch (measure) {
    case Measure::ItemsPerS:
        return tr("Throughput (items/s)");
    case Measure::MBPerS:
        return tr("Throughput (MB/s)");
    case Measure::SwitchesPerS:
        return tr("Context switches per second");
    case Measure::LatencyP99:
        return tr("Latency p99 (µs)");
    case Measure::FillPercent:
        return tr("Buffer fill (% of capacity)");
    }
    return {};
}

void RunsPage::retranslateUi()
{
    m_hint->setText(tr("Finished runs of this session. Tick two or more to compare them."));
    m_remove->setText(tr("Remove selected run"));
    for (int i = 0; i < m_measure->count(); ++i)
        m_measure->setItemText(i, measureTitle(Measure(i)));
    m_mode->setItemText(0, tr("Overlay over time"));
    m_mode->setItemText(1, tr("Grouped bars"));
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setText(labelOf(i));
    rebuild();
}

void RunsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace proclab
