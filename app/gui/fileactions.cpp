// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/fileactions.h"

#include "core/document/scenariodocument.h"
#include "core/scenario/scenarioio.h"
#include "widgets/common/scenarioerrordialog.h"
#include "widgets/diagram/diagramview.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace proclab;

namespace {
const QString kRecentKey = QStringLiteral("files/recent");
const QString kLastDirKey = QStringLiteral("files/lastDir");
constexpr int kMaxRecent = 8;

QString fileFilter()
{
    return FileActions::tr("ProcLab scenarios (*.proclab.json)");
}
} // namespace

FileActions::FileActions(ScenarioDocument *document, DiagramView *view, QWidget *window)
    : QObject(window), m_document(document), m_view(view), m_window(window),
      m_recentMenu(new QMenu(window)), m_examplesMenu(new QMenu(window))
{
    auto add = [this](const char *key, const char *icon, const QKeySequence &shortcut, auto slot) {
        const QIcon ic =
            *icon ? QIcon(QStringLiteral(":/icons/") + QLatin1String(icon) + QStringLiteral(".svg"))
                  : QIcon();
        auto *action = new QAction(ic, QString(), this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(QLatin1String(key), action);
    };
    add("new", "new", QKeySequence::New, [this] { newFile(); });
    add("open", "open", QKeySequence::Open, [this] { openFile(); });
    add("save", "save", QKeySequence::Save, [this] { save(); });
    add("saveAs", "", QKeySequence::SaveAs, [this] { saveAs(); });
    m_examplesMenu->setToolTipsVisible(true);
    rebuildExamplesMenu();
    connect(m_document, &ScenarioDocument::lockedChanged, this, &FileActions::updateEnabled);
    retranslate();
    updateEnabled();
}

QAction *FileActions::action(const char *key) const
{
    return m_actions.value(QLatin1String(key));
}

void FileActions::updateEnabled()
{
    // A running scenario stays the open one: nothing replaces it until the run ends.
    const bool locked = m_document->isLocked();
    action("new")->setEnabled(!locked);
    action("open")->setEnabled(!locked);
    m_examplesMenu->setEnabled(!locked);
    m_recentMenu->setEnabled(!locked);
}

bool FileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them before going on?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileActions::newFile()
{
    if (m_document->isLocked() || !maybeSave())
        return;
    m_document->newDocument();
    m_view->resetZoom();
    m_view->centerOn(0, 0);
}

void FileActions::openFile()
{
    if (m_document->isLocked() || !maybeSave())
        return;
    const QString dir = QSettings().value(kLastDirKey, QDir::homePath()).toString();
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Scenario"), dir, fileFilter());
    if (!path.isEmpty())
        openPath(path);
}

void FileActions::openIfUnlocked(const QString &path)
{
    if (!m_document->isLocked() && maybeSave())
        openPath(path);
}

bool FileActions::openPath(const QString &path)
{
    const QList<ScenarioError> errors = m_document->open(path);
    if (!errors.isEmpty()) {
        ScenarioErrorDialog dialog(path, errors, m_window);
        dialog.exec();
        return false;
    }
    if (!path.startsWith(QLatin1Char(':'))) {
        addRecentFile(QFileInfo(path).absoluteFilePath());
        QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    }
    // Fit once the view has its final size (it may not be shown yet).
    QTimer::singleShot(0, m_view, &DiagramView::fitDiagram);
    emit statusMessage(tr("Opened %1").arg(m_document->displayName()), 6000);
    return true;
}

bool FileActions::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        QMessageBox::critical(m_window, tr("Cannot save"), error);
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(m_document->displayName()), 6000);
    return true;
}

bool FileActions::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QString dir = QSettings().value(kLastDirKey, QDir::homePath()).toString();
        QString base = m_document->displayName();
        if (!base.endsWith(QLatin1String(".proclab.json")))
            base += QStringLiteral(".proclab.json");
        suggestion = QDir(dir).filePath(base);
    }
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save Scenario As"), suggestion, fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".proclab.json")))
        path += QStringLiteral(".proclab.json");
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(m_window, tr("Cannot save"), error);
        return false;
    }
    addRecentFile(path);
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    emit statusMessage(tr("Saved %1").arg(m_document->displayName()), 6000);
    return true;
}

void FileActions::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void FileActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    int n = 1;
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(n++).arg(QFileInfo(path).fileName()), this,
            [this, path] { openIfUnlocked(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(kRecentKey);
            rebuildRecentMenu();
        });
    }
}

void FileActions::rebuildExamplesMenu()
{
    m_examplesMenu->clear();
    const QDir dir(QStringLiteral(":/scenarios"));
    const QStringList files =
        dir.entryList({QStringLiteral("*.proclab.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString path = dir.filePath(file);
        const LoadResult loaded = loadScenarioFile(path);
        QString title = file.chopped(int(qstrlen(".proclab.json")));
        if (loaded.ok() && !loaded.scenario->name.isEmpty())
            title = loaded.scenario->name;
        QAction *action =
            m_examplesMenu->addAction(title, this, [this, path] { openIfUnlocked(path); });
        if (loaded.ok())
            action->setToolTip(loaded.scenario->description);
    }
    if (files.isEmpty())
        m_examplesMenu->addAction(tr("No examples found"))->setEnabled(false);
}

void FileActions::retranslate()
{
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_examplesMenu->setTitle(tr("&Examples"));
    action("new")->setText(tr("&New"));
    action("open")->setText(tr("&Open…"));
    action("save")->setText(tr("&Save"));
    action("saveAs")->setText(tr("Save &As…"));
    rebuildRecentMenu();
}
