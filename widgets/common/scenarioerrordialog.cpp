// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/scenarioerrordialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace proclab {

ScenarioErrorDialog::ScenarioErrorDialog(const QString &file, const QList<ScenarioError> &errors,
                                         QWidget *parent)
    : QDialog(parent), m_file(file), m_intro(new QLabel(this)), m_list(new QTreeWidget(this))
{
    m_intro->setWordWrap(true);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    for (const ScenarioError &e : errors) {
        auto *item = new QTreeWidgetItem(m_list, {e.file, e.path, e.message});
        item->setToolTip(2, e.toString());
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 320);
    retranslate();
}

void ScenarioErrorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ScenarioErrorDialog::retranslate()
{
    setWindowTitle(tr("Cannot open scenario"));
    m_intro->setText(tr("%1 could not be opened. The diagram you had open is unchanged.")
                         .arg(QFileInfo(m_file).fileName()));
    m_list->setHeaderLabels({tr("File"), tr("Path"), tr("Problem")});
}

} // namespace proclab
