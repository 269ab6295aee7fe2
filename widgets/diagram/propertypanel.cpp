// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/propertypanel.h"

#include "core/document/scenariodocument.h"
#include "core/scenario/scenarioedits.h"
#include "widgets/diagram/channelform.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/processform.h"
#include "widgets/diagram/scenarioform.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace proclab {

PropertyPanel::PropertyPanel(ScenarioDocument *document, DiagramScene *scene, QWidget *parent)
    : QWidget(parent), m_document(document), m_scene(scene), m_title(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_multi(new QLabel(this)),
      m_scenarioForm(new ScenarioForm(this)), m_processForm(new ProcessForm(this)),
      m_channelForm(new ChannelForm(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_multi->setWordWrap(true);
    m_multi->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack->addWidget(m_scenarioForm);
    m_stack->addWidget(m_processForm);
    m_stack->addWidget(m_channelForm);
    m_stack->addWidget(m_multi);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &PropertyPanel::refresh);
    // validationChanged follows every scenario change (and a language change), so one
    // refresh shows the new values with their problems.
    connect(m_document, &ScenarioDocument::validationChanged, this, &PropertyPanel::refresh);
    connect(m_document, &ScenarioDocument::lockedChanged, this, &PropertyPanel::refresh);
    connect(m_processForm, &ProcessForm::edited, this,
            [this](const ProcessSpec &spec, const QString &key) {
                Scenario after = m_document->scenario();
                if (ProcessSpec *p = ScenarioEdits::process(after, spec.id))
                    *p = spec;
                m_document->edit(after, tr("Change %1 of %2").arg(key, spec.id),
                                 spec.id + QLatin1Char('/') + key);
            });
    connect(m_channelForm, &ChannelForm::edited, this,
            [this](const ChannelSpec &spec, const QString &key) {
                Scenario after = m_document->scenario();
                if (ChannelSpec *c = ScenarioEdits::channel(after, spec.id))
                    *c = spec;
                m_document->edit(after, tr("Change %1 of %2").arg(key, spec.id),
                                 spec.id + QLatin1Char('/') + key);
            });
    connect(m_scenarioForm, &ScenarioForm::edited, this,
            [this](const Scenario &edited, const QString &key) {
                Scenario after = m_document->scenario();
                after.name = edited.name;
                after.description = edited.description;
                after.settings = edited.settings;
                m_document->edit(after, tr("Change %1").arg(key), QStringLiteral("/") + key);
            });
    refresh();
}

void PropertyPanel::refresh()
{
    const QStringList ids = m_scene->selectedIds();
    const Scenario &s = m_document->scenario();
    const bool editable = !m_document->isLocked();
    for (QWidget *form :
         {static_cast<QWidget *>(m_scenarioForm), static_cast<QWidget *>(m_processForm),
          static_cast<QWidget *>(m_channelForm)})
        form->setEnabled(editable);
    m_shownId = ids.size() == 1 ? ids.first() : QString();
    if (ids.size() > 1) {
        m_stack->setCurrentWidget(m_multi);
    } else if (const ProcessSpec *p = s.process(m_shownId)) {
        m_processForm->setProcess(*p, s);
        m_processForm->showProblems(m_document->validation(), p->id);
        m_stack->setCurrentWidget(m_processForm);
    } else if (const ChannelSpec *c = s.channel(m_shownId)) {
        m_channelForm->setChannel(*c);
        m_channelForm->showProblems(m_document->validation(), c->id);
        m_stack->setCurrentWidget(m_channelForm);
    } else {
        m_scenarioForm->setScenario(s);
        m_scenarioForm->showProblems(m_document->validation(), QString());
        m_stack->setCurrentWidget(m_scenarioForm);
    }
    retranslate();
}

void PropertyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PropertyPanel::retranslate()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.size() > 1) {
        m_title->setText(tr("%n items selected", nullptr, int(ids.size())));
        m_multi->setText(tr("Select a single item to edit its properties."));
    } else if (m_stack->currentWidget() == m_processForm) {
        m_title->setText(tr("Process %1").arg(m_shownId));
    } else if (m_stack->currentWidget() == m_channelForm) {
        m_title->setText(tr("Channel %1").arg(m_shownId));
    } else {
        m_title->setText(tr("Scenario"));
    }
}

} // namespace proclab
