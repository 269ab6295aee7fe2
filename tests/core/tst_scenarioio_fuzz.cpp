// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_scenarioio_fuzz.h"

#include "core/run/planwriter.h"
#include "core/scenario/scenarioio.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace proclab;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a loader result must satisfy whatever the input was.
void checkConsistency(const QByteArray &input, const LoadResult &r, FuzzStats *stats)
{
    ++stats->runs;
    const QString name = QStringLiteral("fuzz.json");
    auto fail = [&](const QString &why) {
        if (stats->inconsistencies.size() < 10) // enough to debug, not a flood
            stats->inconsistencies.append(why + QStringLiteral("\ninput: ") +
                                          QString::fromUtf8(input.left(2000)));
    };
    if (r.ok() != r.scenario.has_value())
        return fail(QStringLiteral("ok() and scenario disagree"));
    if (!r.ok()) {
        ++stats->refused;
        for (const ScenarioError &e : r.errors) {
            if (e.file != name || e.message.isEmpty() ||
                (!e.path.isEmpty() && !e.path.startsWith(u'$')))
                return fail(QStringLiteral("malformed error: ") + e.toString());
        }
        return;
    }
    ++stats->accepted;
    const Scenario &s = *r.scenario;
    if (!validateScenario(s).isEmpty())
        return fail(QStringLiteral("loaded, but validateScenario refuses it"));
    const LoadResult again = parseScenario(scenarioToJson(s), name);
    if (!again.ok() || !(*again.scenario == s))
        return fail(QStringLiteral("load(save(s)) != s"));
    if (buildAgentPlan(s, QStringLiteral("fuzz")).isEmpty())
        return fail(QStringLiteral("loaded, but no plan"));
}

QByteArray mutateBytes(QByteArray data, QRandomGenerator &rng)
{
    static const QList<QByteArray> tokens{"\"",
                                          "{",
                                          "}",
                                          "[",
                                          "]",
                                          ",",
                                          ":",
                                          "null",
                                          "-1",
                                          "1e309",
                                          "0.5",
                                          "\"\\u0000\"",
                                          "\xff",
                                          "\"ms\"",
                                          "99999999999",
                                          "true",
                                          "\"main\"",
                                          "\"kind\": \"pipe\"",
                                          "\\",
                                          "\n",
                                          "{}",
                                          "[]",
                                          "\"parent\": \"main\""};
    const int ops = 1 + int(rng.bounded(4));
    for (int i = 0; i < ops && !data.isEmpty(); ++i) {
        const qsizetype at = rng.bounded(int(data.size()));
        switch (rng.bounded(5)) {
        case 0:
            data[at] = char(rng.bounded(256));
            break;
        case 1:
            data.remove(at, 1 + rng.bounded(20));
            break;
        case 2:
            data.insert(at, data.mid(rng.bounded(int(data.size())), 1 + rng.bounded(40)));
            break;
        case 3:
            data.insert(at, tokens.at(rng.bounded(int(tokens.size()))));
            break;
        default:
            data.truncate(at);
            break;
        }
    }
    return data;
}

QJsonValue randomValue(QRandomGenerator &rng)
{
    static const QList<QJsonValue> values{QJsonValue(),
                                          QJsonValue(true),
                                          QJsonValue(0),
                                          QJsonValue(-1),
                                          QJsonValue(1.5),
                                          QJsonValue(1e12),
                                          QJsonValue(-1e300),
                                          QJsonValue(2147483648.0),
                                          QJsonValue(4294967297.0),
                                          QJsonValue(5),
                                          QJsonValue(64),
                                          QJsonValue(QString()),
                                          QJsonValue(QStringLiteral("main")),
                                          QJsonValue(QStringLiteral("buf")),
                                          QJsonValue(QStringLiteral("x y")),
                                          QJsonValue(QStringLiteral("SIGSEGV")),
                                          QJsonValue(QStringLiteral("pipe")),
                                          QJsonValue(QStringLiteral("sleep")),
                                          QJsonValue(QStringLiteral("sync")),
                                          QJsonValue(QJsonArray()),
                                          QJsonValue(QJsonObject()),
                                          QJsonValue(QString(40, u'a')),
                                          QJsonValue(QStringLiteral("producer")),
                                          QJsonValue(QStringLiteral("counter"))};
    return values.at(rng.bounded(int(values.size())));
}

QJsonValue mutateValue(const QJsonValue &v, QRandomGenerator &rng)
{
    static const QStringList keys{QStringLiteral("id"),      QStringLiteral("parent"),
                                  QStringLiteral("kind"),    QStringLiteral("ms"),
                                  QStringLiteral("channel"), QStringLiteral("count"),
                                  QStringLiteral("send"),    QStringLiteral("sync"),
                                  QStringLiteral("bogus"),   QStringLiteral("capacity")};
    const bool descend = rng.bounded(10) < 7;
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const QStringList present = o.keys();
        if (descend && !present.isEmpty()) {
            const QString k = present.at(rng.bounded(int(present.size())));
            o.insert(k, mutateValue(o.value(k), rng));
        } else if (!present.isEmpty() && rng.bounded(2) == 0) {
            o.remove(present.at(rng.bounded(int(present.size()))));
        } else {
            o.insert(keys.at(rng.bounded(int(keys.size()))), randomValue(rng));
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        if (a.isEmpty())
            return rng.bounded(2) ? QJsonValue(a) : randomValue(rng);
        const int i = rng.bounded(int(a.size()));
        if (descend)
            a[i] = mutateValue(a.at(i), rng);
        else if (rng.bounded(2) == 0)
            a.append(a.at(i)); // duplicate ids, second roots, extra producers
        else
            a.removeAt(i);
        return a;
    }
    return randomValue(rng);
}

} // namespace

FuzzStats fuzzScenarioBytes(const QString &dir, const QStringList &files, quint32 seed, int runs)
{
    FuzzStats stats;
    QRandomGenerator rng(seed);
    QList<QByteArray> originals;
    for (const QString &f : files)
        originals.append(readFile(dir + u'/' + f));
    for (int i = 0; i < runs; ++i) {
        const QByteArray input = mutateBytes(originals.at(rng.bounded(int(originals.size()))), rng);
        checkConsistency(input, parseScenario(input, QStringLiteral("fuzz.json")), &stats);
    }
    return stats;
}

FuzzStats fuzzScenarioStructure(const QString &dir, const QStringList &files, quint32 seed,
                                int runs)
{
    FuzzStats stats;
    QRandomGenerator rng(seed);
    QList<QJsonObject> originals;
    for (const QString &f : files)
        originals.append(QJsonDocument::fromJson(readFile(dir + u'/' + f)).object());
    for (int i = 0; i < runs; ++i) {
        QJsonValue v = originals.at(rng.bounded(int(originals.size())));
        const int rounds = 1 + int(rng.bounded(3));
        for (int r = 0; r < rounds; ++r)
            v = mutateValue(v, rng);
        const QByteArray input = QJsonDocument(v.toObject()).toJson();
        checkConsistency(input, parseScenario(input, QStringLiteral("fuzz.json")), &stats);
    }
    return stats;
}
