// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/languagemenu.h"

#include "app/gui/languagemanager.h"

#include <QActionGroup>
#include <QEvent>

LanguageMenu::LanguageMenu(LanguageManager *language, QWidget *parent) : QMenu(parent)
{
    auto *group = new QActionGroup(this);
    for (const QString &code : LanguageManager::supported()) {
        auto *action = addAction(code == QLatin1String("ko") ? QStringLiteral("한국어")
                                                             : QStringLiteral("English"));
        group->addAction(action);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == language->language());
        connect(action, &QAction::triggered, language,
                [language, code] { language->setLanguage(code); });
    }
    retranslate();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
}
