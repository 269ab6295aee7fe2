// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/exportimagedialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace proclab {

ExportImageDialog::ExportImageDialog(const QSize &initial, QWidget *parent)
    : QDialog(parent), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_scale(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Export image"));
    m_width->setRange(200, 8000);
    m_height->setRange(150, 8000);
    m_width->setValue(initial.width());
    m_height->setValue(initial.height());
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_scale->setRange(0.5, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(1.0);
    m_scale->setSuffix(tr("×"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Scale:"), m_scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QSize ExportImageDialog::imageSize() const
{
    return {m_width->value(), m_height->value()};
}

qreal ExportImageDialog::scale() const
{
    return m_scale->value();
}

} // namespace proclab
