// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lesson/lessonpredictionbox.h"

#include "core/lesson/lessonexpression.h"
#include "widgets/lesson/lessonmarkup.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {
const QString kHeld = u"#2e7d32"_s;
const QString kMissed = u"#b3261e"_s;
} // namespace

LessonPredictionBox::LessonPredictionBox(QWidget *parent)
    : QGroupBox(parent), m_question(new QLabel(this)), m_choices(new QGridLayout),
      m_group(new QButtonGroup(this)), m_lock(new QPushButton(this)), m_status(new QLabel(this)),
      m_reveal(new QLabel(this)), m_showWhere(new QPushButton(this))
{
    for (QLabel *label : {m_question, m_status, m_reveal}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    m_reveal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choices->setColumnStretch(1, 1);
    m_choices->setHorizontalSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(m_choices);
    layout->addWidget(m_lock, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_reveal);
    layout->addWidget(m_showWhere, 0, Qt::AlignLeft);
    connect(m_group, &QButtonGroup::idToggled, this,
            [this] { m_lock->setEnabled(!m_running && !checkedKey().isEmpty()); });
    connect(m_lock, &QPushButton::clicked, this, [this] {
        if (!checkedKey().isEmpty())
            emit lockInRequested(checkedKey());
    });
    connect(m_showWhere, &QPushButton::clicked, this,
            [this] { emit showWhereRequested(m_prediction.highlight); });
}

void LessonPredictionBox::showPrediction(const LessonPrediction &prediction, const QString &locked,
                                         const std::optional<PredictionOutcome> &outcome,
                                         bool running)
{
    const bool sameChoices = prediction.choices == m_prediction.choices;
    m_prediction = prediction;
    m_locked = locked;
    m_outcome = outcome;
    m_running = running;
    const QString lang = LessonMarkup::currentLanguage();

    setTitle(tr("Your prediction"));
    const QColor codeBg = palette().color(QPalette::AlternateBase);
    m_question->setText(LessonMarkup::toHtml(prediction.question.in(lang), codeBg));
    if (!sameChoices || m_choiceLabels.isEmpty())
        rebuildChoices();
    for (int i = 0; i < m_choiceLabels.size(); ++i) {
        const LessonChoice &choice = prediction.choices.at(i);
        m_choiceLabels[i]->setText(u"<b>"_s + choice.key.toHtmlEscaped() + u")</b> "_s +
                                   LessonMarkup::inlineHtml(choice.text.in(lang), codeBg));
        m_choiceLabels[i]->setEnabled(!running);
    }
    if (!locked.isEmpty())
        check(locked);
    for (QAbstractButton *b : m_group->buttons())
        b->setEnabled(!running);

    m_lock->setText(locked.isEmpty() ? tr("Confirm my answer") : tr("Change my answer"));
    m_lock->setEnabled(!running && !checkedKey().isEmpty() && checkedKey() != locked);
    m_lock->setToolTip(tr("Run is enabled once an answer is confirmed"));

    QString status;
    if (running)
        status = tr("Running… the answer comes from this run.");
    else if (locked.isEmpty())
        status = tr("Choose an answer and confirm it. Then press <b>Run</b>.");
    else if (!outcome)
        status = tr("Confirmed: <b>%1</b>. Now press <b>Run</b> (F5).").arg(locked.toHtmlEscaped());
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());

    m_reveal->setText(outcome ? revealHtml() : QString());
    m_reveal->setVisible(bool(outcome));
    m_showWhere->setText(tr("Show where it is measured"));
    m_showWhere->setVisible(outcome && !prediction.highlight.isEmpty());
}

void LessonPredictionBox::rebuildChoices()
{
    for (QAbstractButton *b : m_group->buttons()) {
        m_group->removeButton(b);
        delete b;
    }
    qDeleteAll(m_choiceLabels);
    m_choiceLabels.clear();
    int row = 0;
    for (const LessonChoice &choice : std::as_const(m_prediction.choices)) {
        // A radio button does not wrap its text; a label beside it does, and a click on
        // the label checks the button as a click on the button's own text would.
        auto *button = new QRadioButton(this);
        button->setProperty("choiceKey", choice.key);
        button->setAccessibleName(choice.key);
        auto *label = new QLabel(this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setBuddy(button);
        label->installEventFilter(this);
        m_group->addButton(button, row);
        m_choices->addWidget(button, row, 0, Qt::AlignTop);
        m_choices->addWidget(label, row, 1);
        m_choiceLabels.append(label);
        ++row;
    }
}

QString LessonPredictionBox::checkedKey() const
{
    QAbstractButton *b = m_group->checkedButton();
    return b ? b->property("choiceKey").toString() : QString();
}

void LessonPredictionBox::check(const QString &key)
{
    for (QAbstractButton *b : m_group->buttons())
        if (b->property("choiceKey").toString() == key)
            b->setChecked(true);
}

bool LessonPredictionBox::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        if (auto *label = qobject_cast<QLabel *>(watched); label && label->isEnabled()) {
            if (auto *button = qobject_cast<QRadioButton *>(label->buddy()))
                button->setChecked(true);
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

QString LessonPredictionBox::revealHtml() const
{
    const QString lang = LessonMarkup::currentLanguage();
    const PredictionOutcome &o = *m_outcome;
    auto choiceText = [&](const QString &key) -> QString {
        for (const LessonChoice &c : m_prediction.choices)
            if (c.key == key)
                return u"<b>"_s + key.toHtmlEscaped() + u")</b> "_s +
                       LessonMarkup::inlineHtml(c.text.in(lang));
        return key.toHtmlEscaped();
    };
    QString html = u"<p>"_s + tr("You chose: %1").arg(choiceText(m_locked)) + u"<br/>"_s;
    if (!o.ok()) {
        html += u"<span style=\"color:%1\">"_s.arg(kMissed) +
                tr("The figure could not be measured: %1").arg(o.error.toHtmlEscaped()) +
                u"</span></p>"_s;
        return html;
    }
    html += tr("Measured: %1 = <b>%2</b>")
                .arg(m_prediction.figureName.in(lang).toHtmlEscaped(),
                     formatMeasured(o.measured, QLocale()).toHtmlEscaped());
    // Further figures side by side with the main one (with and without a lock, ...).
    for (const auto &[name, value] : o.figures)
        html += u"<br/>"_s + tr("Measured: %1 = <b>%2</b>")
                                 .arg(name.in(lang).toHtmlEscaped(),
                                      formatMeasured(value, QLocale()).toHtmlEscaped());
    html += u"</p>"_s;
    if (o.correctKey.isEmpty())
        html += u"<p>"_s + tr("None of the choices matches what this run measured.") + u"</p>"_s;
    else if (o.holds(m_locked))
        html += u"<p style=\"color:%1\"><b>"_s.arg(kHeld) + tr("✔ Your prediction held.") +
                u"</b></p>"_s;
    else
        html += u"<p style=\"color:%1\"><b>"_s.arg(kMissed) +
                tr("✘ Not this time: the run says %1.").arg(choiceText(o.correctKey)) +
                u"</b></p>"_s;
    const QColor codeBg = palette().color(QPalette::AlternateBase);
    html += LessonMarkup::toHtml(m_prediction.explain.in(lang), codeBg);
    for (const LocalText &note : o.notes)
        html += LessonMarkup::toHtml(note.in(lang), codeBg);
    return html;
}

} // namespace proclab
