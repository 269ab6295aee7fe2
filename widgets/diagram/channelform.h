// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits one channel: label, capacity, item size, sync on/off, sync or async send.

#include "core/scenario/scenario.h"
#include "widgets/diagram/propertyform.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace proclab {

class ChannelForm : public PropertyForm
{
    Q_OBJECT
public:
    explicit ChannelForm(QWidget *parent = nullptr);

    void setChannel(const ChannelSpec &spec);
    ChannelSpec channel() const { return m_spec; }

signals:
    void edited(const proclab::ChannelSpec &spec, const QString &key);

protected:
    void retranslate() override;

private:
    void commit(const QString &key);

    ChannelSpec m_spec;
    QLabel *m_id;
    QLabel *m_kind;
    QLineEdit *m_label;
    QSpinBox *m_capacity;
    QSpinBox *m_itemSize;
    QCheckBox *m_sync;
    QCheckBox *m_fast;
    QComboBox *m_send;
};

} // namespace proclab
