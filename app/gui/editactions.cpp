// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/editactions.h"

#include "core/document/scenariodocument.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/nodekindicon.h"

#include <QAction>
#include <QGraphicsItem>
#include <QUndoStack>

using namespace proclab;

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
}
} // namespace

EditActions::EditActions(ScenarioDocument *document, DiagramScene *scene, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene)
{
    auto add = [this](const char *key, const QIcon &ic, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(ic, QString(), this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(QLatin1String(key), action);
    };
    add("cut", icon("cut"), QKeySequence::Cut, [this] { m_scene->cutSelection(); });
    add("copy", icon("copy"), QKeySequence::Copy, [this] { m_scene->copySelection(); });
    add("paste", icon("paste"), QKeySequence::Paste, [this] { m_scene->paste(); });
    add("delete", icon("delete"), QKeySequence::Delete, [this] { m_scene->deleteSelection(); });
    add("selectAll", QIcon(), QKeySequence::SelectAll, [this] {
        for (QGraphicsItem *item : m_scene->items())
            item->setSelected(item->flags() & QGraphicsItem::ItemIsSelectable);
    });
    add("arrange", icon("arrange"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        [this] { m_scene->arrange(); });

    QAction *undo = m_document->undoStack()->createUndoAction(this);
    undo->setIcon(icon("undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions.insert(QStringLiteral("undo"), undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this);
    redo->setIcon(icon("redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_actions.insert(QStringLiteral("redo"), redo);

    int n = 1;
    for (const NodeKind kind : allNodeKinds()) {
        auto *action = new QAction(nodeKindIcon(kind), QString(), this);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + n++)));
        connect(action, &QAction::triggered, this,
                [this, kind] { m_scene->addNodeAtFreeSpot(kind); });
        m_insertActions.insert(kind, action);
    }
    connect(m_document, &ScenarioDocument::lockedChanged, this, &EditActions::updateEnabled);
    // The stack enables undo/redo itself; a lock must win over it afterwards.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &EditActions::updateEnabled);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &EditActions::updateEnabled);
    retranslate();
    updateEnabled();
}

QAction *EditActions::action(const char *key) const
{
    return m_actions.value(QLatin1String(key));
}

void EditActions::updateEnabled()
{
    const bool locked = m_document->isLocked();
    const bool selection = !m_scene->selectedItems().isEmpty();
    for (const char *key : {"paste", "selectAll", "arrange"})
        action(key)->setEnabled(!locked);
    for (const char *key : {"cut", "delete"})
        action(key)->setEnabled(!locked && selection);
    action("copy")->setEnabled(selection);
    action("undo")->setEnabled(!locked && m_document->undoStack()->canUndo());
    action("redo")->setEnabled(!locked && m_document->undoStack()->canRedo());
    for (QAction *insert : std::as_const(m_insertActions))
        insert->setEnabled(!locked);
}

void EditActions::retranslate()
{
    const QList<QPair<const char *, QString>> texts = {
        {"cut", tr("Cu&t")},
        {"copy", tr("&Copy")},
        {"paste", tr("&Paste")},
        {"delete", tr("&Delete")},
        {"selectAll", tr("Select &All")},
        {"arrange", tr("Arrange &Diagram")},
    };
    for (const auto &[key, text] : texts)
        action(key)->setText(text);
    for (auto it = m_insertActions.cbegin(); it != m_insertActions.cend(); ++it) {
        it.value()->setText(nodeKindTitle(it.key()));
        it.value()->setToolTip(nodeKindDescription(it.key()));
    }
}
