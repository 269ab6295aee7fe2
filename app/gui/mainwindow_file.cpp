// MainWindow: new, open, save, recent files and the bundled examples.

#include "app/gui/mainwindow.h"

#include "core/scenario/scenarioio.h"
#include "widgets/common/scenariodocument.h"
#include "widgets/common/scenarioerrordialog.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"

#include <QCoreApplication>
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
constexpr int kMaxRecent = 8;

QString fileFilter()
{
    return QCoreApplication::translate("MainWindow", "ProcLab scenarios (*.proclab.json)");
}
} // namespace

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them before going on?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newFile()
{
    if (m_scene->isLocked() || !maybeSave())
        return;
    m_document->newDocument();
    m_view->resetZoom();
    m_view->centerOn(0, 0);
}

void MainWindow::openFile()
{
    if (m_scene->isLocked() || !maybeSave())
        return;
    const QString dir =
        QSettings().value(QStringLiteral("files/lastDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), dir, fileFilter());
    if (!path.isEmpty())
        openPath(path);
}

bool MainWindow::openPath(const QString &path)
{
    const QList<ScenarioError> errors = m_document->open(path);
    if (!errors.isEmpty()) {
        ScenarioErrorDialog dialog(path, errors, this);
        dialog.exec();
        return false;
    }
    if (!path.startsWith(QLatin1Char(':'))) {
        addRecentFile(QFileInfo(path).absoluteFilePath());
        QSettings().setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
    }
    // Fit once the view has its final size (it may not be shown yet).
    QTimer::singleShot(0, m_view, &DiagramView::fitDiagram);
    showStatus(tr("Opened %1").arg(m_document->displayName()));
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    showStatus(tr("Saved %1").arg(m_document->displayName()));
    return true;
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QString dir =
            QSettings().value(QStringLiteral("files/lastDir"), QDir::homePath()).toString();
        QString base = m_document->displayName();
        if (!base.endsWith(QLatin1String(".proclab.json")))
            base += QStringLiteral(".proclab.json");
        suggestion = QDir(dir).filePath(base);
    }
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Scenario As"), suggestion, fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".proclab.json")))
        path += QStringLiteral(".proclab.json");
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    addRecentFile(path);
    QSettings().setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
    showStatus(tr("Saved %1").arg(m_document->displayName()));
    return true;
}

void MainWindow::addRecentFile(const QString &path)
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

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    int n = 1;
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(n++).arg(QFileInfo(path).fileName()), this, [this, path] {
                if (!m_scene->isLocked() && maybeSave())
                    openPath(path);
            });
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

void MainWindow::rebuildExamplesMenu()
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
            title = loaded.scenario->name.text();
        QAction *action = m_examplesMenu->addAction(title, this, [this, path] {
            if (!m_scene->isLocked() && maybeSave())
                openPath(path);
        });
        if (loaded.ok())
            action->setToolTip(loaded.scenario->description.text());
    }
    m_examplesMenu->setToolTipsVisible(true);
    if (files.isEmpty())
        m_examplesMenu->addAction(tr("No examples found"))->setEnabled(false);
}
