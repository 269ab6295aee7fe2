// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/scenariodocument.h"

#include "widgets/diagram/autolayout.h"
#include "widgets/diagram/diagramscene.h"

#include <QFileInfo>
#include <QUndoStack>

namespace proclab {

ScenarioDocument::ScenarioDocument(DiagramScene *scene, QObject *parent)
    : QObject(parent), m_scene(scene)
{
    connect(scene->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

QString ScenarioDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_exampleName.isEmpty())
        return m_exampleName;
    return tr("Untitled");
}

bool ScenarioDocument::isModified() const
{
    return !m_scene->undoStack()->isClean();
}

void ScenarioDocument::newDocument()
{
    Scenario fresh;
    fresh.name = tr("New scenario");
    m_exampleName.clear();
    m_scene->resetScenario(fresh);
    setFilePath({});
}

QList<ScenarioError> ScenarioDocument::open(const QString &path)
{
    LoadResult result = loadScenarioFile(path);
    if (!result.ok())
        return result.errors;
    Scenario scenario = *result.scenario;
    AutoLayout::layout(scenario, AutoLayout::Mode::Missing);
    m_scene->resetScenario(scenario);
    if (path.startsWith(QLatin1Char(':'))) {
        m_exampleName = QFileInfo(path).fileName();
        setFilePath({});
    } else {
        m_exampleName.clear();
        setFilePath(QFileInfo(path).absoluteFilePath());
    }
    return {};
}

bool ScenarioDocument::save(const QString &path, QString *error)
{
    if (!saveScenarioFile(m_scene->scenario(), path, error))
        return false;
    m_scene->undoStack()->setClean();
    m_exampleName.clear();
    setFilePath(QFileInfo(path).absoluteFilePath());
    return true;
}

void ScenarioDocument::setFilePath(const QString &path)
{
    m_filePath = path;
    emit filePathChanged(path);
}

} // namespace proclab
