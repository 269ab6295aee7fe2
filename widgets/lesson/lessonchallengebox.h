// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A step's challenge: the task, a hint on request, and after the next run whether it
// passed ("passes_when" checked against that run).

#include "core/lesson/lesson.h"
#include "core/lesson/lessonoutcome.h"

#include <QGroupBox>
#include <optional>

class QLabel;
class QPushButton;

namespace proclab {

class LessonChallengeBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit LessonChallengeBox(QWidget *parent = nullptr);

    void showChallenge(const LessonChallenge &challenge,
                       const std::optional<ChallengeOutcome> &outcome, bool passedBefore,
                       bool running);
    QLabel *statusLabel() const { return m_status; }

private:
    LocalText m_shown; // the task shown: a new one hides the hint again
    QLabel *m_task;
    QPushButton *m_hintButton;
    QLabel *m_hint;
    QLabel *m_status;
};

} // namespace proclab
