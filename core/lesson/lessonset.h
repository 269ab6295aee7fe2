// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A step's "set" (and each value of a "sweep"): one property of one process or channel of
// the loaded scenario changed before the run. Only the properties listed here can change,
// so a lesson can never make a scenario the editor could not make.

#include "core/scenario/scenario.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace proclab {

// `target` is "process:ID" or "channel:ID". False and *error when the target or property
// does not exist or the value has the wrong type; the caller then validates the scenario
// like any other (ranges, wiring).
bool applyLessonSet(Scenario *scenario, const QString &target, const QString &property,
                    const QJsonValue &value, QString *error);

// The properties a lesson may set: process behaviour fields and channel fields.
QStringList lessonSettableProperties(bool channel);

} // namespace proclab
