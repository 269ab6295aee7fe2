// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Explains the state colours used on the diagram and in the process table.

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace proclab {

class LegendWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LegendWidget(QWidget *parent = nullptr);

    bool isFolded() const { return m_folded; }
    void setFolded(bool folded); // remembered for the next start

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QToolButton *m_title;
    QList<QLabel *> m_swatches;
    QList<QLabel *> m_names;
    bool m_folded = false;
};

} // namespace proclab
