// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Edit and Insert menus' job: undo and redo (the document's stack), cut, copy,
// paste, delete, select all, arrange, and one action per node kind. Each is enabled
// only when it can do something: nothing edits while a run locks the document.

#include "core/scenario/nodekind.h"

#include <QHash>
#include <QObject>

class QAction;

namespace proclab {
class DiagramScene;
class ScenarioDocument;
} // namespace proclab

class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(proclab::ScenarioDocument *document, proclab::DiagramScene *scene,
                QObject *parent = nullptr);

    // "undo", "redo", "cut", "copy", "paste", "delete", "selectAll", "arrange"
    QAction *action(const char *key) const;
    QAction *insertAction(proclab::NodeKind kind) const { return m_insertActions.value(kind); }
    void retranslate();

private:
    void updateEnabled();

    proclab::ScenarioDocument *m_document;
    proclab::DiagramScene *m_scene;
    QHash<QString, QAction *> m_actions; // by a fixed key, never by text
    QHash<proclab::NodeKind, QAction *> m_insertActions;
};
