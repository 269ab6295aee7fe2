// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared part of the property forms: rows keyed by the file's field name, so
// validation problems ("$.processes[1].behaviour.count") land on the right field.

#include "core/scenario/validationmap.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace proclab {

class PropertyForm : public QWidget
{
    Q_OBJECT
public:
    explicit PropertyForm(QWidget *parent = nullptr);

    // Marks fields (red frame + tooltip) and lists every problem of the item below.
    void showProblems(const ValidationMap &validation, const QString &id);
    QWidget *editor(const QString &key) const;
    bool isMarked(const QString &key) const; // for tests: a field shows a problem

protected:
    // title: a QT_TRANSLATE_NOOP("PropertyForm", ...) source text.
    void addRow(const QString &key, const char *title, QWidget *editor);
    void setRowVisible(const QString &key, bool visible);
    void changeEvent(QEvent *event) override;
    virtual void retranslate();

private:
    struct Row
    {
        QString key;
        const char *title;
        QLabel *label;
        QWidget *editor;
    };
    QFormLayout *m_form;
    QLabel *m_problems;
    QList<Row> m_rows;
};

} // namespace proclab
