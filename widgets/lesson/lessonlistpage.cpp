// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lesson/lessonlistpage.h"

#include "widgets/lesson/lessonmarkup.h"
#include "widgets/lesson/lessonprogress.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {

constexpr int kIdRole = Qt::UserRole;

enum class Mark
{
    NotStarted,
    InProgress,
    Finished
};

// Drawn rather than shipped: a ring, a half-filled ring, a filled disc with a tick.
QIcon markIcon(Mark mark)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor green(46, 125, 50);
    const QColor blue(21, 101, 192);
    const QRectF ring(4, 4, 24, 24);
    switch (mark) {
    case Mark::NotStarted:
        p.setPen(QPen(QColor(150, 150, 150), 2.5));
        p.drawEllipse(ring);
        break;
    case Mark::InProgress:
        p.setPen(QPen(blue, 2.5));
        p.drawEllipse(ring);
        p.setBrush(blue);
        p.drawPie(ring, 90 * 16, 180 * 16);
        break;
    case Mark::Finished:
        p.setPen(Qt::NoPen);
        p.setBrush(green);
        p.drawEllipse(ring);
        p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({{10, 16.5}, {14.5, 21}, {22.5, 11.5}}));
        break;
    }
    return QIcon(pm);
}

} // namespace

LessonListPage::LessonListPage(LessonProgress *progress, QWidget *parent)
    : QWidget(parent), m_progress(progress), m_welcome(new QFrame(this)),
      m_welcomeText(new QLabel(m_welcome)), m_welcomeStart(new QPushButton(m_welcome)),
      m_welcomeLater(new QPushButton(m_welcome)), m_intro(new QLabel(this)),
      m_leftNotice(new QLabel(this)), m_list(new QListWidget(this)), m_summary(new QLabel(this)),
      m_start(new QPushButton(this)), m_restart(new QPushButton(this)),
      m_problemsLabel(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_leftNotice->setObjectName(u"lessonLeftNotice"_s);
    m_leftNotice->setWordWrap(true);
    m_leftNotice->setTextFormat(Qt::RichText);
    m_leftNotice->setStyleSheet(u"QLabel { background-color: #fff4e5; border: 1px solid #f0b35a; "
                                "border-radius: 4px; padding: 4px; color: #1a1a1a; }"_s);
    m_leftNotice->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setIconSize(QSize(20, 20));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(1);

    m_welcome->setFrameShape(QFrame::StyledPanel);
    m_welcome->setObjectName(u"lessonWelcome"_s);
    m_welcome->setStyleSheet(u"#lessonWelcome { background-color: #e8f0fe; border: 1px solid "
                             "#8ab4f8; border-radius: 4px; } #lessonWelcome QLabel { color: "
                             "#1a1a1a; }"_s);
    m_welcomeStart->setObjectName(u"welcomeStart"_s);
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setTextFormat(Qt::RichText);
    auto *welcomeButtons = new QHBoxLayout;
    welcomeButtons->addWidget(m_welcomeStart, 1);
    welcomeButtons->addWidget(m_welcomeLater);
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addWidget(m_welcomeText);
    welcomeLayout->addLayout(welcomeButtons);
    m_welcome->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start, 1);
    buttons->addWidget(m_restart);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_welcome);
    layout->addWidget(m_leftNotice);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problemsLabel);

    connect(m_list, &QListWidget::currentRowChanged, this, &LessonListPage::updateDetails);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_start->click(); });
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const Lesson *lesson = selected()) {
            const bool resume =
                !m_progress->isFinished(lesson->id) && m_progress->stepReached(lesson->id) >= 0;
            emit startRequested(lesson->id, resume ? m_progress->currentStep(lesson->id) : 0);
        }
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (const Lesson *lesson = selected())
            emit startRequested(lesson->id, 0);
    });
    connect(m_welcomeStart, &QPushButton::clicked, this, [this] {
        if (m_lessons.isEmpty())
            return;
        setWelcomeVisible(false);
        emit welcomeDismissed();
        emit startRequested(m_lessons.constFirst().id, 0);
    });
    connect(m_welcomeLater, &QPushButton::clicked, this, [this] {
        setWelcomeVisible(false);
        emit welcomeDismissed();
    });
    connect(m_progress, &LessonProgress::changed, this, &LessonListPage::refresh);
    retranslate();
}

void LessonListPage::setLessons(const QList<Lesson> &lessons, const QStringList &problems)
{
    m_lessons = lessons;
    m_problems = problems;
    refresh();
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void LessonListPage::setWelcomeVisible(bool visible)
{
    m_welcome->setVisible(visible && !m_lessons.isEmpty());
    m_intro->setVisible(m_welcome->isHidden()); // the welcome says it already
    retranslate();
}

bool LessonListPage::isWelcomeVisible() const
{
    return !m_welcome->isHidden();
}

void LessonListPage::setLeftNotice(const QString &id)
{
    m_leftId = id;
    if (!id.isEmpty())
        select(id);
    retranslate();
}

void LessonListPage::select(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toString() == id)
            m_list->setCurrentRow(i);
}

QString LessonListPage::selectedId() const
{
    const Lesson *lesson = selected();
    return lesson ? lesson->id : QString();
}

const Lesson *LessonListPage::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_lessons.size() ? &m_lessons.at(row) : nullptr;
}

void LessonListPage::refresh()
{
    const QString lang = LessonMarkup::currentLanguage();
    const int row = m_list->currentRow();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Lesson &lesson : std::as_const(m_lessons)) {
        const int steps = int(lesson.steps.size());
        const int reached = m_progress->stepReached(lesson.id);
        Mark mark = Mark::NotStarted;
        QString state = tr("not started");
        if (m_progress->isFinished(lesson.id)) {
            mark = Mark::Finished;
            state = tr("finished");
        } else if (reached >= 0) {
            mark = Mark::InProgress;
            state = tr("step %1 of %2").arg(m_progress->currentStep(lesson.id) + 1).arg(steps);
        }
        auto *item = new QListWidgetItem(
            markIcon(mark), u"%1. %2\n"_s.arg(lesson.number).arg(lesson.title.in(lang)) +
                                lesson.topic.in(lang) + u" · "_s + state);
        item->setData(kIdRole, lesson.id);
        item->setToolTip(lesson.summary.in(lang));
        m_list->addItem(item);
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    updateDetails();
    m_problemsLabel->setVisible(!m_problems.isEmpty());
    m_problemsLabel->setText(m_problems.isEmpty() ? QString()
                                                  : tr("Some lessons could not be loaded:") +
                                                        u"\n"_s + m_problems.join(u'\n'));
}

void LessonListPage::updateDetails()
{
    const Lesson *lesson = selected();
    // At first start the welcome already offers the first lesson: its summary and Start
    // button below would say it twice, and at 1280x800 they left room for two or three rows
    // of the list. They come back when another lesson is selected or the welcome goes.
    const bool welcomeSaysIt =
        isWelcomeVisible() && lesson && lesson->id == m_lessons.constFirst().id;
    m_summary->setVisible(!welcomeSaysIt);
    m_start->setVisible(!welcomeSaysIt);
    m_start->setEnabled(lesson);
    m_restart->setVisible(false);
    if (!lesson) {
        m_summary->setText(m_lessons.isEmpty() ? tr("No lessons found.") : QString());
        m_start->setText(tr("Start lesson"));
        return;
    }
    const QString lang = LessonMarkup::currentLanguage();
    m_summary->setText(u"<b>"_s + lesson->title.in(lang).toHtmlEscaped() + u"</b>"_s +
                       LessonMarkup::toHtml(lesson->summary.in(lang)));
    const bool finished = m_progress->isFinished(lesson->id);
    const int reached = m_progress->stepReached(lesson->id);
    if (finished) {
        m_start->setText(tr("Start again"));
    } else if (reached >= 0) {
        m_start->setText(tr("Continue at step %1").arg(m_progress->currentStep(lesson->id) + 1));
        m_restart->setVisible(!welcomeSaysIt);
    } else {
        m_start->setText(tr("Start lesson"));
    }
}

void LessonListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LessonListPage::retranslate()
{
    m_intro->setText(tr("Each lesson runs real processes on this machine. You predict what "
                        "will happen, press Run, and the run itself gives the answer."));
    const QString first = m_lessons.isEmpty()
                              ? QString()
                              : m_lessons.constFirst().title.in(LessonMarkup::currentLanguage());
    m_welcomeText->setText(u"<b>"_s + tr("Welcome to ProcLab!") + u"</b><br/>"_s +
                           tr("New here? Begin with the first lesson, <i>%1</i>: it runs real "
                              "processes on this machine and explains what you see.")
                               .arg(first.toHtmlEscaped()));
    const Lesson *left = nullptr;
    for (const Lesson &l : m_lessons)
        left = l.id == m_leftId ? &l : left;
    m_leftNotice->setVisible(left != nullptr);
    if (left)
        m_leftNotice->setText(
            tr("You opened another diagram, so the lesson <i>%1</i> was left: its predictions "
               "are judged only on its own diagram. <b>Continue</b> below takes you back to "
               "step %2.")
                .arg(left->title.in(LessonMarkup::currentLanguage()).toHtmlEscaped())
                .arg(m_progress->currentStep(left->id) + 1));
    m_welcomeStart->setText(tr("Start the first lesson"));
    m_welcomeLater->setText(tr("Not now"));
    m_restart->setText(tr("Start over"));
    m_restart->setToolTip(tr("Start this lesson again from its first step"));
    refresh(); // the lesson texts follow the language too
}

} // namespace proclab
