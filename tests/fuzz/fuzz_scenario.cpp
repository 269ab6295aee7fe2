// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the scenario loader (`tools/dev fuzz [SECONDS]`). Besides crashes
// and hangs (libFuzzer's -timeout), it aborts on a result that would mislead: an error
// message that spans lines or floods the screen, a refusal without a reason, a scenario
// accepted that does not survive being written and read back unchanged.
#include "core/scenario/scenarioio.h"

#include <QByteArray>
#include <cstdio>
#include <cstdlib>

using namespace proclab;

namespace {

[[noreturn]] void misled(const char *why, const QString &detail)
{
    std::fprintf(stderr, "misleading result: %s\n%s\n", why, qPrintable(detail.left(2000)));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                    static_cast<qsizetype>(size));
    const LoadResult r = parseScenario(json, QStringLiteral("fuzz.json"));
    if (r.ok() != r.scenario.has_value())
        misled("ok() and the scenario disagree", {});
    for (const ScenarioError &e : r.errors) {
        const QString line = e.toString();
        if (e.message.isEmpty())
            misled("an error without a message", line);
        if (line.contains(u'\n') || line.contains(u'\r'))
            misled("an error that spans lines", line);
        if (line.size() > 1000)
            misled("an error longer than 1000 characters", line);
    }
    if (r.ok()) {
        const LoadResult again = parseScenario(scenarioToJson(*r.scenario), QStringLiteral("w"));
        if (!again.ok())
            misled("a written scenario does not load", again.errors.first().toString());
        if (*again.scenario != *r.scenario)
            misled("a scenario changes when written and read back", {});
    }
    return 0;
}
