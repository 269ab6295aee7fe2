// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks for the size (logical pixels) and scale of an exported image.

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace proclab {

class ExportImageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportImageDialog(const QSize &initial, QWidget *parent = nullptr);
    QSize imageSize() const;
    qreal scale() const;

private:
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
};

} // namespace proclab
