// SPDX-License-Identifier: GPL-3.0-or-later
// Every shipped lesson's figures, in Korean and English, fit the Lessons panel as the main
// window lays it out at 1280x800: each line measured with the figure box's own font (the
// Hangul falls back to the CJK font as on screen) against the width the box really gets,
// so a student never scrolls sideways to read a line of code or its comment.

#include "core/lesson/lessonlibrary.h"
#include "widgets/lesson/lessonpanel.h"
#include "widgets/lesson/lessonsession.h"
#include "widgets/lesson/lessonsteppage.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include "testsupport.h"

using namespace proclab;
using namespace Qt::StringLiterals;

class TestLessonFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFigureLineFitsThePanel_data();
    void everyFigureLineFitsThePanel();

private:
    QTemporaryDir m_settingsDir;
};

void TestLessonFigures::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Starting a lesson records progress in QSettings: a throwaway place.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"ProcLabTest"_s);
    QCoreApplication::setApplicationName(u"tst_lessonfigures"_s);
}

void TestLessonFigures::everyFigureLineFitsThePanel_data()
{
    test::addLanguageRows();
}

void TestLessonFigures::everyFigureLineFitsThePanel()
{
    QFETCH(QString, language);
    QLocale::setDefault(QLocale(language == u"ko" ? QLocale::Korean : QLocale::English));
    const QList<Lesson> lessons = LessonLibrary::lessons(test::sourcePath(u"resources/lessons"_s));
    QVERIFY(lessons.size() >= 19);

    // The panel in a dock of a 1280x800 window, given the width MainWindow gives it.
    QMainWindow window;
    auto *panel = new LessonPanel;
    panel->setLessons(lessons);
    auto *dock = new QDockWidget;
    dock->setWidget(panel);
    window.setCentralWidget(new QWidget);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resizeDocks({dock}, {LessonPanel::kDockWidth}, Qt::Horizontal);

    int figures = 0;
    QStringList tooWide;
    for (const Lesson &lesson : lessons) {
        for (int i = 0; i < lesson.steps.size(); ++i) {
            const QString figure = lesson.steps.at(i).figure.in(language);
            if (figure.isEmpty())
                continue;
            ++figures;
            panel->session()->start(lesson, i);
            auto *box = panel->stepPage()->findChild<QPlainTextEdit *>();
            QVERIFY(box);
            QTRY_VERIFY(box->isVisible() && box->toPlainText() == figure);
            QCoreApplication::processEvents(); // the step page's layout settles
            const int room = box->viewport()->width() - 2 * int(box->document()->documentMargin());
            QVERIFY2(room > 200, qPrintable(u"the figure box is %1 px wide"_s.arg(room)));
            const QFontMetrics metrics(box->font());
            for (const QString &line : figure.split(u'\n')) {
                const int need = metrics.horizontalAdvance(line);
                if (need > room)
                    tooWide.append(u"lesson %1 step %2: %3 px > %4 px: %5"_s.arg(lesson.number)
                                       .arg(i + 1)
                                       .arg(need)
                                       .arg(room)
                                       .arg(line));
            }
        }
    }
    QVERIFY2(figures >= 15, qPrintable(u"only %1 figures"_s.arg(figures)));
    QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(u'\n')));
}

QTEST_MAIN(TestLessonFigures)
#include "tst_lessonfigures.moc"
