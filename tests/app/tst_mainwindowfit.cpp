// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a 1280×800 screen (its first-start layout), in English and Korean:
// a lesson step with a prediction shows the start of its text, every choice and the lock-in
// button inside the Lessons dock's visible area, without scrolling.
#include "app/gui/languagemanager.h"
#include "app/gui/mainwindow.h"
#include "widgets/lesson/lessonpredictionbox.h"
#include "widgets/lesson/lessonsteppage.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <fstream>

using namespace Qt::StringLiterals;

namespace {

// What of `widget` lies outside `viewport` (the part of the dock a student sees).
QString outside(const QWidget *widget, const QWidget *viewport, const QString &what)
{
    const QRect r(widget->mapTo(viewport->window(), QPoint(0, 0)), widget->size());
    const QRect seen(viewport->mapTo(viewport->window(), QPoint(0, 0)), viewport->size());
    if (seen.contains(r))
        return {};
    return u"%1 at %2,%3 %4x%5 is outside the dock's visible %6,%7 %8x%9"_s.arg(what)
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height())
        .arg(seen.x())
        .arg(seen.y())
        .arg(seen.width())
        .arg(seen.height());
}

} // namespace

class TestMainWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void lessonStepInSight_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lesson");
        for (const QString lang : {u"en"_s, u"ko"_s}) {
            for (const QString lesson : {u"fork-tree:2"_s, u"fork-tree:5"_s, u"race:2"_s})
                QTest::newRow(qPrintable(lang + u' ' + lesson)) << lang << lesson;
        }
    }
    void lessonStepInSight()
    {
        QFETCH(QString, language);
        QFETCH(QString, lesson);
        LanguageManager languages;
        languages.setLanguage(language);
        // The test binary does not embed the .qm files: the built one, as the app embeds it.
        QTranslator ko;
        if (language == u"ko"_s) {
            QVERIFY(ko.load(qEnvironmentVariable("PROCLAB_KO_QM")));
            QCoreApplication::installTranslator(&ko);
        }
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1280, 800)); // as under Xvfb without a window manager
        QString error;
        QVERIFY2(window.openLesson(lesson, &error), qPrintable(error));

        auto *page = window.findChild<proclab::LessonStepPage *>();
        QVERIFY(page);
        auto *box = page->findChild<proclab::LessonPredictionBox *>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        auto *scroll = page->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->viewport()->height() > 0);
        QApplication::processEvents();

        QStringList cut;
        QLabel *text = page->textView();
        // The step's text from its start: its first lines (three of them) in sight.
        const int firstLines = text->fontMetrics().lineSpacing() * 3;
        QWidget top(text);
        top.setGeometry(0, 0, text->width(), std::min(text->height(), firstLines));
        cut << outside(&top, scroll->viewport(), u"the step's first lines"_s);
        int choices = 0;
        for (QAbstractButton *b : box->findChildren<QAbstractButton *>()) {
            if (!b->isVisible())
                continue;
            ++choices;
            cut << outside(b, scroll->viewport(), u"button '%1'"_s.arg(b->text()));
        }
        for (QLabel *l : box->findChildren<QLabel *>()) {
            if (l->isVisible() && l->buddy())
                cut << outside(l, scroll->viewport(), u"choice '%1'"_s.arg(l->text()));
        }
        QVERIFY2(choices >= 3, "the prediction shows its choices and the lock-in button");
        cut.removeAll(QString());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        QCoreApplication::removeTranslator(&ko);
    }
};

int main(int argc, char **argv)
{
    // A 1280×800 screen for the offscreen platform; settings of this run only (first start).
    QTemporaryDir dir;
    const QString config = dir.filePath(u"screen.json"_s);
    std::ofstream(config.toStdString())
        << R"({"screens": [{"name": "Screen1280x800", "x": 0, "y": 0, "width": 1280,)"
        << R"( "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})";
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toLocal8Bit());
    QApplication app(argc, argv);
    TestMainWindowFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindowfit.moc"
