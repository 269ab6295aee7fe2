// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/labtemplate.h"

#include "core/scenario/scenarioedits.h"
#include "core/scenario/scenariolimits.h"

#include <QCoreApplication>

namespace proclab {

namespace {

constexpr double kRowGap = 140;
constexpr double kColumnGap = 170;

ProcessSpec processOf(const QString &id, const QString &label, const QString &parent,
                      BehaviourKind kind, QPointF position)
{
    ProcessSpec p;
    p.id = id;
    p.label = label;
    p.parent = parent;
    p.behaviour = defaultBehaviour(kind);
    p.position = position;
    return p;
}

} // namespace

QString LabTemplate::add(Scenario &scenario, bool speedUp, QPointF position)
{
    const QString root = scenario.rootId();
    const QString top = ScenarioEdits::uniqueId(scenario, speedUp ? QStringLiteral("combine")
                                                                  : QStringLiteral("master"));
    scenario.processes.append(
        processOf(top,
                  speedUp ? QCoreApplication::translate("LabTemplate", "divide and combine")
                          : QCoreApplication::translate("LabTemplate", "master"),
                  root, speedUp ? BehaviourKind::Combine : BehaviourKind::PreforkMaster, position));
    const QString worker = ScenarioEdits::uniqueId(scenario, QStringLiteral("worker"));
    const QString label = QCoreApplication::translate("LabTemplate", "worker");
    const BehaviourKind kind = speedUp ? BehaviourKind::CountPrimes : BehaviourKind::Serve;
    const int children = speedUp ? 2 : 3;
    const double left = position.x() - kColumnGap * (children - 1) / 2;
    const QPointF row(left, position.y() + kRowGap);
    scenario.processes.append(processOf(worker, label, top, kind, row));
    scenario.processes.append(processOf(worker + QStringLiteral("_2"), label + QStringLiteral(" 2"),
                                        top, kind, row + QPointF(kColumnGap, 0)));
    if (!speedUp) {
        ProcessSpec load = processOf(ScenarioEdits::uniqueId(scenario, QStringLiteral("load")),
                                     QCoreApplication::translate("LabTemplate", "load generator"),
                                     top, BehaviourKind::Load, row + QPointF(2 * kColumnGap, 0));
        load.behaviour.killAt = int(load.behaviour.count / 2);
        scenario.processes.append(load);
    }
    return top;
}

} // namespace proclab
