// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/overheadpage.h"

#include "core/activity/activitycoordinator.h"
#include "core/bench/benchrunner.h"
#include "widgets/charts/chartnotice.h"
#include "widgets/charts/chartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextStream>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace proclab {

OverheadPage::OverheadPage(QWidget *parent, const QString &cacheFile)
    : QWidget(parent), m_cache(cacheFile), m_bench(new BenchRunner(this)),
      m_intro(new QLabel(this)), m_details(new QLabel(this)), m_measure(new QPushButton(this)),
      m_chart(new QChart), m_bars(new QBarSeries(m_chart)),
      m_categories(new QBarCategoryAxis(m_chart)), m_values(new QValueAxis(m_chart)),
      m_view(new ChartView(m_chart, this)), m_notice(new ChartNotice(m_chart))
{
    m_intro->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->addSeries(m_bars);
    m_chart->addAxis(m_categories, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_bars->attachAxis(m_categories);
    m_bars->attachAxis(m_values);
    m_bars->setLabelsVisible(true);
    m_bars->setLabelsFormat(u"@value"_s);
    m_bars->setLabelsPrecision(3);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_values->setLabelFormat(u"%.2f"_s);
    m_chart->legend()->setVisible(false);
    m_view->setCaptionProvider([] {
        return ExportCaption{QString(), QDateTime::currentDateTime(), MachineInfo::current()};
    });
    m_view->setCsvWriter([this](QIODevice *device, QString *error) {
        if (!m_result) {
            *error = tr("nothing measured yet");
            return false;
        }
        QByteArray out = "placement,us_per_switch,switches_per_roundtrip,us_per_roundtrip\n";
        auto row = [&](const char *name, const CtxSwitchResult::Side &s) {
            out += QByteArray(name) + ',' +
                   (s.usPerSwitch ? QByteArray::number(*s.usPerSwitch, 'g', 17) : QByteArray()) +
                   ',' + QByteArray::number(s.switchesPerRoundtrip, 'g', 17) + ',' +
                   QByteArray::number(s.usPerRoundtrip, 'g', 17) + '\n';
        };
        row("same_cpu", m_result->sameCpu);
        if (m_result->crossCpu)
            row("cross_cpu", *m_result->crossCpu);
        if (device->write(out) != out.size()) {
            *error = device->errorString();
            return false;
        }
        return true;
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    top->addWidget(m_measure, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_measure, &QPushButton::clicked, this, &OverheadPage::measure);
    connect(m_bench, &BenchRunner::finished, this, &OverheadPage::onBenchFinished);
    connect(m_bench, &BenchRunner::failed, this, &OverheadPage::onBenchFailed);

    m_result = m_cache.lookup(MachineInfo::current());
    retranslateUi();
}

std::optional<double> OverheadPage::costPerSwitchUs() const
{
    if (!m_result || !m_result->sameCpu.usPerSwitch || *m_result->sameCpu.usPerSwitch <= 0)
        return std::nullopt;
    return m_result->sameCpu.usPerSwitch;
}

void OverheadPage::setResult(const CtxSwitchResult &result)
{
    m_result = result;
    if (!m_result->measuredAt.isValid())
        m_result->measuredAt = QDateTime::currentDateTime();
    m_status.clear();
    retranslateUi();
    emit costChanged(costPerSwitchUs());
}

void OverheadPage::measure()
{
    if (m_bench->isRunning())
        return;
    QString refusal;
    if (m_coordinator &&
        !m_coordinator->claim(ActivityCoordinator::Activity::Benchmark, &refusal)) {
        m_status = refusal;
        showResult();
        return;
    }
    if (m_bench->start(u"ctxswitch"_s)) {
        m_status = tr("Measuring… (a few seconds; two processes pass a token back and forth)");
        m_measure->setEnabled(false);
        showResult();
    } else {
        releaseActivity();
    }
}

void OverheadPage::releaseActivity()
{
    if (m_coordinator)
        m_coordinator->release(ActivityCoordinator::Activity::Benchmark);
}

void OverheadPage::onBenchFinished(const BenchResult &bench)
{
    releaseActivity();
    m_measure->setEnabled(true);
    QString error;
    const auto parsed = CtxSwitchResult::fromJson(bench.json, &error);
    if (!parsed) {
        onBenchFailed(tr("The bench printed an unexpected result: %1").arg(error));
        return;
    }
    CtxSwitchResult r = *parsed;
    r.measuredAt = QDateTime::currentDateTime();
    QString cacheError;
    setResult(r);
    if (!m_cache.store(MachineInfo::current(), r, &cacheError)) {
        m_status = tr("Measured, but not cached: %1").arg(cacheError);
        showResult();
    }
}

void OverheadPage::onBenchFailed(const QString &reason)
{
    releaseActivity();
    m_measure->setEnabled(true);
    m_status = tr("The measurement failed: %1").arg(reason);
    showResult();
}

void OverheadPage::showResult()
{
    m_bars->clear();
    QStringList categories;
    QStringList lines;
    if (m_status.size())
        lines.append(m_status);
    if (m_result) {
        auto *set = new QBarSet(tr("µs per switch"));
        set->setColor(QColor(0x4e79a7));
        set->setLabelColor(QColor(0x1d, 0x23, 0x2b)); // the default white vanishes above a bar
        auto add = [&](const QString &name, const CtxSwitchResult::Side &s) {
            categories.append(name);
            set->append(s.usPerSwitch.value_or(0));
            const QString perSwitch =
                s.usPerSwitch
                    ? tr("%1 µs per switch").arg(QLocale().toString(*s.usPerSwitch, 'f', 2))
                    : tr("cost per switch not measurable");
            lines.append(tr("%1: %2 µs per round trip, %3 switches per round trip, %4.")
                             .arg(name, QLocale().toString(s.usPerRoundtrip, 'f', 2),
                                  QLocale().toString(s.switchesPerRoundtrip, 'f', 2), perSwitch));
        };
        add(tr("same CPU"), m_result->sameCpu);
        if (m_result->crossCpu)
            add(tr("across CPUs"), *m_result->crossCpu);
        else
            lines.append(tr("Only one CPU: nothing to measure across CPUs."));
        m_bars->append(set);
        double top = 0;
        for (int i = 0; i < set->count(); ++i)
            top = std::max(top, set->at(i));
        m_values->setRange(0, top > 0 ? top * 1.25 : 1);
        m_values->applyNiceNumbers();
        lines.append(tr("%1 round trips; the loop alone (no switch) takes %2 µs. Measured %3 "
                        "on %4.")
                         .arg(m_result->rounds)
                         .arg(QLocale().toString(m_result->baselineUsPerRoundtrip, 'f', 3))
                         .arg(QLocale().toString(m_result->measuredAt, QLocale::ShortFormat),
                              MachineInfo::current().caption()));
    } else if (m_status.isEmpty()) {
        lines.append(tr("Not measured on this machine yet."));
    }
    m_categories->setCategories(categories);
    m_details->setText(lines.join(u'\n'));
    // The chart says it too, so an export before the measurement is not a blank image.
    m_notice->setNotice(m_result ? QString()
                                 : tr("Not measured on this machine yet. Press \"%1\" (a few "
                                      "seconds).")
                                       .arg(m_measure->text().remove(u'&')));
}

void OverheadPage::retranslateUi()
{
    m_intro->setText(tr("How much does one context switch cost here? Two processes hand a "
                        "token back and forth; each hand-over makes the kernel switch from "
                        "one process to the other. Measured once per machine and kept."));
    m_measure->setText(m_result ? tr("Re-measure") : tr("Measure"));
    m_chart->setTitle(tr("Cost of a context switch"));
    m_values->setTitleText(tr("µs per switch"));
    showResult();
}

void OverheadPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace proclab
