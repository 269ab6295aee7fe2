// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The File menu's job: new, open, save, recent files and the bundled examples, each
// asking before unsaved changes are lost. It works on the ScenarioDocument; the window
// only places its actions and menus.

#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace proclab {
class DiagramView;
class ScenarioDocument;
} // namespace proclab

class FileActions : public QObject
{
    Q_OBJECT
public:
    // window: the parent of dialogs and menus.
    FileActions(proclab::ScenarioDocument *document, proclab::DiagramView *view, QWidget *window);

    // "new", "open", "save", "saveAs"
    QAction *action(const char *key) const;
    QMenu *recentMenu() const { return m_recentMenu; }
    QMenu *examplesMenu() const { return m_examplesMenu; }

    bool maybeSave();                   // false: the user cancelled
    bool openPath(const QString &path); // shows errors; false keeps the current document
    void retranslate();

signals:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void newFile();
    void openFile();
    bool save();
    bool saveAs();
    void openIfUnlocked(const QString &path);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void rebuildExamplesMenu();
    void updateEnabled();

    proclab::ScenarioDocument *m_document;
    proclab::DiagramView *m_view;
    QWidget *m_window;
    QHash<QString, QAction *> m_actions; // by a fixed key, never by text
    QMenu *m_recentMenu;
    QMenu *m_examplesMenu;
};
