// SPDX-License-Identifier: GPL-3.0-or-later
// The blank canvas everyone starts from, in the real main window: its hint says how to begin,
// Run is held with the reason as its tooltip, and the status bar does not count the blank as
// a problem in red. In a lesson step that has no diagram the hint says so, instead of
// inviting the learner to start a lesson they are already in.
#include "app/gui/languagemanager.h"
#include "app/gui/mainwindow.h"
#include "app/gui/runtoolbar.h"
#include "core/document/scenariodocument.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/lesson/lessonsteppage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

#include "testsupport.h"

using namespace Qt::StringLiterals;

// The real main window in English, shown.
struct EnglishWindow
{
    LanguageManager languages; // before the window, which it translates
    MainWindow window{&languages};

    bool exposed()
    {
        languages.setLanguage(u"en"_s);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
};

class TestEmptyCanvas : public QObject
{
    Q_OBJECT

    std::unique_ptr<EnglishWindow> m_shown; // a new window for each test

private slots:
    void init()
    {
        m_shown = std::make_unique<EnglishWindow>();
        QVERIFY(m_shown->exposed());
    }
    void cleanup() { m_shown.reset(); }

    void blankIsNotAProblem()
    {
        MainWindow &window = m_shown->window;
        QAction *run = window.findChild<RunToolBar *>()->runAction();
        auto *problems = window.findChild<QToolButton *>(u"problemsButton"_s);
        auto *hint = window.findChild<QLabel *>(u"emptyCanvasHint"_s);
        QVERIFY(problems && hint);

        QTRY_VERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(u"Start a lesson"_s));
        QVERIFY(!problems->isVisible());
        QVERIFY(!run->isEnabled());
        QVERIFY2(run->toolTip().contains(u"Palette"_s), qPrintable(run->toolTip()));

        // A channel alone is a diagram with a problem: counted, and still nothing to run.
        proclab::Scenario channelOnly = window.document()->scenario();
        proclab::ChannelSpec pipe;
        pipe.id = u"p"_s;
        pipe.kind = proclab::ChannelKind::Pipe;
        channelOnly.channels.append(pipe);
        QVERIFY(window.document()->edit(channelOnly, u"add a pipe"_s));
        QTRY_VERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(u"problem"_s) && problems->text() != u"No problems"_s,
                 qPrintable(problems->text()));
        QVERIFY(!run->isEnabled());

        // An example has something to run, and nothing wrong with it.
        QVERIFY(window.openPath(proclab::test::exampleScenarioPath(u"fork-chain"_s)));
        QTRY_VERIFY(run->isEnabled());
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->text(), u"No problems"_s);
        QVERIFY(!run->toolTip().contains(u"Palette"_s));
        QTRY_VERIFY(!hint->isVisible());

        // A new diagram is blank again.
        window.document()->newDocument();
        QTRY_VERIFY(!run->isEnabled());
        QVERIFY(!problems->isVisible());
        QTRY_VERIFY(hint->isVisible());
    }

    void lessonStepWithoutADiagram()
    {
        MainWindow &window = m_shown->window;
        QAction *run = window.findChild<RunToolBar *>()->runAction();
        auto *hint = window.findChild<QLabel *>(u"emptyCanvasHint"_s);
        QVERIFY(hint);

        // The race lesson reads its first step before it brings its diagram.
        QString error;
        QVERIFY2(window.openLesson(u"race"_s, &error), qPrintable(error));
        QVERIFY(window.document()->scenario().processes.isEmpty());
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"No diagram in this step"_s), qPrintable(hint->text()));
        QVERIFY(!hint->text().contains(u"Start a lesson"_s));
        QVERIFY(!run->isEnabled());

        auto *page = window.findChild<proclab::LessonStepPage *>();
        QVERIFY(page);
        page->nextButton()->click();
        QTRY_VERIFY(!window.document()->scenario().processes.isEmpty());
        QTRY_VERIFY(!hint->isVisible());

        // Leaving the lesson keeps its diagram; a blank canvas then offers lessons again.
        page->leaveButton()->click();
        window.document()->newDocument();
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"Start a lesson"_s), qPrintable(hint->text()));
    }
};

int main(int argc, char **argv)
{
    // Settings of this run only: a first start, with no lesson progress.
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestEmptyCanvas test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_emptycanvas.moc"
