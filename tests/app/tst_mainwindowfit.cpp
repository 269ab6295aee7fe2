// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a 1280×800 screen (its first-start layout), in English and Korean:
// a lesson step with a prediction shows the start of its text, every choice and the lock-in
// button inside the Lessons dock's visible area, without scrolling; after a run of a
// three-level example every node of the diagram is inside the visible canvas, under the
// result strip and the state legend; beside a lesson the charts in front show the two that
// matter and the table in front every column. And Qt's own file dialog, with the app's
// translators, is Korean in Korean (Qt's catalogue misses some of its strings).
#include "app/gui/languagemanager.h"
#include "app/gui/mainwindow.h"
#include "core/document/scenariodocument.h"
#include "core/lesson/lessonio.h"
#include "core/run/runcontroller.h"
#include "widgets/charts/chartview.h"
#include "widgets/charts/livechartspage.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/nodeitem.h"
#include "widgets/lesson/lessonlistpage.h"
#include "widgets/lesson/lessonpredictionbox.h"
#include "widgets/lesson/lessonsteppage.h"
#include "widgets/runview/processtreemodel.h"
#include "widgets/runview/processtreeview.h"
#include "widgets/runview/resultstrip.h"

#include <QAbstractButton>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <fstream>
#include <memory>

#include "testsupport.h"

using namespace Qt::StringLiterals;

namespace {

// The built Korean catalogue for a Korean row (the test binary does not embed the .qm files,
// the app does), beside LanguageManager's Qt catalogue. Removed when the test ends, also when
// a failed assertion ends it early, so one failing row cannot leave the next rows in Korean.
class KoreanCatalogue
{
public:
    KoreanCatalogue() = default;
    KoreanCatalogue(const KoreanCatalogue &) = delete;
    KoreanCatalogue &operator=(const KoreanCatalogue &) = delete;
    ~KoreanCatalogue() { QCoreApplication::removeTranslator(&m_ko); }

    bool install(const QString &language)
    {
        if (language != u"ko"_s)
            return true;
        if (!m_ko.load(qEnvironmentVariable("PROCLAB_KO_QM")))
            return false;
        QCoreApplication::installTranslator(&m_ko);
        return true;
    }

private:
    QTranslator m_ko;
};

// The real main window at its first start on the 1280×800 screen, in `language` (with the
// built Korean catalogue for "ko"), shown. ok() says whether all of that worked.
class FirstStartWindow
{
public:
    // With `lesson` ("ID:STEP"), that lesson opened too.
    explicit FirstStartWindow(const QString &language, const QString &lesson = {})
    {
        m_languages.setLanguage(language);
        if (!m_ko.install(language))
            m_error = u"no Korean catalogue"_s;
        m_window = std::make_unique<MainWindow>(&m_languages);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            m_error = u"the window was not shown"_s;
        else if (m_window->size() != QSize(1280, 800)) // as under Xvfb without a window manager
            m_error = u"the window is not 1280x800"_s;
        else if (!lesson.isEmpty())
            m_window->openLesson(lesson, &m_error);
    }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    MainWindow *operator->() const { return m_window.get(); }
    MainWindow &operator*() const { return *m_window; }

private:
    LanguageManager m_languages;
    KoreanCatalogue m_ko;
    std::unique_ptr<MainWindow> m_window;
    QString m_error;
};

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

// The nodes of `view`'s diagram that are not wholly inside its viewport, with where they are.
QStringList nodesOutside(const proclab::DiagramView &view)
{
    QStringList out;
    const QRect seen = view.viewport()->rect();
    for (QGraphicsItem *item : view.scene()->items()) {
        const auto *node = dynamic_cast<const proclab::NodeItem *>(item);
        if (!node || !node->isVisible())
            continue;
        const QRect at = view.mapFromScene(node->sceneBoundingRect()).boundingRect();
        if (!seen.contains(at))
            out.append(
                u"node '%1' at %2,%3 %4x%5 is outside the canvas's visible %6x%7"_s.arg(node->id())
                    .arg(at.x())
                    .arg(at.y())
                    .arg(at.width())
                    .arg(at.height())
                    .arg(seen.width())
                    .arg(seen.height()));
    }
    return out;
}

} // namespace

class TestMainWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void firstStartListsLessons_data() { proclab::test::addLanguageRows(); }
    void firstStartListsLessons()
    {
        // The first thing a new learner reads (first in this file: the other tests start
        // lessons, and a started lesson ends the first start): the welcome offers the first lesson,
        // and the list under it shows enough of the others to see where the course goes.
        QFETCH(QString, language);
        FirstStartWindow window(language);
        QVERIFY2(window.ok(), qPrintable(window.error()));
        auto *page = window->findChild<proclab::LessonListPage *>();
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible() && page->isWelcomeVisible());
        QListWidget *list = page->list();
        QTRY_VERIFY(list->viewport()->height() > 0);
        QApplication::processEvents();
        int whole = 0;
        for (int i = 0; i < list->count(); ++i)
            whole += list->viewport()->rect().contains(list->visualItemRect(list->item(i)));
        QVERIFY2(whole >= 5, qPrintable(u"%1 lessons whole in a list %2 px high"_s.arg(whole).arg(
                                 list->viewport()->height())));
    }

    void diagramInSightAfterRun_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("example");
        for (const QString &lang : {u"en"_s, u"ko"_s}) {
            // Three levels: main, its children, and the channel under them.
            for (const QString &example : {u"bounded-buffer"_s, u"counter-unsync"_s})
                QTest::newRow(qPrintable(lang + u' ' + example)) << lang << example;
        }
    }
    void diagramInSightAfterRun()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        FirstStartWindow window(language);
        QVERIFY(window.ok());
        QVERIFY(window->openPath(proclab::test::exampleScenarioPath(example)));
        auto *view = window->findChild<proclab::DiagramView *>();
        QVERIFY(view);
        QSignalSpy finished(window->runController(), &proclab::RunController::finished);
        window->runNow();
        QVERIFY(finished.wait(120000) || !finished.isEmpty());
        auto *strip = window->findChild<proclab::ResultStrip *>();
        QVERIFY(strip);
        QTRY_VERIFY(strip->isVisible());
        QTRY_VERIFY2(nodesOutside(*view).isEmpty(), qPrintable(nodesOutside(*view).join(u'\n')));
        QVERIFY2(
            view->zoom() >= proclab::kReadableZoom,
            qPrintable(
                u"zoom %1 below the readable %2"_s.arg(view->zoom()).arg(proclab::kReadableZoom)));
    }

    void chartsBesideALesson_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lesson");
        for (const QString &lang : {u"en"_s, u"ko"_s}) {
            for (const QString &lesson : {u"bounded-buffer:2"_s, u"race:2"_s})
                QTest::newRow(qPrintable(lang + u' ' + lesson)) << lang << lesson;
        }
    }
    void chartsBesideALesson()
    {
        // While a lesson step is read, the charts in front show the scenario's two charts
        // that matter without scrolling, and the table in front every column.
        QFETCH(QString, language);
        QFETCH(QString, lesson);
        FirstStartWindow window(language, lesson);
        QVERIFY2(window.ok(), qPrintable(window.error()));
        auto *chartsDock = window->findChild<QDockWidget *>(u"chartsDock"_s);
        auto *tableDock = window->findChild<QDockWidget *>(u"processesDock"_s);
        auto *page = window->findChild<proclab::LiveChartsPage *>();
        auto *table = window->findChild<proclab::ProcessTreeView *>();
        QVERIFY(chartsDock && tableDock && page && table);
        QTRY_VERIFY(window->findChild<proclab::LessonStepPage *>()->isVisible());

        chartsDock->raise(); // as a step that points at a chart does
        auto *area = page->findChild<QScrollArea *>();
        QVERIFY(area);
        QTRY_VERIFY(area->isVisible() && area->viewport()->height() > 0);
        QApplication::processEvents();
        QStringList cut;
        const QList<proclab::ChartView *> views = page->viewsInOrder();
        for (int i = 0; i < 2; ++i)
            cut << outside(views[i], area->viewport(),
                           u"chart '%1'"_s.arg(views[i]->chart()->title()));
        cut.removeAll(QString());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));

        tableDock->raise();
        QTRY_VERIFY(table->isVisible());
        QApplication::processEvents();
        const QHeaderView *h = table->header();
        const int last = proclab::ProcessTreeModel::ColumnCount - 1;
        QTRY_VERIFY2(h->sectionViewportPosition(last) + h->sectionSize(last) <=
                         table->viewport()->width(),
                     "the table's last column (CPU time) ends outside the table");
    }

    void fileDialogInKorean()
    {
        LanguageManager languages;
        languages.setLanguage(u"ko"_s);
        KoreanCatalogue ko;
        QVERIFY(ko.install(u"ko"_s));
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"scenarios"_s));
        // The dialog as FileActions opens it (Qt's own, as on a desktop without a portal).
        QFileDialog dialog(nullptr, QString(), dir.path());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setViewMode(QFileDialog::Detail);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *model = dialog.findChild<QFileSystemModel *>();
        QVERIFY(model);
        const QModelIndex folder = model->index(dir.filePath(u"scenarios"_s), 2);
        QTRY_VERIFY(folder.isValid() && !folder.data().toString().isEmpty());
        // Every text the dialog shows: a Latin word there is English on a Korean screen.
        QStringList english;
        const QRegularExpression word(u"[A-Za-z]{2,}"_s);
        auto check = [&](const QString &what, const QString &text) {
            if (word.match(QString(text).remove(u'&')).hasMatch())
                english.append(u"%1 '%2'"_s.arg(what, text));
        };
        check(u"the folder's type"_s, folder.data().toString());
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            if (l->isVisible())
                check(u"label"_s, l->text());
        for (const QAbstractButton *b : dialog.findChildren<QAbstractButton *>())
            if (b->isVisible())
                check(u"button"_s, b->text());
        for (const QTreeView *tree : dialog.findChildren<QTreeView *>())
            for (int c = 0; tree->isVisible() && c < tree->model()->columnCount(); ++c)
                if (!tree->isColumnHidden(c))
                    check(u"header"_s, tree->model()->headerData(c, Qt::Horizontal).toString());
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    }

    void lessonDiagramsInSight_data()
    {
        // Every step that brings a diagram, as the learner first sees it (before running it):
        // the whole diagram in sight at a readable zoom, beside the lesson.
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lesson");
        const QDir dir(proclab::test::sourcePath(u"resources/lessons"_s));
        const QStringList files = dir.entryList({u"*.proclab-lesson.json"_s}, QDir::Files);
        QVERIFY(files.size() >= 19);
        for (const QString &lang : {u"en"_s, u"ko"_s}) {
            for (const QString &file : files) {
                const proclab::LessonLoadResult loaded =
                    proclab::loadLessonFile(dir.filePath(file));
                QVERIFY2(loaded.ok(), qPrintable(file));
                const proclab::Lesson &lesson = *loaded.lesson;
                QString previous;
                for (int i = 0; i < lesson.steps.size(); ++i) {
                    const QString &scenario = lesson.steps[i].scenario;
                    if (scenario.isEmpty() || scenario == previous)
                        continue;
                    previous = scenario;
                    const QString spec = u"%1:%2"_s.arg(lesson.id).arg(i + 1);
                    QTest::newRow(qPrintable(lang + u' ' + spec)) << lang << spec;
                }
            }
        }
    }
    void lessonDiagramsInSight()
    {
        QFETCH(QString, language);
        QFETCH(QString, lesson);
        FirstStartWindow window(language, lesson);
        QVERIFY2(window.ok(), qPrintable(window.error()));
        auto *view = window->findChild<proclab::DiagramView *>();
        QVERIFY(view);
        QTRY_VERIFY(!window->document()->scenario().processes.isEmpty());
        if (lesson == u"context-switching:3"_s) {
            // Sixteen workers under main do not fit this canvas at a readable zoom: readable
            // text wins, and the view starts at the root with the rest a scroll away.
            QTRY_COMPARE(view->zoom(), proclab::kReadableZoom);
            QTRY_VERIFY(!nodesOutside(*view).join(u'\n').contains(u"'main'"_s));
            return;
        }
        QTRY_VERIFY2(nodesOutside(*view).isEmpty(), qPrintable(nodesOutside(*view).join(u'\n')));
        QVERIFY(view->zoom() >= proclab::kReadableZoom);
    }

    void lessonStepInSight_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lesson");
        for (const QString &lang : {u"en"_s, u"ko"_s}) {
            for (const QString &lesson : {u"fork-tree:2"_s, u"fork-tree:5"_s, u"race:2"_s})
                QTest::newRow(qPrintable(lang + u' ' + lesson)) << lang << lesson;
        }
    }
    void lessonStepInSight()
    {
        QFETCH(QString, language);
        QFETCH(QString, lesson);
        FirstStartWindow window(language, lesson);
        QVERIFY2(window.ok(), qPrintable(window.error()));

        auto *page = window->findChild<proclab::LessonStepPage *>();
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
