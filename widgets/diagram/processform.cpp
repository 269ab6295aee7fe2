// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/processform.h"

#include "core/scenario/scenariolimits.h"
#include "widgets/diagram/behaviourtext.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <algorithm>
#include <climits>

namespace proclab {

ProcessForm::ProcessForm(QWidget *parent)
    : PropertyForm(parent), m_id(new QLabel(this)), m_parent(new QLabel(this)),
      m_label(new QLineEdit(this)), m_behaviour(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_program(new QComboBox(this))
{
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(QStringLiteral("id"), QT_TRANSLATE_NOOP("PropertyForm", "Id"), m_id);
    addRow(QStringLiteral("parent"), QT_TRANSLATE_NOOP("PropertyForm", "Parent"), m_parent);
    addRow(QStringLiteral("label"), QT_TRANSLATE_NOOP("PropertyForm", "Label"), m_label);
    addRow(QStringLiteral("behaviour"), QT_TRANSLATE_NOOP("PropertyForm", "Behaviour"),
           m_behaviour);
    addRow(QStringLiteral("channel"), QT_TRANSLATE_NOOP("PropertyForm", "Channel"), m_channel);
    // Ranges are wide on purpose: validation, not the spin box, says what is too much.
    m_ms = addSpin(QStringLiteral("ms"), QT_TRANSLATE_NOOP("PropertyForm", "Duration"), 0, INT_MAX,
                   QStringLiteral(" ms"));
    m_afterMs = addSpin(QStringLiteral("after_ms"), QT_TRANSLATE_NOOP("PropertyForm", "After"), 0,
                        INT_MAX, QStringLiteral(" ms"));
    m_code = addSpin(QStringLiteral("code"), QT_TRANSLATE_NOOP("PropertyForm", "Exit code"), -1000,
                     1000);
    m_signal =
        addSpin(QStringLiteral("signal"), QT_TRANSLATE_NOOP("PropertyForm", "Signal"), 0, 128);
    m_count = addSpin(QStringLiteral("count"), QT_TRANSLATE_NOOP("PropertyForm", "Item count"), 0,
                      INT_MAX);
    m_rate = addSpin(QStringLiteral("rate"), QT_TRANSLATE_NOOP("PropertyForm", "Rate (items/s)"), 0,
                     INT_MAX);
    m_holdMs = addSpin(QStringLiteral("hold_ms"), QT_TRANSLATE_NOOP("PropertyForm", "Hold lock"), 0,
                       INT_MAX, QStringLiteral(" ms"));
    m_workUs =
        addSpin(QStringLiteral("work_us"), QT_TRANSLATE_NOOP("PropertyForm", "Work per item"), 0,
                INT_MAX, QStringLiteral(" µs"));
    // exec: only names from the fixed list can be chosen, never a path or a command.
    addRow(QStringLiteral("program"), QT_TRANSLATE_NOOP("PropertyForm", "Program"), m_program);
    for (const QString &name : execProgramNames())
        m_program->addItem(name, name);
    m_initial = addSpin(QStringLiteral("initial"),
                        QT_TRANSLATE_NOOP("PropertyForm", "Parent sets before fork"), -1000000000,
                        1000000000);
    m_value = addSpin(QStringLiteral("value"), QT_TRANSLATE_NOOP("PropertyForm", "Child writes"),
                      -1000000000, 1000000000);
    m_labSpins = {
        {field::kN, addSpin(QLatin1String(field::kN),
                            QT_TRANSLATE_NOOP("PropertyForm", "Count primes below"), 1, INT_MAX)},
        {field::kRestarts,
         addSpin(QLatin1String(field::kRestarts),
                 QT_TRANSLATE_NOOP("PropertyForm", "Replacements at most"), 0, INT_MAX)},
        {field::kParallel,
         addSpin(QLatin1String(field::kParallel),
                 QT_TRANSLATE_NOOP("PropertyForm", "Requests at once"), 1, INT_MAX)},
        {field::kTimeoutMs, addSpin(QLatin1String(field::kTimeoutMs),
                                    QT_TRANSLATE_NOOP("PropertyForm", "Request timeout"), 1,
                                    INT_MAX, QStringLiteral(" ms"))},
        {field::kKillAt,
         addSpin(QLatin1String(field::kKillAt),
                 QT_TRANSLATE_NOOP("PropertyForm", "Kill a worker after answers"), 0, INT_MAX)}};
    fillBehaviours();
    connect(m_program, &QComboBox::activated, this, [this] { commit(QStringLiteral("program")); });
    connect(m_label, &QLineEdit::textEdited, this, [this] { commit(QStringLiteral("label")); });
    connect(m_behaviour, &QComboBox::activated, this,
            [this] { commit(QStringLiteral("behaviour")); });
    connect(m_channel, &QComboBox::activated, this, [this] { commit(QStringLiteral("channel")); });
}

QSpinBox *ProcessForm::addSpin(const QString &key, const char *title, int min, int max,
                               const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    spin->setKeyboardTracking(false); // one edit per finished number, not per digit
    addRow(key, title, spin);
    connect(spin, &QSpinBox::valueChanged, this, [this, key] { commit(key); });
    return spin;
}

void ProcessForm::fillBehaviours()
{
    const QSignalBlocker block(m_behaviour);
    const int current = m_behaviour->currentIndex();
    m_behaviour->clear();
    for (const BehaviourKind kind : allBehaviourKinds())
        m_behaviour->addItem(behaviourTitle(kind), int(kind));
    m_behaviour->setCurrentIndex(current);
}

void ProcessForm::setProcess(const ProcessSpec &spec, const Scenario &scenario)
{
    m_spec = spec;
    const Behaviour &b = spec.behaviour;
    m_id->setText(spec.id);
    m_parent->setText(spec.parent.isEmpty() ? tr("none (root)") : spec.parent);
    if (m_label->text() != spec.label.text()) {
        const QSignalBlocker block(m_label);
        m_label->setText(spec.label.text());
        m_label->home(false);
    }
    {
        const QSignalBlocker block(m_behaviour);
        m_behaviour->setCurrentIndex(m_behaviour->findData(int(b.kind)));
    }
    {
        const QSignalBlocker block(m_channel);
        m_channel->clear();
        for (const ChannelSpec &c : scenario.channels)
            m_channel->addItem(c.label.text() == c.id ? c.id
                                                      : c.label.text() + QStringLiteral(" (") +
                                                            c.id + QLatin1Char(')'),
                               c.id);
        if (!b.channel.isEmpty() && m_channel->findData(b.channel) < 0)
            m_channel->addItem(b.channel, b.channel); // unknown: shown so it can be fixed
        m_channel->setCurrentIndex(m_channel->findData(b.channel));
    }
    {
        const QSignalBlocker block(m_program);
        m_program->setCurrentIndex(m_program->findData(b.program));
    }
    const QList<QPair<QSpinBox *, qint64>> values = {
        {m_initial, b.initial}, {m_value, b.value},   {m_ms, b.ms},       {m_afterMs, b.afterMs},
        {m_code, b.code},       {m_signal, b.signal}, {m_count, b.count}, {m_rate, b.rate},
        {m_holdMs, b.holdMs},   {m_workUs, b.workUs}};
    for (const auto &[spin, value] : values) {
        const QSignalBlocker block(spin);
        spin->setValue(int(std::clamp<qint64>(value, spin->minimum(), spin->maximum())));
    }
    for (const auto &[key, spin] : std::as_const(m_labSpins)) {
        const QSignalBlocker block(spin);
        const qint64 value = behaviourFieldValue(b, QLatin1String(key));
        spin->setValue(int(std::clamp<qint64>(value, spin->minimum(), spin->maximum())));
    }
    updateVisibility();
}

void ProcessForm::updateVisibility()
{
    const BehaviourKind kind = m_spec.behaviour.kind;
    auto is = [kind](std::initializer_list<BehaviourKind> kinds) {
        return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
    };
    using K = BehaviourKind;
    setRowVisible(QStringLiteral("ms"), is({K::Sleep, K::Cpu, K::NoWait, K::Exec}));
    setRowVisible(QStringLiteral("program"), is({K::Exec}));
    setRowVisible(QStringLiteral("initial"), is({K::WriteCopy}));
    setRowVisible(QStringLiteral("value"), is({K::WriteCopy}));
    setRowVisible(QStringLiteral("after_ms"), is({K::Exit, K::Crash, K::ExitEarly}));
    setRowVisible(QStringLiteral("code"), is({K::Exit}));
    setRowVisible(QStringLiteral("signal"), is({K::Crash}));
    setRowVisible(QStringLiteral("channel"), is({K::Produce, K::Consume, K::Increment}));
    setRowVisible(QStringLiteral("count"), is({K::Produce, K::Increment, K::Load}));
    setRowVisible(QStringLiteral("rate"), is({K::Produce, K::Load}));
    setRowVisible(QStringLiteral("hold_ms"), is({K::Consume}));
    setRowVisible(QStringLiteral("work_us"), is({K::Consume, K::Serve}));
    const QList<QLatin1String> fields = behaviourFields(kind);
    for (const auto &[key, spin] : std::as_const(m_labSpins))
        setRowVisible(QLatin1String(key), fields.contains(QLatin1String(key)));
}

void ProcessForm::commit(const QString &key)
{
    ProcessSpec spec = m_spec;
    Behaviour &b = spec.behaviour;
    // An edited label is the author's own text, in one language; an untouched one keeps
    // both languages of a shipped example.
    if (m_label->text() != spec.label.text())
        spec.label = m_label->text();
    const auto kind = static_cast<BehaviourKind>(m_behaviour->currentData().toInt());
    if (kind != b.kind) {
        // A new behaviour starts from its defaults, keeping the channel link.
        const QString channel = b.channel;
        b = defaultBehaviour(kind);
        if (kind == BehaviourKind::Produce || kind == BehaviourKind::Consume ||
            kind == BehaviourKind::Increment)
            b.channel = channel;
        if (kind == BehaviourKind::Produce || kind == BehaviourKind::Increment)
            b.count = 1000;
    } else {
        b.channel = m_channel->currentData().toString();
        b.ms = m_ms->value();
        b.afterMs = m_afterMs->value();
        b.code = m_code->value();
        b.signal = m_signal->value();
        b.count = m_count->value();
        b.rate = m_rate->value();
        b.holdMs = m_holdMs->value();
        b.workUs = m_workUs->value();
        b.initial = m_initial->value();
        b.value = m_value->value();
        b.program = m_program->currentData().toString();
        for (const auto &[name, spin] : std::as_const(m_labSpins))
            setBehaviourFieldValue(b, QLatin1String(name), spin->value());
    }
    if (spec == m_spec)
        return;
    m_spec = spec;
    emit edited(spec, key);
}

void ProcessForm::retranslate()
{
    PropertyForm::retranslate();
    fillBehaviours();
    m_parent->setText(m_spec.parent.isEmpty() ? tr("none (root)") : m_spec.parent);
}

} // namespace proclab
