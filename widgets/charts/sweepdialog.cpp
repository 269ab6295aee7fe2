// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/sweepdialog.h"

#include "core/activity/activitycoordinator.h"
#include "widgets/charts/chartview.h"
#include "widgets/charts/labsweepchart.h"
#include "widgets/charts/seriescolors.h"
#include "widgets/charts/timechart.h"

#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace proclab {

SweepDialog::SweepDialog(const Scenario &scenario, QWidget *parent)
    : QDialog(parent), m_scenario(scenario), m_sweep(new Sweep(this)),
      m_parameterLabel(new QLabel(this)), m_parameter(new QComboBox(this)),
      m_targetLabel(new QLabel(this)), m_target(new QComboBox(this)),
      m_valuesLabel(new QLabel(this)), m_values(new QLineEdit(u"1, 4, 16, 64, 256, 1024"_s, this)),
      m_start(new QPushButton(this)), m_cancel(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_chart(new QChart),
      m_view(new ChartView(m_chart, this))
{
    for (int p = 0; p <= int(Sweep::Parameter::Fast); ++p)
        m_parameter->addItem(QString(), p);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_status->setWordWrap(true);
    m_view->setCaptionProvider([this] {
        return ExportCaption{m_scenario.name.text(), QDateTime::currentDateTime(),
                             MachineInfo::current()};
    });
    m_view->setCsvWriter([this](QIODevice *device, QString *error) {
        const QByteArray lab =
            LabSweepChart::csv(m_sweep->points(), Sweep::parameterName(m_sweep->parameter()));
        if (!lab.isEmpty()) {
            if (device->write(lab) == lab.size())
                return true;
            *error = device->errorString();
            return false;
        }
        QByteArray out = Sweep::parameterName(m_sweep->parameter()).toUtf8() +
                         ",items_per_s,mb_per_s,switches_per_s,latency_p99_us,duration_s\n";
        for (const Sweep::Point &p : m_sweep->points()) {
            const RunRecord &r = p.record;
            const RunRecord::ChannelSummary *c = r.channel(m_sweep->target());
            const double sw = r.durationS > 0 ? double(r.totalSwitches()) / r.durationS : 0;
            out += QByteArray::number(p.value) + ',' +
                   QByteArray::number(c ? c->itemsPerS : r.totalItemsPerS(), 'g', 17) + ',' +
                   QByteArray::number(c ? c->mbPerS : 0, 'g', 17) + ',' +
                   QByteArray::number(sw, 'g', 17) + ',' +
                   QByteArray::number(c ? c->latencyP99Us : 0, 'g', 17) + ',' +
                   QByteArray::number(r.durationS, 'g', 17) + '\n';
        }
        if (device->write(out) != out.size()) {
            *error = device->errorString();
            return false;
        }
        return true;
    });

    auto *form = new QGridLayout;
    form->addWidget(m_parameterLabel, 0, 0);
    form->addWidget(m_parameter, 0, 1);
    form->addWidget(m_targetLabel, 1, 0);
    form->addWidget(m_target, 1, 1);
    form->addWidget(m_valuesLabel, 2, 0);
    form->addWidget(m_values, 2, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    resize(760, 620);

    connect(m_parameter, &QComboBox::currentIndexChanged, this, &SweepDialog::fillTargets);
    connect(m_parameter, &QComboBox::currentIndexChanged, this, [this](int index) {
        // Both ways to synchronise, once each: the only values this parameter has.
        if (Sweep::Parameter(index) == Sweep::Parameter::Fast)
            m_values->setText(u"0, 1"_s);
    });
    connect(m_start, &QPushButton::clicked, this, &SweepDialog::startSweep);
    connect(m_cancel, &QPushButton::clicked, this, &SweepDialog::cancelSweep);
    connect(m_sweep, &Sweep::progress, this, [this](int done, int total, int value) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Running %1 of %2: %3 = %4…")
                              .arg(done + 1)
                              .arg(total)
                              .arg(m_parameter->currentText())
                              .arg(value));
    });
    connect(m_sweep, &Sweep::pointFinished, this, [this](int, const RunRecord &record) {
        m_progress->setValue(int(m_sweep->points().size()));
        plot();
        emit runFinished(record);
    });
    connect(m_sweep, &Sweep::finished, this, [this] {
        setBusy(false);
        m_status->setText(tr("Done: %n run(s).", nullptr, int(m_sweep->points().size())));
    });
    connect(m_sweep, &Sweep::cancelled, this, [this] {
        setBusy(false);
        m_status->setText(
            tr("Cancelled after %n finished run(s).", nullptr, int(m_sweep->points().size())));
    });
    connect(m_sweep, &Sweep::failed, this, [this](const QString &reason) {
        setBusy(false);
        m_status->setText(tr("The sweep stopped: %1").arg(reason));
    });
    retranslateUi();
    fillTargets();
    setBusy(false);
    // A lab opens ready to sweep its number of workers, from 1 to twice the CPUs: past the
    // CPUs is where the speed-up stops growing.
    for (const ProcessSpec &p : std::as_const(m_scenario.processes)) {
        if (p.behaviour.kind == BehaviourKind::CountPrimes ||
            p.behaviour.kind == BehaviourKind::Serve) {
            setParameter(Sweep::Parameter::Processes, p.id);
            setValuesText(u"1-%1+1"_s.arg(2 * std::max(1, MachineInfo::current().cpus)));
            break;
        }
    }
}

std::optional<QList<int>> SweepDialog::parseValues(const QString &text, QString *error, int minimum)
{
    QList<int> out;
    static const QRegularExpression range(u"^(\\d+)\\s*-\\s*(\\d+)\\s*([x+])\\s*(\\d+)$"_s);
    for (const QString &raw : text.split(u',', Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        bool ok = false;
        const int v = part.toInt(&ok);
        if (ok && v >= minimum) {
            out.append(v);
            continue;
        }
        const auto m = range.match(part);
        const qint64 from = m.captured(1).toLongLong(), to = m.captured(2).toLongLong(),
                     step = m.captured(4).toLongLong();
        const bool doubling = m.captured(3) == u"x"_s;
        if (!m.hasMatch() || from < std::max(minimum, 1) || to < from || to > 1000000 ||
            (doubling ? step < 2 : step < 1)) {
            if (error)
                *error = tr("\"%1\" is not a positive whole number or a range like 1-1024x2 or "
                            "8-64+8")
                             .arg(part);
            return std::nullopt;
        }
        for (qint64 v2 = from; v2 <= to; v2 = doubling ? v2 * step : v2 + step)
            out.append(int(v2));
    }
    if (out.isEmpty() || out.size() > 100) {
        if (error)
            *error = tr("Give between 1 and 100 values.");
        return std::nullopt;
    }
    return out;
}

void SweepDialog::setParameter(Sweep::Parameter parameter, const QString &target)
{
    m_parameter->setCurrentIndex(int(parameter));
    m_target->setCurrentIndex(m_target->findData(target));
}

void SweepDialog::setValuesText(const QString &text)
{
    m_values->setText(text);
}

void SweepDialog::fillTargets()
{
    const auto parameter = Sweep::Parameter(m_parameter->currentIndex());
    m_target->clear();
    if (Sweep::targetsChannel(parameter)) {
        for (const ChannelSpec &c : std::as_const(m_scenario.channels))
            if ((parameter != Sweep::Parameter::Capacity || c.kind == ChannelKind::ShmBuffer ||
                 c.kind == ChannelKind::Mailbox) &&
                (parameter != Sweep::Parameter::Fast || c.kind == ChannelKind::ShmBuffer))
                m_target->addItem(c.label.isEmpty() ? c.id : c.label.text(), c.id);
    } else {
        for (const ProcessSpec &p : std::as_const(m_scenario.processes))
            if (!p.parent.isEmpty())
                m_target->addItem(p.label.isEmpty() ? p.id : p.label.text(), p.id);
    }
}

void SweepDialog::startSweep()
{
    QString error;
    const auto parameter = Sweep::Parameter(m_parameter->currentIndex());
    const auto values = parseValues(m_values->text(), &error, Sweep::minimumValue(parameter));
    if (!values) {
        m_status->setText(error);
        return;
    }
    if (m_target->currentIndex() < 0) {
        m_status->setText(tr("The scenario has nothing this parameter applies to."));
        return;
    }
    m_progress->setRange(0, int(values->size()));
    m_progress->setValue(0);
    setBusy(true);
    const QString target = m_target->currentData().toString();
    QString refusal;
    const bool started = m_coordinator
                             ? m_coordinator->startSweep(m_sweep, m_scenario, int(parameter),
                                                         target, *values, &refusal)
                             : m_sweep->start(m_scenario, parameter, target, *values);
    if (!started) {
        setBusy(false); // failed() has put the reason in the status line, or:
        if (!refusal.isEmpty())
            m_status->setText(refusal);
    }
    plot();
}

void SweepDialog::cancelSweep()
{
    m_sweep->cancel();
    m_status->setText(tr("Cancelling: stopping the current run…"));
}

void SweepDialog::reject()
{
    // Closing the dialog must not leave a run going.
    if (m_sweep->isRunning())
        m_sweep->cancel();
    QDialog::reject();
}

void SweepDialog::setBusy(bool busy)
{
    m_start->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_parameter->setEnabled(!busy);
    m_target->setEnabled(!busy);
    m_values->setEnabled(!busy);
}

void SweepDialog::plot()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    const auto &points = m_sweep->points();
    if (LabSweepChart::plot(m_chart, points, MachineInfo::current().cpus))
        return;
    auto *items = new QLineSeries;
    auto *switches = new QLineSeries;
    items->setName(tr("items/s"));
    switches->setName(tr("context switches/s"));
    items->setPen(QPen(channelColor(0), 2));
    switches->setPen(QPen(processColor(3), 2, Qt::DashLine));
    items->setPointsVisible(true);
    switches->setPointsVisible(true);
    int lo = INT_MAX, hi = 0;
    double itemsMax = 0, switchesMax = 0;
    for (const Sweep::Point &p : points) {
        const RunRecord &r = p.record;
        const RunRecord::ChannelSummary *c = r.channel(m_sweep->target());
        const double ips = c ? c->itemsPerS : r.totalItemsPerS();
        const double sps = r.durationS > 0 ? double(r.totalSwitches()) / r.durationS : 0;
        items->append(p.value, ips);
        switches->append(p.value, sps);
        lo = std::min(lo, p.value);
        hi = std::max(hi, p.value);
        itemsMax = std::max(itemsMax, ips);
        switchesMax = std::max(switchesMax, sps);
    }
    m_chart->addSeries(items);
    m_chart->addSeries(switches);
    QAbstractAxis *x;
    // Capacities and sizes are usually swept in powers of two: a log axis spreads them.
    if (!points.isEmpty() && lo > 0 && hi >= 16 * lo) {
        auto *log = new QLogValueAxis;
        log->setBase(2);
        log->setLabelFormat(u"%g"_s);
        log->setRange(lo, hi);
        x = log;
    } else {
        auto *lin = new QValueAxis;
        lin->setLabelFormat(u"%g"_s);
        lin->setRange(points.isEmpty() ? 0 : lo, points.isEmpty() ? 1 : std::max(hi, lo + 1));
        x = lin;
    }
    x->setTitleText(m_parameter->currentText());
    auto *left = new QValueAxis;
    auto *right = new QValueAxis;
    left->setLabelFormat(axisLabelFormat(itemsMax * 1.1));
    right->setLabelFormat(axisLabelFormat(switchesMax * 1.1));
    left->setRange(0, itemsMax > 0 ? itemsMax * 1.1 : 1);
    right->setRange(0, switchesMax > 0 ? switchesMax * 1.1 : 1);
    left->applyNiceNumbers();
    right->applyNiceNumbers();
    left->setTitleText(tr("items/s"));
    right->setTitleText(tr("switches/s"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(left, Qt::AlignLeft);
    m_chart->addAxis(right, Qt::AlignRight);
    items->attachAxis(x);
    items->attachAxis(left);
    switches->attachAxis(x);
    switches->attachAxis(right);
    m_chart->setTitle(tr("Sweep of %1").arg(m_parameter->currentText()));
}

void SweepDialog::retranslateUi()
{
    setWindowTitle(tr("Sweep a parameter"));
    m_parameterLabel->setText(tr("Parameter:"));
    m_targetLabel->setText(tr("Applies to:"));
    m_valuesLabel->setText(tr("Values:"));
    m_values->setToolTip(tr("Comma-separated values; 1-1024x2 doubles from 1 to 1024, "
                            "8-64+8 steps by 8."));
    m_parameter->setItemText(0, tr("buffer capacity (slots)"));
    m_parameter->setItemText(1, tr("item size (bytes)"));
    m_parameter->setItemText(2, tr("number of producers"));
    m_parameter->setItemText(3, tr("number of copies of a process"));
    m_parameter->setItemText(4, tr("synchronisation: 0 = textbook, 1 = fast ring"));
    m_start->setText(tr("Start"));
    m_cancel->setText(tr("Cancel sweep"));
    plot();
}

void SweepDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace proclab
