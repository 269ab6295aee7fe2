// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/scenarioform.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <climits>

namespace proclab {

ScenarioForm::ScenarioForm(QWidget *parent)
    : PropertyForm(parent), m_name(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_maxProcesses(new QSpinBox(this)), m_sampleHz(new QSpinBox(this)),
      m_duration(new QSpinBox(this))
{
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(110);
    for (QSpinBox *spin : {m_maxProcesses, m_sampleHz, m_duration}) {
        spin->setRange(0, INT_MAX);
        spin->setKeyboardTracking(false);
    }
    m_sampleHz->setSuffix(QStringLiteral(" Hz"));
    m_duration->setSuffix(QStringLiteral(" s"));
    addRow(QStringLiteral("name"), QT_TRANSLATE_NOOP("PropertyForm", "Name"), m_name);
    addRow(QStringLiteral("description"), QT_TRANSLATE_NOOP("PropertyForm", "Description"),
           m_description);
    addRow(QStringLiteral("max_processes"), QT_TRANSLATE_NOOP("PropertyForm", "Process limit"),
           m_maxProcesses);
    addRow(QStringLiteral("sample_hz"), QT_TRANSLATE_NOOP("PropertyForm", "Sampling rate"),
           m_sampleHz);
    addRow(QStringLiteral("duration_s"),
           QT_TRANSLATE_NOOP("PropertyForm", "Duration (0 = until done)"), m_duration);
    connect(m_name, &QLineEdit::textEdited, this, [this] { commit(QStringLiteral("name")); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { commit(QStringLiteral("description")); });
    connect(m_maxProcesses, &QSpinBox::valueChanged, this,
            [this] { commit(QStringLiteral("max_processes")); });
    connect(m_sampleHz, &QSpinBox::valueChanged, this,
            [this] { commit(QStringLiteral("sample_hz")); });
    connect(m_duration, &QSpinBox::valueChanged, this,
            [this] { commit(QStringLiteral("duration_s")); });
}

void ScenarioForm::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    const QSignalBlocker b1(m_name), b2(m_description), b3(m_maxProcesses), b4(m_sampleHz),
        b5(m_duration);
    if (m_name->text() != scenario.name) {
        m_name->setText(scenario.name);
        m_name->home(false); // a long name shows its beginning, not its end
    }
    if (m_description->toPlainText() != scenario.description)
        m_description->setPlainText(scenario.description);
    m_maxProcesses->setValue(scenario.settings.maxProcesses);
    m_sampleHz->setValue(scenario.settings.sampleHz);
    m_duration->setValue(scenario.settings.durationS);
}

void ScenarioForm::commit(const QString &key)
{
    Scenario s = m_scenario;
    s.name = m_name->text();
    s.description = m_description->toPlainText();
    s.settings.maxProcesses = m_maxProcesses->value();
    s.settings.sampleHz = m_sampleHz->value();
    s.settings.durationS = m_duration->value();
    if (s == m_scenario)
        return;
    m_scenario = s;
    emit edited(s, key);
}

} // namespace proclab
