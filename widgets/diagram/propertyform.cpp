// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/propertyform.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace proclab {

PropertyForm::PropertyForm(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout), m_problems(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    layout->addWidget(m_problems);
    layout->addStretch(1);
}

void PropertyForm::addRow(const QString &key, const char *title, QWidget *editor)
{
    auto *label = new QLabel(this);
    label->setBuddy(editor);
    m_form->addRow(label, editor);
    m_rows.append({key, title, label, editor});
    label->setText(QCoreApplication::translate("PropertyForm", title));
}

void PropertyForm::setRowVisible(const QString &key, bool visible)
{
    if (QWidget *e = editor(key))
        m_form->setRowVisible(e, visible);
}

QWidget *PropertyForm::editor(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.key == key)
            return row.editor;
    }
    return nullptr;
}

bool PropertyForm::isMarked(const QString &key) const
{
    const QWidget *e = editor(key);
    return e && e->property("invalid").toBool();
}

void PropertyForm::showProblems(const ValidationMap &validation, const QString &id)
{
    for (const Row &row : std::as_const(m_rows)) {
        const QStringList problems = validation.problemsOf(id, row.key);
        const bool invalid = !problems.isEmpty();
        if (row.editor->property("invalid").toBool() == invalid &&
            row.editor->toolTip() == problems.join(QLatin1Char('\n')))
            continue;
        row.editor->setProperty("invalid", invalid);
        row.editor->setToolTip(problems.join(QLatin1Char('\n')));
        // Only the frame turns red, so the value stays readable.
        row.editor->setStyleSheet(invalid ? QStringLiteral("border: 2px solid #d02121;")
                                          : QString());
    }
    const QStringList all = validation.problemsOf(id);
    m_problems->setVisible(!all.isEmpty());
    m_problems->setText(all.isEmpty() ? QString()
                                      : QStringLiteral("⚠ ") + all.join(QStringLiteral("\n⚠ ")));
}

void PropertyForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PropertyForm::retranslate()
{
    for (const Row &row : std::as_const(m_rows))
        row.label->setText(QCoreApplication::translate("PropertyForm", row.title));
}

} // namespace proclab
