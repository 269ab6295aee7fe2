// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A step's prediction: the question, its choices (long texts wrap), "Lock in", and after
// the run the reveal: the student's choice, the measured figure, whether the choice held,
// the explanation, and a button that shows where the figure can be seen.

#include "core/lesson/lesson.h"
#include "core/lesson/lessonoutcome.h"

#include <QGroupBox>
#include <optional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;

namespace proclab {

class LessonPredictionBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit LessonPredictionBox(QWidget *parent = nullptr);

    // Shows `prediction` as it stands: open (no choice locked), locked, running or revealed.
    void showPrediction(const LessonPrediction &prediction, const QString &locked,
                        const std::optional<PredictionOutcome> &outcome, bool running);
    QString checkedKey() const;
    void check(const QString &key); // tests and keyboard users
    QPushButton *lockButton() const { return m_lock; }
    QLabel *revealLabel() const { return m_reveal; }

signals:
    void lockInRequested(const QString &key);
    void showWhereRequested(const QString &target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildChoices();
    QString revealHtml() const;

    LessonPrediction m_prediction;
    QString m_locked;
    std::optional<PredictionOutcome> m_outcome;
    bool m_running = false;
    QLabel *m_question;
    QGridLayout *m_choices;
    QButtonGroup *m_group;
    QList<QLabel *> m_choiceLabels;
    QPushButton *m_lock;
    QLabel *m_status;
    QLabel *m_reveal;
    QPushButton *m_showWhere;
};

} // namespace proclab
