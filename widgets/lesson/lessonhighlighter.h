// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shows the student where a measured figure can be seen: "process:ID" and "channel:ID"
// select and flash the item on the canvas (and a process's row in the process table),
// "chart:NAME" raises the charts and the named chart. Docks holding the target are
// shown and raised, so the highlight is never behind another tab.

#include <QObject>
#include <QPointer>

class QGraphicsView;

namespace proclab {

class ChartsPanel;
class DiagramScene;
class ProcessTreeModel;
class ProcessTreeView;

class LessonHighlighter : public QObject
{
    Q_OBJECT
public:
    LessonHighlighter(DiagramScene *scene, QGraphicsView *view, QObject *parent = nullptr);

    void setProcessTable(ProcessTreeModel *model, ProcessTreeView *view);
    void setCharts(ChartsPanel *charts);

    // False when the target names nothing that exists (the caller may say so).
    bool highlight(const QString &target);
    QString lastHighlighted() const { return m_flashId; }

private:
    bool highlightNode(const QString &id, bool process);
    void flashStep();
    static void raiseDockOf(QWidget *widget);

    DiagramScene *m_scene;
    QPointer<QGraphicsView> m_view;
    QPointer<ProcessTreeModel> m_processModel;
    QPointer<ProcessTreeView> m_processView;
    QPointer<ChartsPanel> m_charts;
    QString m_flashId;
    int m_flashesLeft = 0;
};

} // namespace proclab
