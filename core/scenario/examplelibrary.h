// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The example scenarios ProcLab ships, as files: share/proclab/scenarios beside the installed
// executable, or the build tree's mirror of resources/scenarios. The command line finds them
// by name (`proclab-cli run binary-tree`) and lists them (`proclab-cli examples`).

#include "core/scenario/scenarioio.h"

#include <QList>
#include <QString>

namespace proclab {

struct Example
{
    QString name;        // file name without .proclab.json: "binary-tree"
    QString path;        // absolute
    QString title;       // the scenario's name, as the loader reads it
    QString description; // as the loader reads it (the current language's, once bilingual)
};

class ExampleLibrary
{
public:
    explicit ExampleLibrary(const QString &directory = defaultDirectory());

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Every example, sorted by name. A file that does not load is left out and its errors
    // are added to *errors, so one broken file does not hide the others.
    QList<Example> examples(QList<ScenarioError> *errors = nullptr) const;

    // "binary-tree" or "binary-tree.proclab.json" -> the example's path; empty if none.
    QString pathOf(const QString &name) const;

    // The first sentence of a description: the one-line summary lists show.
    static QString firstSentence(const QString &text);

private:
    QString m_directory;
};

} // namespace proclab
