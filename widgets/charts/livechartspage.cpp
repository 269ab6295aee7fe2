// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/livechartspage.h"

#include "core/history/livechartspecs.h"
#include "widgets/charts/chartview.h"
#include "widgets/charts/seriescolors.h"
#include "widgets/charts/timechart.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QPainter>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {

enum ItemKind
{
    ChannelItem = 1,
    ProcessItem = 2
};
constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMaxPlottedProcesses = 100; // ticked at the start of a run

QIcon swatch(const QColor &color)
{
    QPixmap pm(12, 12);
    pm.fill(color);
    return QIcon(pm);
}

} // namespace

LiveChartsPage::LiveChartsPage(QWidget *parent)
    : QWidget(parent), m_history(std::make_shared<RunHistory>()), m_pickLabel(new QLabel(this)),
      m_items(new QListWidget(this)), m_windowLabel(new QLabel(this)),
      m_window(new QComboBox(this)), m_costLabel(new QLabel(this)), m_throughput(new TimeChart),
      m_share(new TimeChart), m_fill(new TimeChart), m_latency(new TimeChart),
      m_switches(new TimeChart), m_refresh(new QTimer(this))
{
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_pickLabel);
    sideLayout->addWidget(m_items, 1);
    sideLayout->addWidget(m_windowLabel);
    sideLayout->addWidget(m_window);
    m_costLabel->setWordWrap(true);
    sideLayout->addWidget(m_costLabel);

    auto *grid = new QWidget(this);
    m_grid = new QGridLayout(grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    const QList<TimeChart *> all = charts();
    for (int i = 0; i < all.size(); ++i) {
        auto *view = new ChartView(all[i], grid);
        view->setCaptionProvider([this] { return caption(); });
        TimeChart *chart = all[i];
        view->setCsvWriter(
            [chart](QIODevice *device, QString *error) { return chart->writeCsv(device, error); });
        m_views.append(view);
    }
    placeCharts(2);

    // Five charts need more height than a dock under the diagram has; they scroll rather
    // than force the main window taller than the screen.
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->viewport()->installEventFilter(this);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 900});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (double s : {30.0, 60.0, 300.0, 0.0})
        m_window->addItem(QString(), s);
    m_window->setCurrentIndex(1);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        for (TimeChart *c : charts())
            c->setWindowS(m_window->currentData().toDouble());
    });
    connect(m_items, &QListWidget::itemChanged, this, [this] {
        rebuildSeries();
        emit selectionChanged();
    });
    // Snapshots arrive at up to 100 Hz; redrawing at 5 Hz is plenty for the eye.
    m_refresh->setInterval(200);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (m_dirty)
            refreshNow();
    });
    m_refresh->start();
    retranslateUi();
}

// Two columns (throughput and the switching share side by side on the first row) where
// there is room, one where the dock is narrow: the charts scroll down, never sideways.
void LiveChartsPage::placeCharts(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (int i = 0; i < m_views.size(); ++i) {
        m_grid->removeWidget(m_views[i]);
        const bool last = i == m_views.size() - 1;
        m_grid->addWidget(m_views[i], i / columns, i % columns, 1,
                          last && columns == 2 && i % 2 == 0 ? 2 : 1);
    }
}

bool LiveChartsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        const int width = static_cast<QResizeEvent *>(event)->size().width();
        placeCharts(width >= 2 * kChartMinWidth + m_grid->horizontalSpacing() ? 2 : 1);
    }
    return QWidget::eventFilter(watched, event);
}

QList<TimeChart *> LiveChartsPage::charts() const
{
    return {m_throughput, m_share, m_fill, m_latency, m_switches};
}

bool LiveChartsPage::showChart(const QString &name)
{
    const auto kind = LiveChartSpecs::kindFromName(name);
    if (!kind)
        return false;
    // The views are in the order of LiveChartSpecs::Kind (see charts()).
    ChartView *view = m_views.value(int(*kind));
    if (!view)
        return false;
    m_scroll->ensureWidgetVisible(view);
    view->setFocus(Qt::OtherFocusReason);
    return true;
}

void LiveChartsPage::startRun(const Scenario &scenario)
{
    m_scenario = scenario;
    m_history = std::make_shared<RunHistory>();
    m_started = QDateTime::currentDateTime();
    const QSignalBlocker block(m_items);
    m_items->clear();
    auto add = [this](int kind, const QString &id, const LocalizedText &label, const QColor &color,
                      bool on) {
        auto *item =
            new QListWidgetItem(swatch(color), label.isEmpty() ? id : label.text(), m_items);
        item->setData(kKindRole, kind);
        item->setData(kIdRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    };
    for (int i = 0; i < scenario.channels.size(); ++i)
        add(ChannelItem, scenario.channels[i].id, scenario.channels[i].label, channelColor(i),
            true);
    // Two lines per process: past a hundred or so they are a smear nobody can read, and
    // thousands of series made every redraw take seconds. The rest can be ticked by hand.
    for (int i = 0; i < scenario.processes.size(); ++i)
        add(ProcessItem, scenario.processes[i].id, scenario.processes[i].label, processColor(i),
            i < kMaxPlottedProcesses);
    rebuildSeries();
    refreshNow();
}

void LiveChartsPage::addSnapshot(const RunSnapshot &snapshot)
{
    m_history->append(snapshot);
    m_dirty = true;
}

void LiveChartsPage::setSwitchCostUs(std::optional<double> us)
{
    m_costUs = us;
    retranslateUi();
}

void LiveChartsPage::setWindowS(double seconds)
{
    const int index = m_window->findData(seconds);
    if (index >= 0)
        m_window->setCurrentIndex(index);
    else
        for (TimeChart *c : charts())
            c->setWindowS(seconds);
}

void LiveChartsPage::setSelected(const QStringList &channels, const QStringList &processes)
{
    const QSignalBlocker block(m_items);
    for (int i = 0; i < m_items->count(); ++i) {
        QListWidgetItem *item = m_items->item(i);
        const QString id = item->data(kIdRole).toString();
        const bool on = item->data(kKindRole).toInt() == ChannelItem ? channels.contains(id)
                                                                     : processes.contains(id);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    rebuildSeries();
}

QStringList LiveChartsPage::checked(int kind) const
{
    QStringList ids;
    for (int i = 0; i < m_items->count(); ++i) {
        const QListWidgetItem *item = m_items->item(i);
        if (item->data(kKindRole).toInt() == kind && item->checkState() == Qt::Checked)
            ids.append(item->data(kIdRole).toString());
    }
    return ids;
}

ExportCaption LiveChartsPage::caption() const
{
    return {m_scenario.name.text(), m_started.isValid() ? m_started : QDateTime::currentDateTime(),
            MachineInfo::current()};
}

void LiveChartsPage::rebuildSeries()
{
    const QStringList channels = checked(ChannelItem);
    const QStringList processes = checked(ProcessItem);
    const QList<TimeChart *> all = charts();
    for (int k = 0; k < all.size(); ++k)
        all[k]->setSpec(LiveChartSpecs::spec(LiveChartSpecs::Kind(k), m_scenario, channels,
                                             processes, m_costUs),
                        m_scenario);
    refreshNow();
}

void LiveChartsPage::refreshNow()
{
    m_dirty = false;
    for (TimeChart *c : charts())
        c->refresh(*m_history);
}

void LiveChartsPage::retranslateUi()
{
    m_pickLabel->setText(tr("Plotted channels and processes:"));
    m_windowLabel->setText(tr("Time shown:"));
    const QStringList windows{tr("last 30 s"), tr("last 60 s"), tr("last 5 min"), tr("whole run")};
    for (int i = 0; i < windows.size(); ++i)
        m_window->setItemText(i, windows[i]);
    // Labels of the shipped examples follow the language too.
    for (int i = 0; i < m_items->count(); ++i) {
        QListWidgetItem *item = m_items->item(i);
        const QString id = item->data(kIdRole).toString();
        const LocalizedText label =
            item->data(kKindRole).toInt() == ChannelItem
                ? (m_scenario.channel(id) ? m_scenario.channel(id)->label : LocalizedText())
                : (m_scenario.process(id) ? m_scenario.process(id)->label : LocalizedText());
        item->setText(label.isEmpty() ? id : label.text());
    }
    m_costLabel->setText(m_costUs ? tr("Cost of one context switch: %1 µs (measured on this "
                                       "machine).")
                                        .arg(*m_costUs, 0, 'f', 2)
                                  : tr("Measure the context-switch cost to see how much CPU "
                                       "time switching takes."));
    rebuildSeries();
}

void LiveChartsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace proclab
