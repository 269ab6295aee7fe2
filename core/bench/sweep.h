// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs one scenario over a range of one parameter (buffer capacity, item size, number of
// producers, number of processes, textbook or fast synchronisation), one run after another with
// RunController, and keeps each finished run as a RunRecord to plot against the parameter.
// Cancellable: the run in progress is stopped (and cleaned up by RunController) and no further run
// starts.

#include "core/history/runrecord.h"
#include "core/scenario/scenario.h"

#include <QObject>
#include <optional>

namespace proclab {

class RunController;

class Sweep : public QObject
{
    Q_OBJECT
public:
    enum class Parameter
    {
        Capacity,  // target: a channel id
        ItemSize,  // target: a channel id
        Producers, // target: a channel id; its first producer is copied (or extras dropped)
        Processes, // target: a process id; it is copied to make that many (children not copied)
        Fast       // target: a shared-memory buffer; 0 = textbook (semaphores, lock), 1 = fast ring
    };
    Q_ENUM(Parameter)
    struct Point
    {
        int value = 0;
        RunRecord record;
    };

    explicit Sweep(QObject *parent = nullptr);
    ~Sweep() override;

    static QString parameterName(Parameter parameter); // "capacity", "item-size", ...
    static bool targetsChannel(Parameter parameter);
    static int minimumValue(Parameter parameter); // 0 for Fast (off), else 1
    // The base scenario with the parameter set to value; nullopt and *error when the
    // target does not exist or has nothing to copy.
    static std::optional<Scenario> apply(const Scenario &base, Parameter parameter,
                                         const QString &target, int value, QString *error);

    bool start(const Scenario &base, Parameter parameter, const QString &target,
               const QList<int> &values);
    void cancel();
    bool isRunning() const { return m_current != nullptr; }
    bool wasCancelled() const { return m_cancelled; }
    const QList<Point> &points() const { return m_points; }
    Parameter parameter() const { return m_parameter; }
    // The agent of every run started so far (so a caller can check they are all gone).
    const QList<int> &agentPids() const { return m_agentPids; }
    QString target() const { return m_target; }

signals:
    void progress(int done, int total, int value); // value = the run starting now
    void pointFinished(int value, const proclab::RunRecord &record);
    void finished(); // every value ran
    void cancelled();
    void failed(const QString &reason);

private:
    void runNext();
    void endCurrent();

    Scenario m_base;
    Parameter m_parameter = Parameter::Capacity;
    QString m_target;
    QList<int> m_values;
    int m_next = 0;
    bool m_cancelled = false;
    QList<Point> m_points;
    RunController *m_current = nullptr;
    std::shared_ptr<RunHistory> m_history;
    QList<int> m_agentPids;
};

} // namespace proclab
