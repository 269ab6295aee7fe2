// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits the scenario itself when nothing is selected: name, description, run settings.

#include "core/scenario/scenario.h"
#include "widgets/diagram/propertyform.h"

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace proclab {

class ScenarioForm : public PropertyForm
{
    Q_OBJECT
public:
    explicit ScenarioForm(QWidget *parent = nullptr);
    void setScenario(const Scenario &scenario);

signals:
    void edited(const proclab::Scenario &scenario, const QString &key);

private:
    void commit(const QString &key);

    Scenario m_scenario;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QSpinBox *m_maxProcesses;
    QSpinBox *m_sampleHz;
    QSpinBox *m_duration;
};

} // namespace proclab
