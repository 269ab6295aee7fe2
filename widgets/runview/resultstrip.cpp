// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/resultstrip.h"

#include "core/document/scenariodocument.h"
#include "core/run/runcontroller.h"
#include "widgets/charts/seriescolors.h"
#include "widgets/common/flowlayout.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {

const QColor kBad(0xb3, 0x26, 0x1e);
const QColor kGood(0x1e, 0x7b, 0x34);

QString colored(const QString &text, const QColor &color)
{
    return u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), text.toHtmlEscaped());
}

} // namespace

ResultStrip::ResultStrip(QWidget *parent) : QFrame(parent), m_rows(new QVBoxLayout(this))
{
    setObjectName(u"resultStrip"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_rows->setContentsMargins(10, 3, 10, 3);
    m_rows->setSpacing(2);
    hide();
}

void ResultStrip::attach(const RunController *run)
{
    connect(run, &RunController::started, this, &ResultStrip::clearResult);
    // A stopped or failed run still shows what its channels counted up to the end.
    auto show = [this, run] { showSummary(RunSummary::fromRun(*run), run->scenario()); };
    connect(run, &RunController::finished, this, show);
    connect(run, &RunController::failed, this, show);
}

void ResultStrip::followDocument(const ScenarioDocument *document)
{
    connect(document, &ScenarioDocument::replaced, this, &ResultStrip::clearResult);
}

void ResultStrip::showSummary(const RunSummary &summary, const Scenario &scenario)
{
    m_summary = summary;
    m_scenario = scenario;
    rebuild();
}

void ResultStrip::clearResult()
{
    m_summary = RunSummary();
    rebuild();
}

QString ResultStrip::shownValue(const QString &channelId, const QString &field) const
{
    const auto *label = findChild<QLabel *>(field + u':' + channelId);
    return label ? label->text() : QString();
}

void ResultStrip::rebuild()
{
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    setVisible(!m_summary.channels.isEmpty());
    if (m_summary.channels.isEmpty())
        return;

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    QFont bold = font();
    bold.setBold(true);
    // One line per channel where the canvas is wide enough, the verdict included: every
    // line here is a line less of the diagram at 1280x800. What does not fit flows onto
    // the next line, a caption never parted from its number.
    QWidget *line = nullptr;
    auto addLabel = [](QWidget *into, const QString &text, const QFont &f) {
        auto *label = new QLabel(text, into);
        label->setFont(f);
        label->setTextFormat(Qt::PlainText);
        into->layout()->addWidget(label);
        return label;
    };
    auto group = [&line] {
        auto *g = new QWidget(line);
        auto *row = new QHBoxLayout(g);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        line->layout()->addWidget(g);
        return g;
    };
    bool first = true;
    for (const ChannelSample &c : std::as_const(m_summary.channels)) {
        line = new QWidget(this);
        auto *flow = new FlowLayout(line, 16, 0);
        flow->setContentsMargins(0, 0, 0, 0);
        m_rows->addWidget(line);
        QWidget *head = group();
        // The title only once; later lines keep its room so the names line up.
        QLabel *title = addLabel(head, tr("Result"), bold);
        title->setMinimumWidth(title->sizeHint().width());
        if (!first)
            title->setText(QString());
        first = false;
        const ChannelSpec *spec = m_scenario.channel(c.id);
        const QString name = spec && !spec->label.isEmpty() ? spec->label.text() : c.id;
        QLabel *nameLabel = addLabel(head, name, bold);
        nameLabel->setToolTip(c.id);
        const int index = spec ? int(spec - m_scenario.channels.constData()) : 0;
        nameLabel->setStyleSheet(u"color:%1"_s.arg(channelColor(index).darker(130).name()));

        struct Field
        {
            QString key;
            QString caption;
            quint64 value;
            bool bad; // a non-zero value here means something went wrong
        };
        QList<Field> fields;
        QString verdict;
        bool ok = true;
        if (c.kind == ChannelKind::ShmCounter) {
            fields = {{u"expected"_s, tr("expected"), c.expected, false},
                      {u"actual"_s, tr("actual"), c.actual, false},
                      {u"lost_updates"_s, tr("lost updates"), c.lostUpdates, true}};
            ok = c.lostUpdates == 0 && c.actual == c.expected;
            verdict = ok ? tr("No update was lost.") : tr("Increments overwrote each other.");
        } else {
            fields = {{u"produced"_s, tr("produced"), c.produced, false},
                      {u"consumed"_s, tr("consumed"), c.consumed, false},
                      {u"lost"_s, tr("lost"), c.lost, true},
                      {u"duplicated"_s, tr("duplicated"), c.duplicated, true},
                      {u"corrupted"_s, tr("corrupted"), c.corrupted, true}};
            ok = c.lost == 0 && c.duplicated == 0 && c.corrupted == 0;
            verdict = !ok ? tr("Some items did not arrive intact.")
                      : c.leftInChannel > 0
                          ? tr("%n item(s) still in the channel when the run ended.", nullptr,
                               int(qMin<quint64>(c.leftInChannel, INT_MAX)))
                          : tr("Every item arrived once, intact.");
        }
        for (const Field &f : std::as_const(fields)) {
            QWidget *pair = group();
            addLabel(pair, f.caption, font());
            QLabel *value = addLabel(pair, QLocale().toString(f.value), big);
            value->setObjectName(f.key + u':' + c.id);
            if (f.bad && f.value > 0)
                value->setStyleSheet(u"color:%1"_s.arg(kBad.name()));
        }
        auto *verdictLabel = new QLabel(colored(verdict, ok ? kGood : kBad), line);
        verdictLabel->setTextFormat(Qt::RichText);
        verdictLabel->setFont(bold);
        verdictLabel->setObjectName(u"verdict:"_s + c.id);
        flow->addWidget(verdictLabel);
    }
}

void ResultStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QFrame::changeEvent(event);
}

} // namespace proclab
