// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/scenariodocument.h"

#include "core/document/scenariocommand.h"
#include "core/scenario/autolayout.h"

#include <QFileInfo>
#include <QUndoStack>

namespace proclab {

ScenarioDocument::ScenarioDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    validate();
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
    return !m_undo->isClean();
}

void ScenarioDocument::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    emit lockedChanged(locked);
}

void ScenarioDocument::newDocument()
{
    Scenario fresh;
    fresh.name = tr("New scenario");
    m_exampleName.clear();
    reset(fresh);
    setFilePath({});
}

QList<ScenarioError> ScenarioDocument::openCopy(const QString &path)
{
    LoadResult result = loadScenarioFile(path);
    if (!result.ok())
        return result.errors;
    Scenario scenario = *result.scenario;
    AutoLayout::layout(scenario, AutoLayout::Mode::Missing);
    reset(scenario);
    m_exampleName = QFileInfo(path).fileName();
    setFilePath({});
    return {};
}

QList<ScenarioError> ScenarioDocument::open(const QString &path)
{
    LoadResult result = loadScenarioFile(path);
    if (!result.ok())
        return result.errors;
    Scenario scenario = *result.scenario;
    AutoLayout::layout(scenario, AutoLayout::Mode::Missing);
    reset(scenario);
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
    if (!saveScenarioFile(m_scenario, path, error))
        return false;
    m_undo->setClean();
    m_exampleName.clear();
    setFilePath(QFileInfo(path).absoluteFilePath());
    return true;
}

void ScenarioDocument::reset(const Scenario &scenario)
{
    m_undo->clear();
    apply(scenario);
    m_undo->setClean();
}

bool ScenarioDocument::edit(const Scenario &after, const QString &text, const QString &mergeKey)
{
    if (m_locked || after == m_scenario)
        return false;
    m_undo->push(new ScenarioCommand(this, m_scenario, after, text, mergeKey));
    return true;
}

void ScenarioDocument::revalidate()
{
    validate();
    emit validationChanged();
}

void ScenarioDocument::validate()
{
    m_problems = validateScenario(m_scenario);
    m_validation = ValidationMap(m_scenario, m_problems);
}

void ScenarioDocument::apply(const Scenario &scenario)
{
    m_scenario = scenario;
    // Validated before anyone hears of the change, so observers read a matching result.
    validate();
    emit scenarioChanged();
    emit validationChanged();
}

void ScenarioDocument::setFilePath(const QString &path)
{
    m_filePath = path;
    emit filePathChanged(path);
}

} // namespace proclab
