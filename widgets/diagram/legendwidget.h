// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Explains the state colours used on the diagram and in the process table.

#include <QList>
#include <QWidget>

class QLabel;

namespace proclab {

class LegendWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LegendWidget(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QList<QLabel *> m_names;
};

} // namespace proclab
