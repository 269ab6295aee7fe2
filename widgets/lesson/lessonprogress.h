// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the student has done, kept in QSettings under "lessons/<id>/…" so it survives a
// restart: the step reached, whether the lesson was finished, the choice locked in for
// each prediction and whether each challenge passed. The lesson files never hold it.

#include <QObject>
#include <QString>

namespace proclab {

class LessonProgress : public QObject
{
    Q_OBJECT
public:
    explicit LessonProgress(QObject *parent = nullptr);

    int stepReached(const QString &lesson) const; // -1 when never started
    bool isFinished(const QString &lesson) const;
    QString lockedChoice(const QString &lesson, int step) const; // empty if none
    bool challengePassed(const QString &lesson, int step) const;

    void setStepReached(const QString &lesson, int step); // keeps the furthest step
    void setCurrentStep(const QString &lesson, int step);
    int currentStep(const QString &lesson) const; // where to resume; 0 if never started
    void setFinished(const QString &lesson);
    void setLockedChoice(const QString &lesson, int step, const QString &key);
    void setChallengePassed(const QString &lesson, int step);
    void reset(const QString &lesson);

    bool anyStarted() const; // false on the very first start

signals:
    void changed(const QString &lesson);

private:
    static QString key(const QString &lesson, const QString &name);
};

} // namespace proclab
