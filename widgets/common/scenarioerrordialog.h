// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lists what is wrong with a scenario file: file, JSON path and message per problem.

#include "core/scenario/scenarioio.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace proclab {

class ScenarioErrorDialog : public QDialog
{
    Q_OBJECT
public:
    ScenarioErrorDialog(const QString &file, const QList<ScenarioError> &errors,
                        QWidget *parent = nullptr);
    QTreeWidget *errorList() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_file;
    QLabel *m_intro;
    QTreeWidget *m_list;
};

} // namespace proclab
