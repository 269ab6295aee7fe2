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
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

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
    : QWidget(parent), m_history(std::make_shared<RunHistory>()), m_pick(new QToolButton(this)),
      m_items(new QListWidget(this)), m_windowLabel(new QLabel(this)),
      m_window(new QComboBox(this)), m_costLabel(new QLabel(this)),
      m_measure(new QPushButton(this)), m_throughput(new TimeChart), m_share(new TimeChart),
      m_fill(new TimeChart), m_latency(new TimeChart), m_switches(new TimeChart),
      m_cpus(new TimeChart), m_refresh(new QTimer(this)), m_stagger(new QTimer(this))
{
    // One row of controls above the charts instead of a column beside them: in a dock
    // under the diagram at 1280x800 the width is worth more than the height of one row.
    // The channels and processes to plot are a list in a drop-down.
    auto *pickMenu = new QMenu(m_pick);
    auto *listAction = new QWidgetAction(pickMenu);
    m_items->setMinimumSize(220, 200);
    listAction->setDefaultWidget(m_items);
    pickMenu->addAction(listAction);
    m_pick->setMenu(pickMenu);
    m_pick->setPopupMode(QToolButton::InstantPopup);
    m_pick->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_costLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_measure, &QPushButton::clicked, this, &LiveChartsPage::measureRequested);
    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(4, 2, 4, 2);
    controls->addWidget(m_pick);
    controls->addSpacing(8);
    controls->addWidget(m_windowLabel);
    controls->addWidget(m_window);
    controls->addStretch(1);
    controls->addWidget(m_costLabel);
    controls->addWidget(m_measure);

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
        m_order.append(i);
    }
    placeCharts(2);

    // The charts come a screenful at a time: each row is as high as the visible area, so
    // the first two (the ones that matter for the scenario) show without scrolling and
    // the others are a scroll away.
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->viewport()->installEventFilter(this);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(controls);
    layout->addWidget(scroll, 1);

    for (double s : {30.0, 60.0, 300.0, 0.0})
        m_window->addItem(QString(), s);
    m_window->setCurrentIndex(1);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        for (TimeChart *c : charts())
            c->setWindowS(m_window->currentData().toDouble());
    });
    connect(m_items, &QListWidget::itemChanged, this, [this] {
        rebuildSeries();
        updatePickText();
        emit selectionChanged();
    });
    // Snapshots arrive at up to 100 Hz; redrawing at 5 Hz is plenty for the eye. One chart
    // per event-loop turn, the most telling first: six charts of a hundred lines each
    // redrawn in one turn held the window for 20-40 ms at the end of a 1,000-process run,
    // when every line and axis changes at once; one at a time, input and painting get in
    // between.
    m_refresh->setInterval(200);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (!m_dirty || !m_stale.isEmpty())
            return;
        m_dirty = false;
        for (int i : std::as_const(m_order))
            m_stale.append(charts().at(i));
        for (TimeChart *c : charts())
            if (!m_stale.contains(c))
                m_stale.append(c);
        m_stagger->start();
    });
    m_refresh->start();
    connect(m_stagger, &QTimer::timeout, this, [this] {
        while (!m_stale.isEmpty()) {
            TimeChart *chart = m_stale.takeFirst();
            if (inSight(chart)) {
                m_behind.removeOne(chart);
                chart->refresh(*m_history);
                break;
            }
            if (!m_behind.contains(chart))
                m_behind.append(chart);
        }
        if (m_stale.isEmpty())
            m_stagger->stop();
    });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &LiveChartsPage::catchUp);
    retranslateUi();
}

// Two columns where there is room, one where the dock is narrow: the charts scroll down,
// never sideways. The scenario's two most telling charts come first.
void LiveChartsPage::placeCharts(int columns)
{
    if (columns == m_columns && m_placed == m_order)
        return;
    m_columns = columns;
    m_placed = m_order;
    for (ChartView *view : std::as_const(m_views))
        m_grid->removeWidget(view);
    for (int i = 0; i < m_order.size(); ++i) {
        const bool last = i == m_order.size() - 1;
        m_grid->addWidget(m_views[m_order[i]], i / columns, i % columns, 1,
                          last && columns == 2 && i % 2 == 0 ? 2 : 1);
    }
}

void LiveChartsPage::fitRows(const QSize &viewport)
{
    placeCharts(viewport.width() >= 2 * kChartMinWidth + m_grid->horizontalSpacing() ? 2 : 1);
    const int rowHeight = std::max(kChartMinHeight, viewport.height());
    for (ChartView *view : std::as_const(m_views))
        view->setFixedHeight(rowHeight);
}

bool LiveChartsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        fitRows(static_cast<QResizeEvent *>(event)->size());
        catchUp(); // a taller viewport shows more charts
    }
    return QWidget::eventFilter(watched, event);
}

void LiveChartsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    catchUp(); // the dock opened or the Live tab came back
}

bool LiveChartsPage::inSight(const TimeChart *chart) const
{
    // Views are in the order of LiveChartSpecs::Kind, as the charts are (see charts()).
    // Not QWidget::visibleRegion(): a chart view's own viewport covers it, so that region
    // is always empty.
    const ChartView *view = m_views.value(int(charts().indexOf(chart)));
    if (!view || !view->isVisible())
        return false;
    const QWidget *port = m_scroll->viewport();
    return QRect(view->mapTo(port, QPoint()), view->size()).intersects(port->rect());
}

void LiveChartsPage::catchUp()
{
    if (m_behind.isEmpty())
        return;
    // Those still out of sight go back to m_behind in the stagger's turn.
    for (TimeChart *chart : std::as_const(m_behind))
        if (!m_stale.contains(chart))
            m_stale.append(chart);
    m_behind.clear();
    m_stagger->start();
}

QList<TimeChart *> LiveChartsPage::charts() const
{
    return {m_throughput, m_share, m_fill, m_latency, m_switches, m_cpus};
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

void LiveChartsPage::orderCharts()
{
    m_order.clear();
    for (LiveChartSpecs::Kind kind : LiveChartSpecs::order(m_scenario, m_costUs.has_value()))
        if (int(kind) < m_views.size())
            m_order.append(int(kind));
    fitRows(m_scroll->viewport()->size());
}

void LiveChartsPage::startRun(const Scenario &scenario)
{
    m_scenario = scenario;
    orderCharts();
    m_scroll->ensureVisible(0, 0);
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
    updatePickText();
    refreshNow();
}

void LiveChartsPage::updatePickText()
{
    int on = 0;
    for (int i = 0; i < m_items->count(); ++i)
        on += m_items->item(i)->checkState() == Qt::Checked;
    m_pick->setText(tr("Plotted: %1 of %2").arg(on).arg(m_items->count()));
    // An instant-popup button draws its menu arrow over the end of its text without making
    // room for it: "1000개 중 100개" lost its last syllable under the arrow.
    m_pick->setMinimumWidth(0);
    m_pick->setMinimumWidth(
        m_pick->sizeHint().width() +
        m_pick->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_pick));
}

QList<ChartView *> LiveChartsPage::viewsInOrder() const
{
    QList<ChartView *> views;
    for (int i : m_order)
        views.append(m_views[i]);
    return views;
}

void LiveChartsPage::addSnapshot(const RunSnapshot &snapshot)
{
    m_history->append(snapshot);
    m_dirty = true;
}

void LiveChartsPage::setSwitchCostUs(std::optional<double> us)
{
    const bool known = m_costUs.has_value();
    m_costUs = us;
    retranslateUi();
    // Measured with "Measure": the switching share now has a line, and may come forward.
    if (known != m_costUs.has_value())
        orderCharts();
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
    m_stale.clear();
    m_behind.clear();
    m_stagger->stop();
    for (TimeChart *c : charts())
        c->refresh(*m_history);
}

void LiveChartsPage::retranslateUi()
{
    m_pick->setToolTip(tr("Which channels and processes the charts plot"));
    updatePickText();
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
    // Without a measured cost the switching chart says so inside; the button measures it.
    m_costLabel->setText(m_costUs ? tr("One context switch: %1 µs").arg(*m_costUs, 0, 'f', 2)
                                  : QString());
    m_costLabel->setToolTip(tr("Measured on this machine (Context-switch cost tab)"));
    m_costLabel->setVisible(bool(m_costUs));
    m_measure->setText(tr("Measure"));
    m_measure->setToolTip(tr("Measure the cost of one context switch on this machine (a few "
                             "seconds), for the chart of CPU time spent switching"));
    m_measure->setVisible(!m_costUs);
    rebuildSeries();
}

void LiveChartsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace proclab
