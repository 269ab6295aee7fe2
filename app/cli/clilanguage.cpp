// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace proclab::cli {

void installTranslators()
{
    // The same embedded .qm files the app uses (:/i18n); Qt's own for the options
    // QCommandLineParser adds (--help). Parented to the application: they live as long.
    const QLocale locale = QLocale::system();
    auto *app = QCoreApplication::instance();
    auto *ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("proclab"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace proclab::cli
