// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The result of `proclab-agent bench ctxswitch --json`: what one context switch costs
// on this machine, with both processes pinned to one CPU and across two CPUs.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace proclab {

struct CtxSwitchResult
{
    struct Side
    {
        double usPerRoundtrip = 0;
        double switchesPerRoundtrip = 0;
        // (round trip - baseline) / switches; none when the agent could not measure it
        // (no switches counted, or the round trip was no slower than the baseline).
        std::optional<double> usPerSwitch;
    };
    int rounds = 0;
    int cpus = 0;
    double baselineUsPerRoundtrip = 0;
    Side sameCpu;
    std::optional<Side> crossCpu; // none on a one-CPU machine
    QDateTime measuredAt;

    // Parses the agent's JSON (and our cache's, which adds "measured_at"). On a
    // missing or mistyped field returns nullopt and names the field in *error.
    static std::optional<CtxSwitchResult> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
};

} // namespace proclab
