// SPDX-License-Identifier: GPL-3.0-or-later
// What a Korean student sees: the window's panels in Korean, every shipped example opened
// and run briefly, and every visible text (labels, buttons, headers, table and log rows,
// chart titles, axis titles, legends, diagram tooltips) free of the English words the
// glossary marks as "English only on a Korean screen". And one truth on screen: opening
// another example after a run leaves nothing of the first run in the table, log or charts.
#include "core/document/scenariodocument.h"
#include "core/run/runcontroller.h"
#include "widgets/charts/chartspanel.h"
#include "widgets/charts/livechartspage.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/legendwidget.h"
#include "widgets/diagram/palettewidget.h"
#include "widgets/diagram/propertypanel.h"
#include "widgets/runview/eventlogwidget.h"
#include "widgets/runview/processtreemodel.h"
#include "widgets/runview/processtreeview.h"
#include "widgets/runview/runpresenter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QGraphicsItem>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTranslator>
#include <QValueAxis>

#include "testsupport.h"

using namespace proclab;
using namespace Qt::StringLiterals;
using proclab::test::sourcePath;

namespace {

constexpr int kTimeoutMs = 120000;

// Everything the panels of the main window are made of, as the window puts them together.
struct Window
{
    ScenarioDocument document;
    RunController run;
    DiagramScene scene{&document};
    QWidget top;
    DiagramView *view = new DiagramView(&scene, &top);
    PaletteWidget *palette = new PaletteWidget(&top);
    LegendWidget *legend = new LegendWidget(&top);
    PropertyPanel *properties = new PropertyPanel(&document, &scene, &top);
    ProcessTreeModel model;
    ProcessTreeView *table = new ProcessTreeView(&model, &top);
    EventLogWidget *log = new EventLogWidget(&top);
    ChartsPanel *charts = new ChartsPanel(&run, &top);
    RunPresenter presenter{&run, &document, &scene};

    Window()
    {
        auto *layout = new QHBoxLayout(&top);
        for (QWidget *w : std::initializer_list<QWidget *>{palette, view, legend, properties, table,
                                                           log, charts})
            layout->addWidget(w);
        model.attach(&run);
        log->attach(&run);
        model.followDocument(&document);
        log->followDocument(&document);
        charts->setDocument(&document);
        top.resize(1920, 1080);
        top.show();
    }
};

// The glossary's "English only on a Korean screen" words, as whole-word patterns.
QList<QRegularExpression> englishOnlyWords()
{
    QFile f(sourcePath(u"translations/glossary.md"_s));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QRegularExpression> words;
    bool inSection = false, header = true;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (line.startsWith(u"## "_s)) {
            inSection = line.mid(3).trimmed() == u"English only on a Korean screen"_s;
            header = true;
            continue;
        }
        if (!inSection || !line.startsWith(u'|') || line.startsWith(u"|---"_s))
            continue;
        if (std::exchange(header, false))
            continue;
        const QString word = line.split(u'|').value(1).trimmed();
        words.append(QRegularExpression(u"(?<![\\w.-])"_s + QRegularExpression::escape(word) +
                                            u"(?![\\w-])"_s,
                                        QRegularExpression::CaseInsensitiveOption));
    }
    return words;
}

void collectModel(const QAbstractItemModel *model, const QModelIndex &parent, QStringList *out)
{
    for (int r = 0; r < model->rowCount(parent); ++r)
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex i = model->index(r, c, parent);
            out->append(i.data(Qt::DisplayRole).toString());
            out->append(i.data(Qt::ToolTipRole).toString());
            if (c == 0)
                collectModel(model, i, out);
        }
}

// Every text a student can read in `top` and its children that are shown.
QStringList visibleTexts(QWidget *top)
{
    QStringList out;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(top))
            continue;
        out.append(w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            out.append(l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out.append(b->text());
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->text() << e->placeholderText();
        else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            out.append(t->toPlainText());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            out.append(g->title());
        else if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                out.append(c->itemText(i));
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                out.append(tabs->tabText(i));
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            for (int c = 0; c < v->model()->columnCount(); ++c)
                out.append(v->model()->headerData(c, Qt::Horizontal).toString());
            collectModel(v->model(), v->rootIndex(), &out);
        }
        if (auto *cv = qobject_cast<QChartView *>(w)) {
            QChart *chart = cv->chart();
            out.append(chart->title());
            for (QAbstractAxis *axis : chart->axes())
                out.append(axis->titleText());
            for (QLegendMarker *m : chart->legend()->markers())
                out.append(m->label());
        }
        if (auto *gv = qobject_cast<QGraphicsView *>(w); gv && gv->scene())
            for (QGraphicsItem *item : gv->scene()->items())
                out.append(item->toolTip());
    }
    out.removeAll(QString());
    return out;
}

// Ids ("producer", "counter") are the file's own names, shown on purpose beside the labels.
QStringList englishOnlyIn(const QStringList &texts, const QList<QRegularExpression> &words,
                          const Scenario &scenario = {})
{
    QStringList ids;
    for (const ProcessSpec &p : scenario.processes)
        ids.append(QRegularExpression::escape(p.id));
    for (const ChannelSpec &c : scenario.channels)
        ids.append(QRegularExpression::escape(c.id));
    const QRegularExpression idPattern(u"(?<![\\w.-])("_s + ids.join(u'|') + u")(?![\\w-])"_s);
    QStringList found;
    for (QString t : texts) {
        if (!ids.isEmpty())
            t.remove(idPattern);
        for (const QRegularExpression &w : words)
            if (const auto m = w.match(t); m.hasMatch())
                found.append(u"\""_s + m.captured() + u"\" in: "_s + t);
    }
    found.removeDuplicates();
    return found;
}

QStringList exampleStems()
{
    QStringList stems;
    for (const QString &f : QDir(sourcePath(u"resources/scenarios"_s))
                                .entryList({u"*.proclab.json"_s}, QDir::Files, QDir::Name))
        stems.append(f.chopped(int(qstrlen(".proclab.json"))));
    return stems;
}

bool runBriefly(Window &w)
{
    QSignalSpy snapshots(&w.run, &RunController::snapshotReady);
    if (!w.run.start(w.document.scenario()))
        return false;
    // A snapshot or two: the table, the log and the charts have something to show.
    if (!QTest::qWaitFor([&] { return snapshots.size() >= 2 || !w.run.isActive(); }, kTimeoutMs))
        return false;
    w.run.stop();
    return QTest::qWaitFor([&] { return !w.run.isActive(); }, kTimeoutMs);
}

} // namespace

class TestKoreanScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString qm = qEnvironmentVariable("PROCLAB_KO_QM");
        QVERIFY2(m_ko.load(qm), qPrintable(u"cannot load PROCLAB_KO_QM="_s + qm));
        m_words = englishOnlyWords();
        QVERIFY(m_words.size() > 10);
    }

    void everyExampleReadsInKorean_data()
    {
        QTest::addColumn<QString>("stem");
        for (const QString &stem : exampleStems())
            QTest::newRow(qPrintable(stem)) << stem;
    }
    void everyExampleReadsInKorean()
    {
        QFETCH(QString, stem);
        QLocale::setDefault(QLocale(QLocale::Korean));
        QCoreApplication::installTranslator(&m_ko);
        Window w;
        const QString path = sourcePath(u"resources/scenarios/"_s + stem + u".proclab.json"_s);
        QVERIFY(w.document.open(path).isEmpty());
        QVERIFY(runBriefly(w));
        const QStringList wrong =
            englishOnlyIn(visibleTexts(&w.top), m_words, w.document.scenario());
        QCoreApplication::removeTranslator(&m_ko);
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    // The same walk finds English on an English screen: the check can fail.
    void theWalkSeesEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        Window w;
        QVERIFY(w.document.open(sourcePath(u"resources/scenarios/fan.proclab.json"_s)).isEmpty());
        QVERIFY(!englishOnlyIn(visibleTexts(&w.top), m_words).isEmpty());
    }

    void anotherExampleStartsClean()
    {
        Window w;
        const QString a = sourcePath(u"resources/scenarios/bounded-buffer.proclab.json"_s);
        const QString b = sourcePath(u"resources/scenarios/fork-chain.proclab.json"_s);
        QVERIFY(w.document.open(a).isEmpty());
        QVERIFY(runBriefly(w));
        QVERIFY(w.model.rowCount() > 0);
        QVERIFY(w.log->entryCount() > 0);
        QVERIFY(w.charts->livePage()->history()->appendedCount() > 0);

        QVERIFY(w.document.open(b).isEmpty());
        QCOMPARE(w.model.rowCount(), 0);
        QCOMPARE(w.log->entryCount(), 0);
        QCOMPARE(w.charts->livePage()->history()->appendedCount(), 0);
        QCOMPARE(w.charts->livePage()->scenario(), w.document.scenario());
        // The chart picker lists B's processes and no channel of A.
        auto *picker = w.charts->livePage()->findChild<QListWidget *>();
        QVERIFY(picker);
        QStringList listed;
        for (int i = 0; i < picker->count(); ++i)
            listed.append(picker->item(i)->text());
        QStringList labels;
        for (const ProcessSpec &p : w.document.scenario().processes)
            labels.append(p.label.text());
        QCOMPARE(listed, labels);
    }

private:
    QTranslator m_ko;
    QList<QRegularExpression> m_words;
};

QTEST_MAIN(TestKoreanScreen)
#include "tst_koreanscreen.moc"
