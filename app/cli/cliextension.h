// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A seam for optional outputs of `run` and `bench` (e.g. --chart out.svg --csv out.csv)
// that live in their own files: an extension registers itself with a static
// CliExtension::Registration and is asked at each step. The commands know no extension.

#include "core/bench/benchrunner.h"
#include "core/run/runsnapshot.h"
#include "core/run/runsummary.h"
#include "core/scenario/scenario.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QList>

namespace proclab::cli {

class CliExtension
{
public:
    virtual ~CliExtension() = default;

    // ---- run ----
    virtual QList<QCommandLineOption> runOptions() const { return {}; }
    // Options parsed and the scenario loaded (from a file or an example, as it will run):
    // check them before the run starts; false + *error refuses the run.
    virtual bool prepareRun(const QCommandLineParser &parser, const Scenario &scenario,
                            QString *error)
    {
        return true;
    }
    virtual void runSnapshot(const RunSnapshot &snapshot) {}
    // After the run (completed or not), with its last snapshot (the agent's final
    // accounting); false + *error makes the command fail.
    virtual bool finishRun(const RunSummary &summary, const RunSnapshot &last, QString *error)
    {
        return true;
    }

    // ---- bench ---- (its other arguments pass through to the agent untouched)
    virtual QList<QCommandLineOption> benchOptions() const { return {}; }
    // `values` holds this extension's options found on the command line (name -> value,
    // empty value for a flag).
    virtual bool finishBench(const BenchResult &result, const QHash<QString, QString> &values,
                             QString *error)
    {
        return true;
    }

    static QList<CliExtension *> &all();

    struct Registration
    {
        explicit Registration(CliExtension *extension) { all().append(extension); }
    };
};

} // namespace proclab::cli
