// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Random mutations of valid scenario files, fed to the loader. The loader must never crash,
// and what it says must hang together (see checkConsistency in the .cpp).

#include <QString>
#include <QStringList>

struct FuzzStats
{
    int runs = 0;
    int accepted = 0;
    int refused = 0;
    QStringList inconsistencies; // empty when every run behaved
};

// Byte-level damage: flipped, deleted, duplicated and inserted bytes, truncation.
FuzzStats fuzzScenarioBytes(const QString &dir, const QStringList &files, quint32 seed, int runs);
// Valid JSON, wrong content: values replaced by other types and odd numbers, keys removed
// or added, array entries duplicated.
FuzzStats fuzzScenarioStructure(const QString &dir, const QStringList &files, quint32 seed,
                                int runs);
