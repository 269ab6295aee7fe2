// SPDX-License-Identifier: GPL-3.0-or-later
// ProcLab: the desktop app. Builds diagrams of processes and channels and runs them as
// real processes through proclab-agent.

#include "app/gui/languagemanager.h"
#include "app/gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ProcLab"));
    QApplication::setApplicationName(QStringLiteral("ProcLab"));
    QApplication::setApplicationVersion(QStringLiteral(PROCLAB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Multi-process programming, taught with real processes"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("User interface language: ko or en."),
                                        QStringLiteral("ko|en"));
    parser.addOption(langOption);
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       QStringLiteral("Run the opened scenario right away."));
    parser.addOption(runOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A *.proclab.json scenario to open."));
    parser.process(app);

    LanguageManager language;
    language.setLanguage(LanguageManager::initialLanguage(parser.value(langOption)));

    MainWindow window(&language);
    window.show();
    if (!parser.positionalArguments().isEmpty() &&
        window.openPath(parser.positionalArguments().constFirst()) && parser.isSet(runOption))
        QTimer::singleShot(0, &window, &MainWindow::runNow);
    return app.exec();
}
