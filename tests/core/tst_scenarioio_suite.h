// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tst_scenarioio: loading, validating and writing *.proclab.json. One suite split over
// tst_scenarioio.cpp (examples, invalid files, round trips, bilingual texts, fuzzing) and
// tst_scenarioio_limits.cpp (sizes and counts over the limits, missing and hostile files).

#include "core/scenario/scenarioerror.h"

#include <QList>
#include <QObject>
#include <QString>

namespace scenarioiotest {

QString sourceDir();
QString examplesDir(); // the shipped examples
QString invalidDir();  // tests/data/invalid
// Every error on its own line, for failure messages.
QString describe(const QList<proclab::ScenarioError> &errors);

} // namespace scenarioiotest

class TestScenarioIo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void examples_data();
    void examples();
    void invalidFiles_data();
    void invalidFiles();
    void everyInvalidFileHasARow();
    void reportsEveryProblem();
    void roundTrip();
    void bilingualTexts();
    void everyExampleHasItsPlaceInTheSyllabus();
    void saveIsAtomicAndReadable();
    void saveFailsCleanly();
    void processLimit();
    void channelLimit();
    void oversizedFile();
    void missingFile();
    void hostileSizes();
    void signalNames();
    void defaultsForOmittedFields();
    void fuzzBytes();
    void fuzzStructure();
};
