// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits one process: label, behaviour and the behaviour's parameters.

#include "core/scenario/scenario.h"
#include "widgets/diagram/propertyform.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace proclab {

class ProcessForm : public PropertyForm
{
    Q_OBJECT
public:
    explicit ProcessForm(QWidget *parent = nullptr);

    void setProcess(const ProcessSpec &spec, const Scenario &scenario);
    ProcessSpec process() const { return m_spec; }

signals:
    // The user changed one field (key = the file's field name).
    void edited(const proclab::ProcessSpec &spec, const QString &key);

protected:
    void retranslate() override;

private:
    QSpinBox *addSpin(const QString &key, const char *title, int min, int max,
                      const QString &suffix = {});
    void updateVisibility();
    void commit(const QString &key);
    void fillBehaviours();

    ProcessSpec m_spec;
    QLabel *m_id;
    QLabel *m_parent;
    QLineEdit *m_label;
    QComboBox *m_behaviour;
    QComboBox *m_channel;
    QComboBox *m_program;
    QSpinBox *m_initial, *m_value;
    QSpinBox *m_ms, *m_afterMs, *m_code, *m_signal, *m_count, *m_rate, *m_holdMs, *m_workUs;
    QList<QPair<const char *, QSpinBox *>> m_labSpins; // the labs' fields, by file name
};

} // namespace proclab
