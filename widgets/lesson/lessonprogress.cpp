// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lesson/lessonprogress.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {
const QString kGroup = u"lessons"_s;
}

LessonProgress::LessonProgress(QObject *parent) : QObject(parent) {}

QString LessonProgress::key(const QString &lesson, const QString &name)
{
    return kGroup + u'/' + lesson + u'/' + name;
}

int LessonProgress::stepReached(const QString &lesson) const
{
    return QSettings().value(key(lesson, u"reached"_s), -1).toInt();
}

bool LessonProgress::isFinished(const QString &lesson) const
{
    return QSettings().value(key(lesson, u"finished"_s), false).toBool();
}

QString LessonProgress::lockedChoice(const QString &lesson, int step) const
{
    return QSettings().value(key(lesson, u"choice/"_s + QString::number(step))).toString();
}

bool LessonProgress::challengePassed(const QString &lesson, int step) const
{
    return QSettings().value(key(lesson, u"passed/"_s + QString::number(step)), false).toBool();
}

void LessonProgress::setStepReached(const QString &lesson, int step)
{
    if (step <= stepReached(lesson))
        return;
    QSettings().setValue(key(lesson, u"reached"_s), step);
    emit changed(lesson);
}

void LessonProgress::setCurrentStep(const QString &lesson, int step)
{
    QSettings().setValue(key(lesson, u"current"_s), step);
    setStepReached(lesson, step);
}

int LessonProgress::currentStep(const QString &lesson) const
{
    return QSettings().value(key(lesson, u"current"_s), 0).toInt();
}

void LessonProgress::setFinished(const QString &lesson)
{
    if (isFinished(lesson))
        return;
    QSettings().setValue(key(lesson, u"finished"_s), true);
    emit changed(lesson);
}

void LessonProgress::setLockedChoice(const QString &lesson, int step, const QString &key_)
{
    QSettings().setValue(key(lesson, u"choice/"_s + QString::number(step)), key_);
    emit changed(lesson);
}

void LessonProgress::setChallengePassed(const QString &lesson, int step)
{
    QSettings().setValue(key(lesson, u"passed/"_s + QString::number(step)), true);
    emit changed(lesson);
}

void LessonProgress::reset(const QString &lesson)
{
    QSettings().remove(kGroup + u'/' + lesson);
    emit changed(lesson);
}

bool LessonProgress::anyStarted() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    return !settings.childGroups().isEmpty();
}

} // namespace proclab
