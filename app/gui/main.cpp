// SPDX-License-Identifier: GPL-3.0-or-later
// ProcLab: the desktop app. Builds diagrams of processes and channels and runs them as
// real processes through proclab-agent.

#include "app/gui/languagemanager.h"
#include "app/gui/mainwindow.h"
#include "app/gui/runmeter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// --help and --version print and exit: they need no screen (a terminal over ssh has none),
// so they get a core application instead of a GUI one.
bool onlyPrints(int argc, char **argv)
{
    return std::any_of(argv + 1, argv + argc, [](const char *arg) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
            if (std::strcmp(arg, option) == 0)
                return true;
        }
        return false;
    });
}

// --lang decides the language the help is printed in, so it is read before the parser runs.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    const bool printOnly = onlyPrints(argc, argv);
    std::unique_ptr<QCoreApplication> app(printOnly ? new QCoreApplication(argc, argv)
                                                    : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("ProcLab"));
    QCoreApplication::setApplicationName(QStringLiteral("ProcLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROCLAB_VERSION));

    LanguageManager language;
    language.setLanguage(
        LanguageManager::initialLanguage(languageArgument(QCoreApplication::arguments())));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "ProcLab: multi-process programming, taught with real processes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "User interface language."),
        QStringLiteral("ko|en"));
    parser.addOption(langOption);
    const QCommandLineOption runOption(
        QStringLiteral("run"),
        QCoreApplication::translate("main", "Run the opened scenario right away."));
    parser.addOption(runOption);
    // Opens a lesson at a step: for a teacher's link, and for looking at every step on screen.
    const QCommandLineOption lessonOption(
        QStringLiteral("lesson"),
        QCoreApplication::translate("main", "Start a lesson (an id from proclab-cli lesson list), "
                                            "optionally at a step counted from 1."),
        QStringLiteral("ID[:STEP]"));
    parser.addOption(lessonOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A *.proclab.json scenario to open."),
        QStringLiteral("[FILE]"));
    parser.process(*app);
    if (printOnly) // -h and -v exit inside process(); this is for option mix-ups
        return 0;

    // The window and the desktop entry belong together (Wayland's app id, the dock's icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.proclab.ProcLab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    MainWindow window(&language);
    window.show();
    std::unique_ptr<proclab::RunMeter> meter;
    if (parser.isSet(runOption) && proclab::RunMeter::requested())
        meter = std::make_unique<proclab::RunMeter>(window.runController());
    if (!parser.positionalArguments().isEmpty() &&
        window.openPath(parser.positionalArguments().constFirst()) && parser.isSet(runOption))
        QTimer::singleShot(0, &window, &MainWindow::runNow);
    if (parser.isSet(lessonOption)) {
        QString error;
        if (!window.openLesson(parser.value(lessonOption), &error)) {
            std::fprintf(stderr, "proclab: --lesson: %s\n", qPrintable(error));
            return 64;
        }
    }
    return QCoreApplication::exec();
}
