// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/examplelibrary.h"

#include "core/install/installlayout.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace proclab {

namespace {
const QString kSuffix = QStringLiteral(".proclab.json");
}

ExampleLibrary::ExampleLibrary(const QString &directory) : m_directory(directory) {}

QString ExampleLibrary::defaultDirectory()
{
    return InstallLayout::scenariosDir();
}

QList<Example> ExampleLibrary::examples(QList<ScenarioError> *errors) const
{
    QList<Example> list;
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*") + kSuffix},
                                                  QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &file : files) {
        const LoadResult loaded = loadScenarioFile(file.absoluteFilePath());
        if (!loaded.ok()) {
            if (errors)
                errors->append(loaded.errors);
            continue;
        }
        list.append({file.fileName().chopped(kSuffix.size()), file.absoluteFilePath(),
                     loaded.scenario->name, loaded.scenario->description});
    }
    // By name, not file name: "bounded-buffer" before "bounded-buffer-cap1".
    std::sort(list.begin(), list.end(),
              [](const Example &a, const Example &b) { return a.name < b.name; });
    return list;
}

QString ExampleLibrary::pathOf(const QString &name) const
{
    // A bare name only: "../x" or "/etc/x" must not reach outside the examples.
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return {};
    const QString fileName = name.endsWith(kSuffix) ? name : name + kSuffix;
    const QFileInfo file(QDir(m_directory).filePath(fileName));
    return file.isFile() ? file.absoluteFilePath() : QString();
}

QString ExampleLibrary::firstSentence(const QString &text)
{
    const QString simple = text.simplified();
    // ". " ends a sentence in English and in Korean ("...다. "); a dot inside "0.5 s" does not.
    const qsizetype end = simple.indexOf(QStringLiteral(". "));
    return end < 0 ? simple : simple.left(end + 1);
}

} // namespace proclab
