// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/channelform.h"

#include "core/scenario/nodekind.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <climits>

namespace proclab {

ChannelForm::ChannelForm(QWidget *parent)
    : PropertyForm(parent), m_id(new QLabel(this)), m_kind(new QLabel(this)),
      m_label(new QLineEdit(this)), m_capacity(new QSpinBox(this)), m_itemSize(new QSpinBox(this)),
      m_sync(new QCheckBox(this)), m_fast(new QCheckBox(this)), m_send(new QComboBox(this))
{
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(QStringLiteral("id"), QT_TRANSLATE_NOOP("PropertyForm", "Id"), m_id);
    addRow(QStringLiteral("kind"), QT_TRANSLATE_NOOP("PropertyForm", "Kind"), m_kind);
    addRow(QStringLiteral("label"), QT_TRANSLATE_NOOP("PropertyForm", "Label"), m_label);
    // Wide ranges: validation says what is too much, with the reason.
    m_capacity->setRange(0, INT_MAX);
    m_itemSize->setRange(0, INT_MAX);
    m_itemSize->setSuffix(QStringLiteral(" B"));
    for (QSpinBox *spin : {m_capacity, m_itemSize})
        spin->setKeyboardTracking(false);
    addRow(QStringLiteral("capacity"), QT_TRANSLATE_NOOP("PropertyForm", "Capacity"), m_capacity);
    addRow(QStringLiteral("item_size"), QT_TRANSLATE_NOOP("PropertyForm", "Item size"), m_itemSize);
    addRow(QStringLiteral("sync"), QT_TRANSLATE_NOOP("PropertyForm", "Synchronisation"), m_sync);
    addRow(QStringLiteral("fast"), QT_TRANSLATE_NOOP("PropertyForm", "Fast ring"), m_fast);
    addRow(QStringLiteral("send"), QT_TRANSLATE_NOOP("PropertyForm", "Send"), m_send);
    m_send->addItem(QString(), int(SendMode::Async));
    m_send->addItem(QString(), int(SendMode::Sync));
    retranslate();
    connect(m_label, &QLineEdit::textEdited, this, [this] { commit(QStringLiteral("label")); });
    connect(m_capacity, &QSpinBox::valueChanged, this,
            [this] { commit(QStringLiteral("capacity")); });
    connect(m_itemSize, &QSpinBox::valueChanged, this,
            [this] { commit(QStringLiteral("item_size")); });
    connect(m_sync, &QCheckBox::toggled, this, [this] { commit(QStringLiteral("sync")); });
    connect(m_fast, &QCheckBox::toggled, this, [this] { commit(QStringLiteral("fast")); });
    connect(m_send, &QComboBox::activated, this, [this] { commit(QStringLiteral("send")); });
}

void ChannelForm::setChannel(const ChannelSpec &spec)
{
    m_spec = spec;
    m_id->setText(spec.id);
    m_kind->setText(nodeKindTitle(nodeKindOf(spec.kind)));
    if (m_label->text() != spec.label.text()) {
        const QSignalBlocker block(m_label);
        m_label->setText(spec.label.text());
        m_label->home(false);
    }
    const QSignalBlocker b1(m_capacity), b2(m_itemSize), b3(m_sync), b4(m_send), b5(m_fast);
    m_capacity->setValue(spec.capacity);
    m_itemSize->setValue(spec.itemSize);
    m_sync->setChecked(spec.sync);
    m_fast->setChecked(spec.fast);
    m_fast->setEnabled(spec.sync);
    // With the fast ring on, the buffer is still synchronised, but not by semaphores.
    m_sync->setText(spec.fast ? tr("yes, by the fast ring") : tr("semaphores and lock"));
    m_send->setCurrentIndex(m_send->findData(int(spec.send)));
    const bool shm = spec.kind == ChannelKind::ShmBuffer || spec.kind == ChannelKind::ShmCounter;
    setRowVisible(QStringLiteral("capacity"),
                  spec.kind == ChannelKind::ShmBuffer || spec.kind == ChannelKind::Mailbox);
    setRowVisible(QStringLiteral("item_size"), spec.kind != ChannelKind::ShmCounter);
    setRowVisible(QStringLiteral("sync"), shm);
    setRowVisible(QStringLiteral("fast"), spec.kind == ChannelKind::ShmBuffer);
    setRowVisible(QStringLiteral("send"), !shm);
    m_capacity->setSuffix(spec.kind == ChannelKind::Mailbox ? tr(" messages") : tr(" slots"));
}

void ChannelForm::commit(const QString &key)
{
    ChannelSpec spec = m_spec;
    // An edited label is the author's own text, in one language; an untouched one keeps
    // both languages of a shipped example.
    if (m_label->text() != spec.label.text())
        spec.label = m_label->text();
    spec.capacity = m_capacity->value();
    spec.itemSize = m_itemSize->value();
    spec.sync = m_sync->isChecked();
    spec.fast = m_fast->isChecked();
    spec.send = static_cast<SendMode>(m_send->currentData().toInt());
    if (spec == m_spec)
        return;
    m_spec = spec;
    emit edited(spec, key);
}

void ChannelForm::retranslate()
{
    PropertyForm::retranslate();
    m_sync->setText(tr("semaphores and lock"));
    // Short: the properties dock is narrow, and the tooltip says the rest.
    m_fast->setText(tr("no lock; 1 producer, 1 consumer"));
    m_fast->setToolTip(tr("No lock and no semaphore per item: the processes sleep only when the "
                          "ring is really empty or full. Much faster, but only for one producer "
                          "and one consumer."));
    m_send->setItemText(0, tr("Asynchronous (sender goes on)"));
    m_send->setItemText(1, tr("Synchronous (waits for the receiver)"));
    if (!m_spec.id.isEmpty())
        setChannel(m_spec);
}

} // namespace proclab
