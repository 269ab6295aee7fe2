// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// View → Language: one checkable entry per supported language, each named in itself so
// it can be found whatever language is shown now.

#include <QMenu>

class LanguageManager;

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(LanguageManager *language, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};
