// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shows and edits what is selected on the diagram (or the scenario when nothing is).
// It reads the document and edits it only through ScenarioDocument::edit(), so every
// change is an undo step; the scene only says what is selected. Problems are marked at
// the field.

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace proclab {

class ChannelForm;
class DiagramScene;
class ProcessForm;
class ScenarioDocument;
class ScenarioForm;

class PropertyPanel : public QWidget
{
    Q_OBJECT
public:
    PropertyPanel(ScenarioDocument *document, DiagramScene *scene, QWidget *parent = nullptr);

    ProcessForm *processForm() const { return m_processForm; }
    ChannelForm *channelForm() const { return m_channelForm; }
    QString shownId() const { return m_shownId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    ScenarioDocument *m_document;
    DiagramScene *m_scene;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_multi;
    ScenarioForm *m_scenarioForm;
    ProcessForm *m_processForm;
    ChannelForm *m_channelForm;
    QString m_shownId;
};

} // namespace proclab
