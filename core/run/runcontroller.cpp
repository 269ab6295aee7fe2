// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/runcontroller.h"

#include "core/agent/wire/proclab_statspage.h"
#include "core/agent/wire/proclab_wire.h"
#include "core/install/installlayout.h"
#include "core/run/agentconnection.h"
#include "core/run/planindex.h"
#include "core/run/planwriter.h"
#include "core/run/processbook.h"
#include "core/run/runcleanup.h"
#include "core/run/runlog.h"
#include "core/run/sampler.h"
#include "core/run/statspagereader.h"
#include "core/run/wirewords.h"
#include "core/scenario/scenarioio.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

namespace proclab {

namespace {
// Beyond the agent's own SIGTERM->SIGKILL grace, how long stop() waits for "finished".
constexpr int kStopSlackMs = 3000;
constexpr int kGraceMs = 1000;
// After "finished" the agent exits at once; this only bounds a misbehaving one.
constexpr int kExitAfterFinishedMs = 3000;

void registerMetaTypes()
{
    qRegisterMetaType<proclab::RunSnapshot>();
    qRegisterMetaType<proclab::RunEvent>();
    qRegisterMetaType<proclab::RunController::State>();
}
} // namespace

class RunController::Private
{
public:
    explicit Private(RunController *q) : q(q) {}

    void setState(State s)
    {
        if (state == s)
            return;
        state = s;
        emit q->stateChanged(s);
    }
    void fail(const QString &reason);
    void onReady(const QByteArray &statsName, int pgid);
    void onEvent(const RunEvent &e);
    void onAgentExited(bool clean, const QString &reason);
    void forceKill(const QString &reason);
    void cleanUp();
    void emitFinalSnapshot();
    QStringList mailboxNames() const;

    RunController *q;
    State state = State::Idle;
    Scenario scenario;
    QByteArray plan;
    QString runTag;
    PlanIndex planIndex;
    ProcessBook book;
    StatsPageReader stats;
    Sampler sampler;
    std::unique_ptr<AgentConnection> agent;
    int agentPid = 0;
    int pgid = 0;
    QElapsedTimer clock;
    qint64 endedAtMs = -1;
    RunSnapshot last;
    QList<RunEvent> events;
    QString failure;
    QTimer durationTimer;
    QTimer stopTimer; // stop(): agent must finish within grace + slack
    QTimer exitTimer; // after "finished": agent must exit
    bool sawFinished = false;
    bool needsCleanup = false; // an agent ran and did not end cleanly (yet)
    int sampleHz = 0;          // 0 = the scenario's
};

RunController::RunController(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
    registerMetaTypes();
    d->durationTimer.setSingleShot(true);
    d->durationTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    d->stopTimer.setSingleShot(true);
    d->exitTimer.setSingleShot(true);
    connect(&d->durationTimer, &QTimer::timeout, this, &RunController::stop);
    connect(&d->stopTimer, &QTimer::timeout, this, [this] {
        d->forceKill(tr("the agent did not finish within the grace period; killed"));
    });
    connect(&d->exitTimer, &QTimer::timeout, this,
            [this] { d->forceKill(tr("the agent did not exit after finishing; killed")); });
    connect(&d->sampler, &Sampler::sampled, this, [this](const RunSnapshot &s) {
        d->last = s;
        emit snapshotReady(s);
    });
}

RunController::~RunController()
{
    // RAII: a run never outlives its controller.
    if (d->agent && d->agent->isRunning()) {
        d->sampler.stop();
        if (d->state != State::Stopping)
            d->agent->sendCommand(wireBytes(wire::Command::Stop));
        // Signals are not delivered from here on; this is only about the OS objects.
        QObject::disconnect(d->agent.get(), nullptr, this, nullptr);
        if (!d->agent->waitForExit(kGraceMs + kStopSlackMs)) {
            qCWarning(lcRun) << "agent" << d->agentPid << "did not stop in time; killing it";
            d->agent->killAgent();
            d->agent->waitForExit(3000);
        }
    }
    d->cleanUp();
}

QString RunController::agentPath()
{
    return InstallLayout::agentPath();
}

bool RunController::start(const Scenario &scenario)
{
    if (isActive()) {
        qCWarning(lcRun) << "start() while a run is active; ignored";
        return false;
    }
    // A fresh run: forget the previous one. start() may be called from a slot of the old
    // connection's own signal, so it is deleted later, not here.
    if (d->agent)
        d->agent.release()->deleteLater();
    d->needsCleanup = false;
    d->stats.close();
    d->scenario = scenario;
    d->events.clear();
    d->last = {};
    d->failure.clear();
    d->sawFinished = false;
    d->endedAtMs = -1;
    d->agentPid = d->pgid = 0;
    d->book.reset(scenario);
    d->clock.invalidate();

    // Refuse before anything is forked.
    const QList<ScenarioError> errors = validateScenario(scenario);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const ScenarioError &e : errors)
            lines.append(e.toString());
        d->fail(tr("the scenario is not valid:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return false;
    }
    const int limit = qMin(scenario.settings.maxProcesses, wire::kHardMaxProcesses);
    if (scenario.processes.size() > limit) {
        d->fail(tr("the scenario has %1 processes, more than the limit of %2")
                    .arg(scenario.processes.size())
                    .arg(limit));
        return false;
    }
    const QString path = agentPath();
    if (!QFileInfo(path).isExecutable()) {
        d->fail(tr("proclab-agent not found or not executable: %1").arg(path));
        return false;
    }

    d->runTag = makeRunTag();
    d->plan = buildAgentPlan(scenario, d->runTag, kGraceMs);
    d->planIndex = PlanIndex::fromPlan(d->plan);
    d->setState(State::Starting);

    d->agent = std::make_unique<AgentConnection>();
    AgentConnection *agent = d->agent.get();
    connect(agent, &AgentConnection::ready, this,
            [this](const QByteArray &name, int pgid) { d->onReady(name, pgid); });
    connect(agent, &AgentConnection::eventReceived, this,
            [this](const RunEvent &e) { d->onEvent(e); });
    connect(agent, &AgentConnection::exited, this,
            [this](bool clean, const QString &reason) { d->onAgentExited(clean, reason); });
    QString error;
    if (!agent->start(path, d->plan, &error)) {
        d->fail(error);
        return false;
    }
    d->agentPid = agent->pid();
    d->needsCleanup = true;
    d->sampler.setRate(d->sampleHz > 0 ? d->sampleHz : scenario.settings.sampleHz);
    Sampler::Sources src;
    src.scenario = &d->scenario;
    src.book = &d->book;
    src.stats = &d->stats;
    src.plan = &d->planIndex;
    src.elapsedMs = [this] { return elapsedMs(); };
    src.pgid = d->agentPid;
    src.agentPid = d->agentPid;
    d->sampler.setSources(src);
    return true;
}

void RunController::Private::onReady(const QByteArray &statsName, int readyPgid)
{
    pgid = readyPgid > 0 ? readyPgid : agentPid;
    QString error;
    // Without the stats page the run would still be visible in /proc, but its channels
    // would read zero: refuse rather than show numbers that are not true.
    if (!stats.open(statsName, &error)) {
        forceKill(tr("cannot map the stats page: %1").arg(error));
        return;
    }
    Sampler::Sources src;
    src.scenario = &scenario;
    src.book = &book;
    src.stats = &stats;
    src.plan = &planIndex;
    src.elapsedMs = [this] { return q->elapsedMs(); };
    src.pgid = pgid;
    src.agentPid = agentPid;
    sampler.setSources(src);
    clock.start();
    agent->sendCommand(wireBytes(wire::Command::Go));
    setState(State::Running);
    sampler.start();
    if (scenario.settings.durationS > 0)
        durationTimer.start(scenario.settings.durationS * 1000);
    emit q->started();
}

void RunController::Private::onEvent(const RunEvent &e)
{
    book.apply(e);
    events.append(e);
    emit q->eventReceived(e);
    if (e.kind == RunEvent::Kind::Finished) {
        sawFinished = true;
        endedAtMs = q->elapsedMs();
        durationTimer.stop();
        stopTimer.stop();
        sampler.stop();
        emitFinalSnapshot();
        // finished() waits for the agent's exit: then nothing of the run is left.
        exitTimer.start(kExitAfterFinishedMs);
    }
}

void RunController::Private::emitFinalSnapshot()
{
    last = sampler.sample();
    emit q->snapshotReady(last);
}

void RunController::Private::onAgentExited(bool clean, const QString &reason)
{
    sampler.stop();
    durationTimer.stop();
    stopTimer.stop();
    exitTimer.stop();
    if (endedAtMs < 0 && clock.isValid())
        endedAtMs = clock.elapsed();
    if (clean) {
        needsCleanup = false;
        stats.close();
        setState(State::Finished);
        emit q->finished();
        return;
    }
    qCWarning(lcRun).noquote() << "agent" << agentPid << "ended abnormally:" << reason;
    cleanUp();
    if (clock.isValid() && !sawFinished)
        emitFinalSnapshot();
    stats.close();
    fail(reason);
}

void RunController::Private::forceKill(const QString &reason)
{
    qCWarning(lcRun).noquote() << reason;
    if (failure.isEmpty())
        failure = reason;
    if (agent && agent->isRunning()) {
        agent->killAgent(); // onAgentExited follows and cleans up
        return;
    }
    cleanUp();
    fail(reason);
}

void RunController::Private::cleanUp()
{
    // Only after an unclean end: a cleanly finished agent left nothing, and its pid may
    // since belong to someone else.
    if (agentPid <= 0 || !needsCleanup)
        return;
    needsCleanup = false;
    if (agent && agent->cleanedUpItself()) {
        // Its objects are gone already; any left under its names are not ours (say the
        // name it refused to reuse because someone else had made it).
        killProcessGroup(agentPid, 0, 3000);
        return;
    }
    cleanUpRun(agentPid, mailboxNames());
}

QStringList RunController::Private::mailboxNames() const
{
    // "/proclab-<agentpid>-<tag>-mq<plan index>": the queue names the agent's IPC part
    // uses; on systems without /dev/mqueue these are the only way to find them.
    QStringList out;
    const QString prefix = QLatin1Char('/') + QLatin1String(wire::kIpcPrefix) +
                           QString::number(agentPid) + QLatin1Char('-') + runTag +
                           QStringLiteral("-mq");
    for (const ChannelSpec &c : scenario.channels) {
        if (c.kind == ChannelKind::Mailbox)
            out.append(prefix + QString::number(planIndex.channel(c.id)));
    }
    return out;
}

void RunController::Private::fail(const QString &reason)
{
    // The first reason is the cause; what follows (the agent's death after a kill) is effect.
    if (failure.isEmpty())
        failure = reason;
    setState(State::Failed);
    emit q->failed(failure);
}

void RunController::stop()
{
    if (!d->agent || !d->agent->isRunning())
        return;
    if (d->state == State::Stopping || d->sawFinished)
        return;
    d->durationTimer.stop();
    d->setState(State::Stopping);
    d->agent->sendCommand(wireBytes(wire::Command::Stop));
    d->stopTimer.start(kGraceMs + kStopSlackMs);
}

void RunController::killProcess(const QString &node, int signal)
{
    if (d->agent && d->state == State::Running)
        d->agent->sendCommand(wireBytes(wire::Command::Kill) + ' ' + node.toUtf8() + ' ' +
                              QByteArray::number(signal));
}

void RunController::pauseProcess(const QString &node)
{
    if (d->agent && d->state == State::Running)
        d->agent->sendCommand(wireBytes(wire::Command::Pause) + ' ' + node.toUtf8());
}

void RunController::resumeProcess(const QString &node)
{
    if (d->agent && d->state == State::Running)
        d->agent->sendCommand(wireBytes(wire::Command::Resume) + ' ' + node.toUtf8());
}

void RunController::setSampleRate(int hz)
{
    d->sampleHz = qBound(1, hz, 100);
    d->sampler.setRate(d->sampleHz);
}

RunController::State RunController::state() const
{
    return d->state;
}

bool RunController::isActive() const
{
    return d->state == State::Starting || d->state == State::Running || d->state == State::Stopping;
}

int RunController::agentPid() const
{
    return d->agentPid;
}

qint64 RunController::elapsedMs() const
{
    if (!d->clock.isValid())
        return 0;
    return d->endedAtMs >= 0 ? d->endedAtMs : d->clock.elapsed();
}

const Scenario &RunController::scenario() const
{
    return d->scenario;
}

const RunSnapshot &RunController::lastSnapshot() const
{
    return d->last;
}

const QList<RunEvent> &RunController::events() const
{
    return d->events;
}

QString RunController::failureReason() const
{
    return d->failure;
}

} // namespace proclab
