// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lesson/lessonsteppage.h"

#include "widgets/lesson/lessonchallengebox.h"
#include "widgets/lesson/lessonmarkup.h"
#include "widgets/lesson/lessonpredictionbox.h"
#include "widgets/lesson/lessonprogress.h"
#include "widgets/lesson/lessonsession.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace proclab {

LessonStepPage::LessonStepPage(LessonSession *session, LessonProgress *progress, QWidget *parent)
    : QWidget(parent), m_session(session), m_progress(progress), m_toList(new QToolButton(this)),
      m_lessonLabel(new QLabel(this)), m_stepLabel(new QLabel(this)),
      m_steps(new QProgressBar(this)), m_scroll(new QScrollArea(this)), m_text(new QLabel),
      m_figure(new QPlainTextEdit), m_prediction(new LessonPredictionBox),
      m_challenge(new LessonChallengeBox), m_runStatus(new QLabel), m_back(new QPushButton(this)),
      m_next(new QPushButton(this)), m_leave(new QPushButton(this)),
      m_backAction(new QAction(this)), m_nextAction(new QAction(this))
{
    m_lessonLabel->setWordWrap(true);
    m_stepLabel->setWordWrap(true);
    QFont big = m_stepLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_stepLabel->setFont(big);
    m_steps->setTextVisible(false);
    m_steps->setMaximumHeight(6);
    m_toList->setAutoRaise(true);
    m_toList->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The whole step scrolls as one, so the prediction is never squeezed under a text
    // box with a scroll bar of its own.
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figure->setReadOnly(true);
    m_figure->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_figure->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_figure->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_figure->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_figure->setFont(mono);
    m_runStatus->setWordWrap(true);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->addWidget(m_text);
    contentLayout->addWidget(m_figure);
    contentLayout->addWidget(m_prediction);
    contentLayout->addWidget(m_challenge);
    contentLayout->addWidget(m_runStatus);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The way back to the list beside the lesson's name: at 1280x800 the dock is short, and
    // every line the chrome does not take is a line of the step's text and its prediction.
    auto *top = new QHBoxLayout;
    top->addWidget(m_toList, 0, Qt::AlignTop);
    top->addWidget(m_lessonLabel, 1);
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_back);
    nav->addWidget(m_next, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_steps);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(nav);
    layout->addWidget(m_leave);

    // PgUp / PgDn turn the page from anywhere in the window while a lesson is shown.
    m_backAction->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_nextAction->setShortcut(QKeySequence(Qt::Key_PageDown));
    for (QAction *a : {m_backAction, m_nextAction}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }
    connect(m_back, &QPushButton::clicked, m_session, &LessonSession::back);
    connect(m_next, &QPushButton::clicked, m_session, &LessonSession::next);
    connect(m_backAction, &QAction::triggered, m_back, &QPushButton::click);
    connect(m_nextAction, &QAction::triggered, m_next, &QPushButton::click);
    connect(m_leave, &QPushButton::clicked, this, &LessonStepPage::leaveRequested);
    connect(m_toList, &QToolButton::clicked, this, &LessonStepPage::leaveRequested);
    connect(m_prediction, &LessonPredictionBox::lockInRequested, m_session, &LessonSession::lockIn);
    connect(m_prediction, &LessonPredictionBox::showWhereRequested, this,
            &LessonStepPage::showWhereRequested);
    connect(m_session, &LessonSession::stepChanged, this, [this] {
        setRunStatus({});
        refresh();
        m_scroll->ensureVisible(0, 0);
    });
    connect(m_session, &LessonSession::gateChanged, this, &LessonStepPage::refresh);
    connect(m_session, &LessonSession::outcomeChanged, this, [this] {
        refresh();
        // The verdict is what the student waits for: bring it into view once laid out.
        QTimer::singleShot(0, this, [this] {
            QWidget *verdict = nullptr;
            if (m_session->prediction())
                verdict = m_prediction;
            else if (m_session->challenge())
                verdict = m_challenge;
            if (verdict && verdict->isVisible())
                m_scroll->ensureWidgetVisible(verdict, 0, 0);
        });
    });
}

void LessonStepPage::setRunStatus(const QString &text)
{
    m_runStatus->setText(text);
    m_runStatus->setVisible(!text.isEmpty());
}

void LessonStepPage::refresh()
{
    const LessonStep *step = m_session->step();
    m_backAction->setEnabled(step && m_session->stepIndex() > 0 && !m_session->isRunning());
    m_nextAction->setEnabled(step && !m_session->isRunning());
    if (!step)
        return;
    const QString lang = LessonMarkup::currentLanguage();
    const Lesson &lesson = m_session->lesson();
    const int index = m_session->stepIndex();
    const int count = m_session->stepCount();

    m_toList->setText(tr("← All lessons"));
    m_toList->setToolTip(tr("Leave the lesson; the diagram stays as it is"));
    m_lessonLabel->setText(tr("Lesson %1 · %2").arg(lesson.number).arg(lesson.title.in(lang)));
    m_steps->setRange(0, count);
    m_steps->setValue(index + 1);
    m_stepLabel->setText(
        tr("Step %1 of %2: %3").arg(index + 1).arg(count).arg(step->title.in(lang)));

    const QColor codeBg = palette().color(QPalette::AlternateBase);
    m_text->setText(LessonMarkup::toHtml(step->text.in(lang), codeBg));
    const QString figure = step->figure.in(lang);
    m_figure->setVisible(!figure.isEmpty());
    if (m_figure->toPlainText() != figure) {
        m_figure->setPlainText(figure);
        QPalette pal = m_figure->palette();
        pal.setColor(QPalette::Base, codeBg);
        m_figure->setPalette(pal);
        // Every line shown, plus room for the sideways scroll bar.
        const int lines = int(figure.count(u'\n')) + 1;
        m_figure->setFixedHeight(
            lines * m_figure->fontMetrics().lineSpacing() +
            2 * (m_figure->frameWidth() + int(m_figure->document()->documentMargin())) +
            m_figure->horizontalScrollBar()->sizeHint().height() + 2);
    }

    const bool running = m_session->isRunning();
    m_prediction->setVisible(bool(step->prediction));
    if (step->prediction)
        m_prediction->showPrediction(*step->prediction, m_session->lockedChoice(),
                                     m_session->prediction(), running);
    m_challenge->setVisible(bool(step->challenge));
    if (step->challenge)
        m_challenge->showChallenge(*step->challenge, m_session->challenge(),
                                   m_progress->challengePassed(lesson.id, index), running);

    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("The previous step (PgUp)"));
    // The diagram stays put while the step's runs go on.
    m_back->setEnabled(index > 0 && !running);
    m_next->setEnabled(!running);
    m_next->setText(index + 1 < count ? tr("Next") : tr("Finish the lesson"));
    m_next->setToolTip(tr("The next step (PgDn)"));
    m_leave->setText(tr("Continue on my own"));
    m_leave->setToolTip(tr("Leave the lesson and keep working with this diagram"));
}

void LessonStepPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    else if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace proclab
