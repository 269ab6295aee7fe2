// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/sweep.h"

#include "core/run/runcontroller.h"
#include "core/scenario/scenarioedits.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace proclab {

Sweep::Sweep(QObject *parent) : QObject(parent) {}

Sweep::~Sweep()
{
    // RunController's destructor stops and reaps a run still going.
    delete m_current;
}

QString Sweep::parameterName(Parameter parameter)
{
    switch (parameter) {
    case Parameter::Capacity:
        return u"capacity"_s;
    case Parameter::ItemSize:
        return u"item-size"_s;
    case Parameter::Producers:
        return u"producers"_s;
    case Parameter::Processes:
        return u"processes"_s;
    }
    return {};
}

bool Sweep::targetsChannel(Parameter parameter)
{
    return parameter != Parameter::Processes;
}

std::optional<Scenario> Sweep::apply(const Scenario &base, Parameter parameter,
                                     const QString &target, int value, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::optional<Scenario>();
    };
    Scenario s = base;
    if (value < 1)
        return fail(QCoreApplication::translate("Sweep", "%1 must be at least 1, not %2")
                        .arg(parameterName(parameter))
                        .arg(value));
    if (targetsChannel(parameter)) {
        ChannelSpec *channel = ScenarioEdits::channel(s, target);
        if (!channel)
            return fail(QCoreApplication::translate("Sweep", "no channel \"%1\" in the scenario")
                            .arg(target));
        if (parameter == Parameter::Capacity) {
            channel->capacity = value;
            return s;
        }
        if (parameter == Parameter::ItemSize) {
            channel->itemSize = value;
            return s;
        }
        QList<QString> producers;
        for (const ProcessSpec &p : std::as_const(s.processes))
            if (p.behaviour.kind == BehaviourKind::Produce && p.behaviour.channel == target)
                producers.append(p.id);
        if (producers.isEmpty())
            return fail(QCoreApplication::translate("Sweep", "no process produces into \"%1\"")
                            .arg(target));
        const ProcessSpec tmpl = *s.process(producers.first());
        ScenarioEdits::setProcessCopies(s, tmpl, producers, value);
        return s;
    }
    const ProcessSpec *found = s.process(target);
    if (!found)
        return fail(
            QCoreApplication::translate("Sweep", "no process \"%1\" in the scenario").arg(target));
    const ProcessSpec tmpl = *found;
    if (tmpl.parent.isEmpty())
        return fail(QCoreApplication::translate("Sweep", "the root process \"%1\" cannot be copied")
                        .arg(target));
    // Copies a file already holds (id_2, id_3, ... beside the original, as a lab's workers
    // are shipped) count as earlier copies: the sweep sets the total, it does not add to it.
    QStringList copies{tmpl.id};
    for (const ProcessSpec &p : std::as_const(s.processes)) {
        bool number = false;
        if (p.parent == tmpl.parent && p.id.startsWith(tmpl.id + u'_'))
            p.id.mid(tmpl.id.size() + 1).toInt(&number);
        if (number)
            copies.append(p.id);
    }
    ScenarioEdits::setProcessCopies(s, tmpl, copies, value);
    return s;
}

bool Sweep::start(const Scenario &base, Parameter parameter, const QString &target,
                  const QList<int> &values)
{
    if (isRunning() || values.isEmpty())
        return false;
    // Check every value before the first run, so a bad one does not fail an hour in.
    for (int v : values) {
        QString error;
        if (!apply(base, parameter, target, v, &error)) {
            emit failed(error);
            return false;
        }
    }
    m_base = base;
    m_parameter = parameter;
    m_target = target;
    m_values = values;
    m_next = 0;
    m_cancelled = false;
    m_points.clear();
    m_agentPids.clear();
    runNext();
    return true;
}

void Sweep::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    m_current->stop(); // finished() or failed() follows once everything is reaped
}

void Sweep::endCurrent()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->deleteLater();
        m_current = nullptr;
    }
}

void Sweep::runNext()
{
    if (m_cancelled) {
        emit cancelled();
        return;
    }
    if (m_next >= m_values.size()) {
        emit finished();
        return;
    }
    const int value = m_values[m_next];
    const Scenario scenario = *apply(m_base, m_parameter, m_target, value, nullptr);
    m_history = std::make_shared<RunHistory>();
    m_current = new RunController(this);
    connect(m_current, &RunController::snapshotReady, this,
            [this](const RunSnapshot &s) { m_history->append(s); });
    connect(m_current, &RunController::finished, this, [this, value, scenario] {
        // The controller's last snapshot holds the agent's final accounting.
        m_history->appendFinal(m_current->lastSnapshot());
        const LabSummary lab = LabSummary::fromEvents(m_current->events());
        endCurrent();
        if (m_cancelled) {
            emit cancelled();
            return;
        }
        RunRecord record = RunRecord::fromRun(scenario, m_history);
        record.lab = lab;
        record.label = parameterName(m_parameter) + u' ' + QString::number(value);
        m_points.append({value, record});
        ++m_next;
        emit pointFinished(value, record);
        runNext();
    });
    connect(m_current, &RunController::failed, this, [this, value](const QString &reason) {
        endCurrent();
        if (m_cancelled) {
            emit cancelled();
            return;
        }
        emit failed(QCoreApplication::translate("Sweep", "run with %1 = %2 failed: %3")
                        .arg(parameterName(m_parameter))
                        .arg(value)
                        .arg(reason));
    });
    emit progress(m_next, int(m_values.size()), value);
    // When start() fails it has emitted failed(), which ended the sweep above.
    if (m_current->start(scenario))
        m_agentPids.append(m_current->agentPid());
}

} // namespace proclab
