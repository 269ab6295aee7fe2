// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lesson/lessonchallengebox.h"

#include "widgets/lesson/lessonmarkup.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace proclab {

LessonChallengeBox::LessonChallengeBox(QWidget *parent)
    : QGroupBox(parent), m_task(new QLabel(this)), m_hintButton(new QPushButton(this)),
      m_hint(new QLabel(this)), m_status(new QLabel(this))
{
    for (QLabel *label : {m_task, m_hint, m_status}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    m_hint->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_task);
    layout->addWidget(m_hintButton, 0, Qt::AlignLeft);
    layout->addWidget(m_hint);
    layout->addWidget(m_status);
    connect(m_hintButton, &QPushButton::clicked, this, [this] {
        m_hint->show();
        m_hintButton->hide();
    });
}

void LessonChallengeBox::showChallenge(const LessonChallenge &challenge,
                                       const std::optional<ChallengeOutcome> &outcome,
                                       bool passedBefore, bool running)
{
    const QString lang = LessonMarkup::currentLanguage();
    if (!(challenge.task == m_shown))
        m_hint->hide();
    m_shown = challenge.task;
    setTitle(tr("Challenge"));
    const QColor codeBg = palette().color(QPalette::AlternateBase);
    m_task->setText(LessonMarkup::toHtml(challenge.task.in(lang), codeBg));
    m_hint->setText(LessonMarkup::toHtml(challenge.hint.in(lang), codeBg));
    m_hintButton->setText(tr("Show a hint"));
    m_hintButton->setVisible(m_hint->isHidden() && !challenge.hint.en.isEmpty());

    QString status;
    if (running)
        status = tr("Running… this run is checked.");
    else if (outcome && !outcome->error.isEmpty())
        status = u"<span style=\"color:#b3261e\">"_s +
                 tr("Could not check this run: %1").arg(outcome->error.toHtmlEscaped()) +
                 u"</span>"_s;
    else if (outcome && outcome->passed)
        status = u"<b style=\"color:#2e7d32\">"_s + tr("✔ Passed: this run did it.") + u"</b>"_s;
    else if (outcome)
        status = u"<b style=\"color:#b3261e\">"_s +
                 tr("Not yet: this run does not pass. Change the diagram and run again.") +
                 u"</b>"_s;
    else if (passedBefore)
        status = tr("You passed this challenge before. Run again to check once more.");
    else
        status = tr("Change the diagram, then press <b>Run</b>: the next run is checked.");
    m_status->setText(status);
}

} // namespace proclab
