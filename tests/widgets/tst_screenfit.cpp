// SPDX-License-Identifier: GPL-3.0-or-later
// What fits at 1280×800, in English and Korean: the run view's panels at the sizes the main
// window gives them there (its first-start layout, measured under Xvfb), checked after real
// runs. The process table keeps every number whole and its last column (CPU time) in
// sight; the live charts show the scenario's two charts side by side without scrolling,
// with no title, legend entry or axis label cut to "…"; labels and buttons are not wider
// than their boxes; the result strip's numbers are whole.
#include "core/document/scenariodocument.h"
#include "core/run/runcontroller.h"
#include "widgets/charts/chartview.h"
#include "widgets/charts/livechartspage.h"
#include "widgets/charts/timechart.h"
#include "widgets/runview/processtreemodel.h"
#include "widgets/runview/processtreeview.h"
#include "widgets/runview/resultstrip.h"

#include <QAbstractButton>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include "testsupport.h"

using namespace proclab;
using namespace proclab::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 120000;
// The main window at 1280×800 on first start (palette, lessons and the bottom docks as
// MainWindow lays them out): what the table, the charts and the strip get.
constexpr QSize kTableSize(415, 250);
constexpr QSize kChartsSize(505, 255);
constexpr int kStripWidth = 700;

// Texts of `widget`'s visible labels and buttons that are wider than their box.
QStringList overflowingTexts(const QWidget *widget)
{
    QStringList out;
    for (const QLabel *l : widget->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->wordWrap() || l->text().isEmpty() ||
            l->textFormat() == Qt::RichText)
            continue;
        const int need = l->fontMetrics().horizontalAdvance(l->text());
        if (need > l->contentsRect().width())
            out.append(u"label '%1': %2 px in %3"_s.arg(l->text()).arg(need).arg(
                l->contentsRect().width()));
    }
    for (const QAbstractButton *b : widget->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || b->text().isEmpty())
            continue;
        const int need = b->fontMetrics().horizontalAdvance(QString(b->text()).remove(u'&'));
        if (need > b->width() - 8)
            out.append(u"button '%1': %2 px in %3"_s.arg(b->text()).arg(need).arg(b->width()));
    }
    return out;
}

// Texts Qt Charts drew cut to "..." (titles, legend entries, axis labels) in `chart`.
QStringList cutChartTexts(QChart *chart)
{
    QStringList out;
    for (QGraphicsItem *item : chart->scene()->items()) {
        const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() &&
            (text->toPlainText().endsWith(u"..."_s) || text->toPlainText().contains(u'…')))
            out.append(text->toPlainText());
    }
    return out;
}

} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT
    QTranslator m_ko;

    void setLanguage(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_ko);
        QLocale::setDefault(QLocale(language == u"ko"_s ? QLocale::Korean : QLocale::English));
        if (language == u"ko"_s)
            QCoreApplication::installTranslator(&m_ko);
    }

private slots:
    void initTestCase()
    {
        const QString qm = qEnvironmentVariable("PROCLAB_KO_QM");
        QVERIFY2(m_ko.load(qm), qPrintable(u"cannot load PROCLAB_KO_QM="_s + qm));
    }
    void cleanup() { setLanguage(u"en"_s); }

    void tableKeepsNumbersWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ko") << u"ko"_s;
    }
    void tableKeepsNumbersWhole()
    {
        QFETCH(QString, language);
        setLanguage(language);
        Scenario scenario;
        QString error;
        QVERIFY2(loadExample(u"counter-unsync"_s, &scenario, &error), qPrintable(error));
        RunController run;
        RunRecorder rec(run);
        ProcessTreeModel model;
        model.attach(&run);
        ProcessTreeView table(&model);
        table.resize(kTableSize);
        table.show();
        ResultStrip strip;
        strip.attach(&run);
        strip.resize(kStripWidth, strip.sizeHint().height());
        QSignalSpy finished(&run, &RunController::finished);
        QVERIFY(run.start(scenario));
        const int agent = run.agentPid();
        QVERIFY(finished.wait(kTimeoutMs) || !finished.isEmpty());
        QCOMPARE(runLeftovers(agent, rec), QString());
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));

        // Every number whole, the last column inside the table.
        auto fits = [&] {
            QStringList cut;
            const QHeaderView *h = table.header();
            const int last = ProcessTreeModel::ColumnCount - 1;
            if (h->sectionViewportPosition(last) + h->sectionSize(last) > table.viewport()->width())
                cut.append(u"the CPU time column ends outside the table"_s);
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int row = 0; row < model.rowCount(parent); ++row) {
                    for (int c = ProcessTreeModel::PidColumn; c <= last; ++c) {
                        if (c == ProcessTreeModel::StateColumn)
                            continue;
                        const QModelIndex i = model.index(row, c, parent);
                        const QString text = i.data().toString();
                        if (table.fontMetrics().horizontalAdvance(text) + 6 >
                            table.visualRect(i).width())
                            cut.append(u"'%1' in column %2"_s.arg(text).arg(c));
                    }
                    walk(model.index(row, 0, parent));
                }
            };
            walk({});
            return cut;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(fits().isEmpty(), qPrintable(fits().join(u'\n')), 10000);
        // The result strip's numbers are whole too.
        const QStringList stripCut = overflowingTexts(&strip);
        QVERIFY2(stripCut.isEmpty(), qPrintable(stripCut.join(u'\n')));
    }

    void chartsShowTheTwoThatMatter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("example");
        for (const QString &language : {u"en"_s, u"ko"_s})
            for (const QString &example : {u"bounded-buffer"_s, u"counter-unsync"_s,
                                           u"binary-tree"_s, u"mailbox"_s, u"pipe"_s})
                QTest::newRow(qPrintable(language + u' ' + example)) << language << example;
    }
    void chartsShowTheTwoThatMatter()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        setLanguage(language);
        Scenario scenario;
        QString error;
        QVERIFY2(loadExample(example, &scenario, &error), qPrintable(error));
        LiveChartsPage page;
        page.resize(kChartsSize);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.startRun(scenario);
        QCoreApplication::processEvents();
        const QList<ChartView *> views = page.viewsInOrder();
        const auto *area = page.findChild<QScrollArea *>();
        QVERIFY(area);
        const QRect shown = area->viewport()->rect();
        for (int i = 0; i < 2; ++i) {
            ChartView *v = views[i];
            const QRect at(v->mapTo(area->viewport(), QPoint(0, 0)), v->size());
            QVERIFY2(shown.contains(at), qPrintable(u"%1: chart %2 at %3,%4 %5x%6 not inside "
                                                    u"%7x%8"_s.arg(example, v->chart()->title())
                                                        .arg(at.x())
                                                        .arg(at.y())
                                                        .arg(at.width())
                                                        .arg(at.height())
                                                        .arg(shown.width())
                                                        .arg(shown.height())));
            QTRY_VERIFY2_WITH_TIMEOUT(cutChartTexts(v->chart()).isEmpty(),
                                      qPrintable(cutChartTexts(v->chart()).join(u" | ")), 5000);
        }
        const QStringList over = overflowingTexts(&page);
        QVERIFY2(over.isEmpty(), qPrintable(over.join(u'\n')));
    }
};

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
