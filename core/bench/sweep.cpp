// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/sweep.h"

#include "core/run/runcontroller.h"
#include "core/scenario/scenarioedits.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {

// Textbook (0) or fast (1): the same buffer, synchronised either way, so the sweep compares
// the two ways to synchronise and nothing else. The fast ring joins one producer and one
// consumer; said here, before the first run, rather than by the run that refuses it.
std::optional<Scenario> setFast(Scenario &s, ChannelSpec &channel, bool fast, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::optional<Scenario>();
    };
    if (channel.kind != ChannelKind::ShmBuffer)
        return fail(QCoreApplication::translate(
                        "Sweep", "\"%1\" is not a shared-memory buffer: only a buffer has a "
                                 "fast ring")
                        .arg(channel.id));
    qsizetype producers = 0, consumers = 0;
    for (const ProcessSpec &p : std::as_const(s.processes)) {
        if (p.behaviour.channel != channel.id)
            continue;
        producers += p.behaviour.kind == BehaviourKind::Produce;
        consumers += p.behaviour.kind == BehaviourKind::Consume;
    }
    if (fast && (producers != 1 || consumers != 1))
        return fail(QCoreApplication::translate("Sweep",
                                                "the fast ring joins one producer and one "
                                                "consumer, but \"%1\" has %2 producers and %3 "
                                                "consumers")
                        .arg(channel.id)
                        .arg(producers)
                        .arg(consumers));
    channel.sync = true;
    channel.fast = fast;
    return s;
}

} // namespace

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
    case Parameter::Fast:
        return u"fast"_s;
    }
    return {};
}

int Sweep::minimumValue(Parameter parameter)
{
    return parameter == Parameter::Fast ? 0 : 1;
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
    if (parameter == Parameter::Fast && value != 0 && value != 1)
        return fail(QCoreApplication::translate(
                        "Sweep", "fast must be 0 (textbook: semaphores and a lock) or 1 (the "
                                 "fast ring), not %1")
                        .arg(value));
    if (value < minimumValue(parameter))
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
        if (parameter == Parameter::Fast)
            return setFast(s, *channel, value == 1, error);
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
        record.label = m_parameter != Parameter::Fast
                           ? parameterName(m_parameter) + u' ' + QString::number(value)
                       : value ? QCoreApplication::translate("Sweep", "fast ring")
                               : QCoreApplication::translate("Sweep", "textbook ring");
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
