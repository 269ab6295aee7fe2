// SPDX-License-Identifier: GPL-3.0-or-later
// What fits at 1280×800, in English and Korean (the real .qm): the panels at the sizes the
// main window gives them there (its first-start layout, measured under Xvfb), checked
// after real runs. The palette shows every entry whole; the process table keeps every
// number, every header and every state it showed during the run whole, and its last
// column (CPU time) in sight; the event log shows every detail whole (wrapped); a fork tree fits
// the diagram at a readable zoom; the live charts show the scenario's two charts side by side
// without scrolling, with no title, legend entry or axis label cut to "…"; labels and buttons are
// not wider than their boxes; the result strip's numbers are whole; the state legend takes
// one line of a wide canvas and two of the canvas at 1280x800, names whole, and stays folded
// once folded.
#include "core/document/scenariodocument.h"
#include "core/run/runcontroller.h"
#include "widgets/charts/chartview.h"
#include "widgets/charts/livechartspage.h"
#include "widgets/charts/timechart.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/legendwidget.h"
#include "widgets/diagram/palettewidget.h"
#include "widgets/runview/eventlogwidget.h"
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
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>

#include "testsupport.h"

using namespace proclab;
using namespace proclab::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 120000;
// The main window at 1280×800 on first start (palette, lessons and the bottom docks as
// MainWindow lays them out): what the table, the charts, the strip and the diagram get.
// The table's dock is as wide as the table's size hint, up to half the window.
constexpr int kWindowWidth = 1280;
constexpr int kTableHeight = 250;
constexpr QSize kChartsSize(670, 255);
constexpr int kStripWidth = 700;
constexpr QSize kDiagramSize(750, 342); // Korean: 360 px lessons, a three-row legend
// The palette's dock at its narrowest before the palette said how wide it must be.
constexpr int kPaletteWidth = 143;

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

// The width a cell of `view` needs to show `text` whole, with a colour swatch if `swatch`:
// what the item delegate asks the style for.
int cellWidth(const QAbstractItemView *view, const QString &text, bool swatch)
{
    QStyleOptionViewItem opt;
    opt.initFrom(view);
    opt.font = view->font();
    opt.fontMetrics = view->fontMetrics();
    opt.text = text;
    opt.features = QStyleOptionViewItem::HasDisplay;
    if (swatch) {
        opt.features |= QStyleOptionViewItem::HasDecoration;
        opt.decorationSize = QSize(view->style()->pixelMetric(QStyle::PM_SmallIconSize),
                                   view->style()->pixelMetric(QStyle::PM_SmallIconSize));
    }
    return view->style()->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), view).width();
}

// Headers of `table` whose text (one or two lines) is wider or taller than its section.
QStringList cutHeaders(const QTreeView &table)
{
    QStringList out;
    const QHeaderView *h = table.header();
    const int margin = h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
    for (int c = 0; c < h->count(); ++c) {
        const QString text = table.model()->headerData(c, Qt::Horizontal).toString();
        const QSize need = h->fontMetrics().size(0, text) + QSize(2 * margin, 0);
        if (need.width() > h->sectionSize(c) || need.height() > h->height())
            out.append(u"header '%1': %2x%3 px in %4x%5"_s.arg(text)
                           .arg(need.width())
                           .arg(need.height())
                           .arg(h->sectionSize(c))
                           .arg(h->height()));
    }
    return out;
}

// Empty when the diagram is wholly inside the view's viewport; otherwise where it is.
QString diagramOutside(const QGraphicsView &view, const QRectF &diagram)
{
    const QRect shown = view.mapFromScene(diagram).boundingRect();
    if (view.viewport()->rect().contains(shown))
        return {};
    return u"the diagram at %1,%2 %3x%4 is not inside the %5x%6 view"_s.arg(shown.x())
        .arg(shown.y())
        .arg(shown.width())
        .arg(shown.height())
        .arg(view.viewport()->width())
        .arg(view.viewport()->height());
}

} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT
    test::InterfaceLanguage m_language;

    void setLanguage(const QString &language) { m_language.set(language); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the legend's fold is a setting
        QVERIFY2(m_language.load(), qPrintable(u"cannot load PROCLAB_KO_QM="_s +
                                               qEnvironmentVariable("PROCLAB_KO_QM")));
    }
    void cleanup() { setLanguage(u"en"_s); }

    void paletteEntriesWhole_data() { addLanguageRows(); }
    void paletteEntriesWhole()
    {
        QFETCH(QString, language);
        setLanguage(language);
        PaletteWidget palette;
        // A dock gives its widget at least the widget's minimum width.
        palette.resize(QSize(kPaletteWidth, 400).expandedTo(palette.minimumSize()));
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QStringList cut;
        for (int i = 0; i < palette.count(); ++i) {
            const QModelIndex index = palette.model()->index(i, 0);
            const QRect at = palette.visualRect(index);
            const int need = palette.sizeHintForIndex(index).width();
            if (at.left() + need > palette.viewport()->width())
                cut.append(u"'%1' needs %2 px from x=%3, the palette shows %4"_s
                               .arg(index.data().toString())
                               .arg(need)
                               .arg(at.left())
                               .arg(palette.viewport()->width()));
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }

    void legendTakesFewLines_data() { addLanguageRows(); }
    void legendTakesFewLines()
    {
        QFETCH(QString, language);
        setLanguage(language);
        LegendWidget legend;
        legend.setFolded(false);
        legend.show();
        QVERIFY(QTest::qWaitForWindowExposed(&legend));
        const int line = legend.heightForWidth(4000); // everything on one line
        QVERIFY(line > 0);
        // The canvas of a 1920x1080 window, and the canvas at 1280x800.
        for (const auto &[width, lines] : {std::pair{1400, 1}, {kDiagramSize.width(), 2}}) {
            const int height = legend.heightForWidth(width);
            QVERIFY2(height < line * lines + line / 2 * lines,
                     qPrintable(u"%1 px wide: %2 px high, more than %3 line(s) of %4"_s.arg(width)
                                    .arg(height)
                                    .arg(lines)
                                    .arg(line)));
            legend.resize(width, height);
            QApplication::processEvents();
            const QStringList cut = overflowingTexts(&legend);
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        }
        // Folded, one line even on the narrow canvas; and folded it stays.
        legend.setFolded(true);
        QTRY_VERIFY(legend.heightForWidth(kDiagramSize.width()) <= line);
        QVERIFY(LegendWidget().isFolded());
        legend.setFolded(false);
        QVERIFY(!LegendWidget().isFolded());
    }

    void forkTreeFitsReadable_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("binary-tree") << u"binary-tree"_s; // four generations
        QTest::newRow("mailbox") << u"mailbox"_s;         // four levels with the mailbox
    }
    void forkTreeFitsReadable()
    {
        QFETCH(QString, example);
        ScenarioDocument document;
        DiagramScene scene(&document);
        DiagramView view(&scene);
        view.resize(kDiagramSize);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Scenario scenario;
        QString error;
        QVERIFY2(loadExample(example, &scenario, &error), qPrintable(error));
        document.reset(scenario);
        view.fitDiagram();
        QVERIFY2(
            view.zoom() >= kReadableZoom,
            qPrintable(u"zoom %1 below the readable %2"_s.arg(view.zoom()).arg(kReadableZoom)));
        // The tree and the place of the run's agent beside its root.
        const QString outside = diagramOutside(view, scene.diagramBounds());
        QVERIFY2(outside.isEmpty(), qPrintable(outside));
    }

    void fitSurvivesTheResultStrip_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("bounded-buffer") << u"bounded-buffer"_s; // the strip's own run
        QTest::newRow("binary-tree") << u"binary-tree"_s;       // as tall as the view
    }
    void fitSurvivesTheResultStrip()
    {
        // After a run the result strip takes the canvas's bottom (about 90 px): a fitted
        // diagram is fitted again, its top and bottom not cut; a zoom by hand is kept.
        QFETCH(QString, example);
        ScenarioDocument document;
        DiagramScene scene(&document);
        DiagramView view(&scene);
        view.resize(kDiagramSize.width(), kDiagramSize.height() + 90);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Scenario scenario;
        QString error;
        QVERIFY2(loadExample(example, &scenario, &error), qPrintable(error));
        document.reset(scenario);
        view.fitDiagram();
        view.resize(kDiagramSize);
        const QString outside = diagramOutside(view, scene.diagramBounds());
        QVERIFY2(outside.isEmpty(), qPrintable(outside));
        view.zoomIn();
        const qreal zoomed = view.zoom();
        view.resize(kDiagramSize.width(), kDiagramSize.height() + 90);
        QCOMPARE(view.zoom(), zoomed);
    }

    void tableShowsEverythingWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("example");
        for (const QString &language : {u"en"_s, u"ko"_s})
            for (const QString &example :
                 {u"counter-unsync"_s, u"bounded-buffer"_s, u"binary-tree"_s, u"message-sync"_s})
                QTest::newRow(qPrintable(language + u' ' + example)) << language << example;
    }
    void tableShowsEverythingWhole()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        setLanguage(language);
        Scenario scenario;
        QString error;
        QVERIFY2(loadExample(example, &scenario, &error), qPrintable(error));
        RunController run;
        RunRecorder rec(run);
        ProcessTreeModel model;
        model.attach(&run);
        ProcessTreeView table(&model);
        // As MainWindow sizes the table's dock (less the dock's frame).
        table.resize(std::min(kWindowWidth / 2, table.sizeHint().width()) - 4, kTableHeight);
        table.show();
        ResultStrip strip;
        strip.attach(&run);
        strip.resize(kStripWidth, strip.sizeHint().height());
        // Every state text the table showed during the run (the model updates first).
        QHash<QString, bool> states; // text -> with a colour swatch
        std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const QModelIndex i = model.index(row, ProcessTreeModel::StateColumn, parent);
                states.insert(i.data().toString(), i.data(Qt::DecorationRole).isValid());
                collect(model.index(row, 0, parent));
            }
        };
        connect(&run, &RunController::snapshotReady, this, [&] { collect({}); });
        QSignalSpy finished(&run, &RunController::finished);
        QVERIFY(run.start(scenario));
        const int agent = run.agentPid();
        QVERIFY(finished.wait(kTimeoutMs) || !finished.isEmpty());
        QCOMPARE(runLeftovers(agent, rec), QString());
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QVERIFY(states.size() > 1);

        // Every number and every state whole, the last column inside the table.
        auto fits = [&] {
            QStringList cut = cutHeaders(table);
            const QHeaderView *h = table.header();
            const int last = ProcessTreeModel::ColumnCount - 1;
            if (h->sectionViewportPosition(last) + h->sectionSize(last) > table.viewport()->width())
                cut.append(u"the CPU time column ends outside the table"_s);
            const int state = ProcessTreeModel::StateColumn;
            for (auto it = states.cbegin(); it != states.cend(); ++it)
                if (const int need = cellWidth(&table, it.key(), it.value());
                    need > h->sectionSize(state))
                    cut.append(u"state '%1': %2 px in %3"_s.arg(it.key()).arg(need).arg(
                        h->sectionSize(state)));
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int row = 0; row < model.rowCount(parent); ++row) {
                    for (int c = ProcessTreeModel::PidColumn; c <= last; ++c) {
                        if (c == state)
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

    void eventDetailsWhole_data() { addLanguageRows(); }
    void eventDetailsWhole()
    {
        QFETCH(QString, language);
        setLanguage(language);
        Scenario scenario;
        QString error;
        // The orphan's run logs the longest details: zombies, reaping, a new parent.
        QVERIFY2(loadExample(u"orphan"_s, &scenario, &error), qPrintable(error));
        RunController run;
        RunRecorder rec(run);
        EventLogWidget log;
        log.attach(&run);
        // The log shares the table's dock.
        ProcessTreeModel model;
        const int width = std::min(kWindowWidth / 2, ProcessTreeView(&model).sizeHint().width());
        log.resize(width - 4, kTableHeight);
        log.show();
        QVERIFY(QTest::qWaitForWindowExposed(&log));
        QSignalSpy finished(&run, &RunController::finished);
        QVERIFY(run.start(scenario));
        const int agent = run.agentPid();
        QVERIFY(finished.wait(kTimeoutMs) || !finished.isEmpty());
        QCOMPARE(runLeftovers(agent, rec), QString());
        QVERIFY(log.topLevelItemCount() > 3);
        const int margin = 2 * (log.style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        auto cut = [&] {
            QStringList out;
            for (int row = 0; row < log.topLevelItemCount(); ++row) {
                const QString text = log.topLevelItem(row)->text(3);
                const QRect cell = log.visualRect(log.model()->index(row, 3));
                const QRect need = log.fontMetrics().boundingRect(
                    QRect(0, 0, cell.width() - margin, 10000), Qt::TextWordWrap, text);
                if (need.width() > cell.width() - margin || need.height() > cell.height())
                    out.append(u"'%1': %2x%3 px in %4x%5"_s.arg(text)
                                   .arg(need.width())
                                   .arg(need.height())
                                   .arg(cell.width() - margin)
                                   .arg(cell.height()));
            }
            return out;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(cut().isEmpty(), qPrintable(cut().join(u'\n')), 10000);
    }

    void chartsShowTheTwoThatMatter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("example");
        for (const QString &language : {u"en"_s, u"ko"_s})
            for (const QString &example :
                 {u"bounded-buffer"_s, u"counter-unsync"_s, u"binary-tree"_s, u"mailbox"_s,
                  u"pipe"_s, u"orphan"_s, u"speedup"_s})
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
