#include "widgets/common/scenariodocument.h"

#include "widgets/diagram/autolayout.h"
#include "widgets/diagram/diagramscene.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTranslator>
#include <QUndoStack>

namespace proclab {

namespace {

// The text in both languages, from the translations embedded in the app, so that it follows
// a language switch; without them (a test) it is the one language at hand.
LocalizedText inBothLanguages(const char *context, const char *source)
{
    QTranslator ko, en;
    if (!ko.load(QStringLiteral(":/i18n/proclab_ko.qm")) ||
        !en.load(QStringLiteral(":/i18n/proclab_en.qm")))
        return QCoreApplication::translate(context, source);
    return LocalizedText::bilingual(ko.translate(context, source), en.translate(context, source));
}

} // namespace

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
    fresh.name = inBothLanguages("proclab::ScenarioDocument",
                                 QT_TRANSLATE_NOOP("proclab::ScenarioDocument", "New scenario"));
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
