// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram editor, driven the way a user drives it: palette drops, handle drags,
// property edits, undo/redo. Everything is checked in the scenario (the truth) and in
// the scene's items.

#include "core/document/scenariodocument.h"
#include "core/scenario/autolayout.h"
#include "core/scenario/scenarioedits.h"
#include "widgets/diagram/channelform.h"
#include "widgets/diagram/channelitem.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/edgeitem.h"
#include "widgets/diagram/nodekindicon.h"
#include "widgets/diagram/palettewidget.h"
#include "widgets/diagram/processform.h"
#include "widgets/diagram/processitem.h"
#include "widgets/diagram/propertypanel.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPaintEngine>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleOptionGraphicsItem>
#include <QTest>
#include <QUndoStack>

#include "testsupport.h"

using namespace proclab;
using namespace Qt::StringLiterals;

// A paint device that keeps the text painted on it, run by run: what an item shows.
class TextRecorder : public QPaintDevice
{
    class Engine : public QPaintEngine
    {
    public:
        QStringList texts;
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override
        {
            texts.append(item.text());
        }
        Type type() const override { return User; }
    };
    mutable Engine m_engine;

public:
    QStringList texts() const { return m_engine.texts; }
    QPaintEngine *paintEngine() const override { return &m_engine; }
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
        case PdmHeight:
            return 400;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        case PdmDepth:
            return 32;
        default:
            return 1;
        }
    }
};

class TestDiagramEditor : public QObject
{
    Q_OBJECT

private:
    struct Editor
    {
        ScenarioDocument document;
        DiagramScene scene{&document};
        DiagramView view{&scene};
        Editor()
        {
            view.resize(900, 700);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
        }
    };

    static int edgeCount(const DiagramScene &scene, EdgeItem::Kind kind)
    {
        int n = 0;
        for (EdgeItem *e : scene.edges())
            n += e->kind() == kind ? 1 : 0;
        return n;
    }

    // "main" and its children w0, w1, ..., laid out as a new diagram is.
    static Scenario fanOf(int children)
    {
        Scenario s;
        ProcessSpec parent;
        parent.id = u"main"_s;
        s.processes.append(parent);
        for (int i = 0; i < children; ++i) {
            ProcessSpec child;
            child.id = u"w%1"_s.arg(i);
            child.parent = parent.id;
            s.processes.append(child);
        }
        AutoLayout::layout(s, AutoLayout::Mode::All);
        return s;
    }

    static void drop(DiagramView &view, const QMimeData *mime, QPoint at, bool *accepted)
    {
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &dropEvent);
        *accepted = enter.isAccepted() && dropEvent.isAccepted();
    }

    // Press on `from` (viewport coordinates), move in steps, release on `to`.
    static void dragMouse(DiagramView &view, QPoint from, QPoint to)
    {
        QWidget *vp = view.viewport();
        QMouseEvent press(QEvent::MouseButtonPress, from, vp->mapToGlobal(from), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &press);
        for (int i = 1; i <= 5; ++i) {
            const QPoint p = from + (to - from) * i / 5;
            QMouseEvent move(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(vp, &move);
        }
        QMouseEvent release(QEvent::MouseButtonRelease, to, vp->mapToGlobal(to), Qt::LeftButton,
                            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &release);
    }

    static QPoint handleOf(DiagramView &view, NodeItem *node)
    {
        // The handle is the item's only child.
        return view.mapFromScene(node->childItems().constFirst()->scenePos());
    }

private slots:
    void execedProgramNamedWhole()
    {
        // After exec() the node says which program the pid runs now: the point of the
        // fork-exec lesson. Beside the pid badge "now runs sleeper" was cut to "now runs
        // sle…" while the line above it had room.
        Scenario s;
        QString error;
        QVERIFY2(proclab::test::loadExample(u"fork-exec"_s, &s, &error), qPrintable(error));
        ProcessItem item(*s.process(u"child"_s));
        ProcessSample sample;
        sample.node = u"child"_s;
        sample.pid = 4194303; // the widest pid Linux gives
        sample.life = ProcessSample::Life::Reaped;
        sample.exitCode = 0;
        sample.program = u"sleeper"_s;
        item.setLive(sample);
        TextRecorder device;
        QPainter painter(&device);
        QStyleOptionGraphicsItem option;
        item.paint(&painter, &option, nullptr);
        painter.end();
        const QString all = device.texts().join(u" | "_s);
        QVERIFY2(all.contains(u"now runs sleeper"_s), qPrintable(all));
        QVERIFY2(all.contains(u"pid 4194303"_s), qPrintable(all));
    }
    void liveCountsGroupTheirDigits()
    {
        // The race lesson's boxes and the result strip under them write a count the same
        // way: "127,241 of 400,000", not "127241 of 400000".
        const auto restore = qScopeGuard([before = QLocale()] { QLocale::setDefault(before); });
        QLocale::setDefault(QLocale(QLocale::English));
        Scenario s;
        QString error;
        QVERIFY2(proclab::test::loadExample(u"counter-unsync"_s, &s, &error), qPrintable(error));
        auto paintedTexts = [](QGraphicsItem &item) {
            TextRecorder device;
            QPainter painter(&device);
            QStyleOptionGraphicsItem option;
            item.paint(&painter, &option, nullptr);
            painter.end();
            return device.texts().join(u" | "_s);
        };
        ChannelItem counter(s.channels.constFirst());
        ChannelSample c;
        c.id = counter.spec().id;
        c.kind = ChannelKind::ShmCounter;
        c.actual = 127241;
        c.expected = 400000;
        counter.setLive(c);
        QString all = paintedTexts(counter);
        QVERIFY2(all.contains(u"127,241 of 400,000"_s), qPrintable(all));

        ProcessItem incrementer(s.processes.at(1));
        ProcessSample p;
        p.node = incrementer.spec().id;
        p.pid = 4242;
        p.life = ProcessSample::Life::Reaped;
        p.exitCode = 0;
        p.items = 100000;
        incrementer.setLive(p);
        all = paintedTexts(incrementer);
        QVERIFY2(all.contains(u"100,000 items"_s), qPrintable(all));
    }
    void dropFromPaletteCreatesItem()
    {
        Editor e;
        PaletteWidget palette;
        for (const NodeKind kind : {NodeKind::Process, NodeKind::ShmBuffer, NodeKind::SocketPair}) {
            std::unique_ptr<QMimeData> mime(palette.mimeData({palette.entry(kind)}));
            QVERIFY(mime);
            QCOMPARE(mime->formats(), QStringList{QLatin1String(kNodeKindMimeType)});
            const QPoint at(150 + 200 * int(kind), 200);
            bool accepted = false;
            drop(e.view, mime.get(), at, &accepted);
            QVERIFY(accepted);
        }
        const Scenario &s = e.scene.scenario();
        QCOMPARE(s.processes.size(), 1);
        QCOMPARE(s.channels.size(), 2);
        QCOMPARE(s.channels.at(0).kind, ChannelKind::ShmBuffer);
        QCOMPARE(s.channels.at(1).kind, ChannelKind::SocketPair);
        // Created where it was dropped, in the scene and in the scenario.
        const QPointF expected = e.view.mapToScene(QPoint(150, 200));
        QVERIFY(s.processes.at(0).position);
        QVERIFY(QLineF(*s.processes.at(0).position, expected).length() < 1.5);
        ProcessItem *item = e.scene.processItem(s.processes.at(0).id);
        QVERIFY(item);
        QVERIFY(e.scene.items().contains(item));
        QVERIFY(QLineF(item->pos(), expected).length() < 1.5);
        QVERIFY(e.scene.channelItem(s.channels.at(1).id));
    }

    void foreignDropIsRefused()
    {
        Editor e;
        QMimeData text;
        text.setText(QStringLiteral("process"));
        bool accepted = true;
        drop(e.view, &text, QPoint(200, 200), &accepted);
        QVERIFY(!accepted);
        QMimeData bogus;
        bogus.setData(QLatin1String(kNodeKindMimeType), "no-such-kind");
        drop(e.view, &bogus, QPoint(200, 200), &accepted);
        QVERIFY(!accepted);
        QVERIFY(e.scene.scenario().processes.isEmpty());
        QVERIFY(e.scene.scenario().channels.isEmpty());
    }

    void doubleClickOnPaletteAdds()
    {
        Editor e;
        PaletteWidget palette;
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        connect(&palette, &PaletteWidget::addRequested, &e.scene,
                [&e](NodeKind kind) { e.scene.addNodeAtFreeSpot(kind); });
        palette.doItemsLayout();
        const QRect rect = palette.visualItemRect(palette.entry(NodeKind::Mailbox));
        QVERIFY(rect.isValid());
        // The event sequence a window system delivers for a double-click.
        const QPoint c = rect.center();
        const QPoint g = palette.viewport()->mapToGlobal(c);
        for (QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease,
                                  QEvent::MouseButtonDblClick, QEvent::MouseButtonRelease}) {
            const bool down = type != QEvent::MouseButtonRelease;
            QMouseEvent ev(type, c, g, Qt::LeftButton, down ? Qt::LeftButton : Qt::NoButton,
                           Qt::NoModifier);
            QApplication::sendEvent(palette.viewport(), &ev);
        }
        QCOMPARE(e.scene.scenario().channels.size(), 1);
        QCOMPARE(e.scene.scenario().channels.at(0).kind, ChannelKind::Mailbox);
    }

    void handleDragCreatesForkEdge()
    {
        Editor e;
        const QString parent = e.scene.addNode(NodeKind::Process, QPointF(0, 0));
        const QString child = e.scene.addNode(NodeKind::Process, QPointF(0, 250));
        const QPoint from = handleOf(e.view, e.scene.nodeItem(parent));
        const QPoint to = e.view.mapFromScene(QPointF(0, 250));
        dragMouse(e.view, from, to);
        QCOMPARE(e.scene.scenario().process(child)->parent, parent);
        QCOMPARE(edgeCount(e.scene, EdgeItem::Kind::Fork), 1);
        const EdgeItem *edge = e.scene.edges().constFirst();
        QCOMPARE(edge->source(), e.scene.nodeItem(parent));
        QCOMPARE(edge->target(), e.scene.nodeItem(child));
        // The child did not move: the drag connected, it did not drag items.
        QCOMPARE(e.scene.nodeItem(child)->pos(), QPointF(0, 250));
    }

    void edgeFollowsMovedNode()
    {
        // The edge keeps its outline from its last adjust(): moving a node must renew it,
        // or the scene would paint and hit-test the arrow where it was.
        Editor e;
        const QString parent = e.scene.addNode(NodeKind::Process, QPointF(0, 0));
        const QString child = e.scene.addNode(NodeKind::Process, QPointF(0, 250));
        dragMouse(e.view, handleOf(e.view, e.scene.nodeItem(parent)),
                  e.view.mapFromScene(QPointF(0, 250)));
        QCOMPARE(edgeCount(e.scene, EdgeItem::Kind::Fork), 1);
        const EdgeItem *edge = e.scene.edges().constFirst();
        const QPointF before = edge->path().pointAtPercent(0.5);
        QVERIFY(edge->shape().contains(before));
        e.scene.nodeItem(child)->setPos(QPointF(600, 250));
        const QPointF after = edge->path().pointAtPercent(0.5);
        QVERIFY(QLineF(before, after).length() > 100);
        QVERIFY(edge->shape().contains(after));
        QVERIFY(!edge->shape().contains(before));
        QVERIFY(edge->boundingRect().contains(edge->path().boundingRect()));
    }

    void wideFanIsDrawnAsABus_data()
    {
        QTest::addColumn<int>("children");
        QTest::newRow("9: the smallest fan that wraps") << 9;
        QTest::newRow("64: eight full rows") << 64;
        QTest::newRow("100: wider rows") << 100;
    }

    void wideFanIsDrawnAsABus()
    {
        // A fan of dozens of children wraps into rows under the parent. Straight arrows from
        // the parent to each child crossed the rows in between: a smear over the boxes.
        // Drawn as a bus (down, along a rail above the child's row, down), no edge passes
        // through a process it does not connect, and every edge ends on its child.
        QFETCH(int, children);
        const Scenario s = fanOf(children);
        Editor e;
        e.document.reset(s);
        QCOMPARE(edgeCount(e.scene, EdgeItem::Kind::Fork), children);
        for (const EdgeItem *edge : e.scene.edges()) {
            QVERIFY(edge->isBus());
            QPolygonF route;
            for (int k = 0; k < edge->path().elementCount(); ++k)
                route.append(edge->path().elementAt(k));
            const QRectF child = edge->target()->sceneFrame();
            QVERIFY2(QLineF(route.constLast(), QPointF(child.center().x(), child.top())).length() <
                         3,
                     qPrintable(edge->process()));
            for (qsizetype k = 1; k < route.size(); ++k) {
                const QLineF segment(route.at(k - 1), route.at(k));
                QVERIFY(segment.dx() == 0 || segment.dy() == 0); // a bus turns at right angles
                for (qreal t = 0; t <= 1; t += 2 / std::max(segment.length(), 2.0))
                    for (const ProcessSpec &p : s.processes) {
                        const NodeItem *node = e.scene.nodeItem(p.id);
                        if (node == edge->source() || node == edge->target())
                            continue;
                        QVERIFY2(
                            !node->sceneFrame().adjusted(1, 1, -1, -1).contains(segment.pointAt(t)),
                            qPrintable(u"%1 crosses %2"_s.arg(edge->process(), p.id)));
                    }
            }
        }
    }

    void smallFanKeepsStraightArrows()
    {
        const Scenario s = fanOf(EdgeItem::kBusFrom);
        Editor e;
        e.document.reset(s);
        QCOMPARE(edgeCount(e.scene, EdgeItem::Kind::Fork), EdgeItem::kBusFrom);
        for (const EdgeItem *edge : e.scene.edges()) {
            QVERIFY(!edge->isBus());
            QCOMPARE(edge->path().elementCount(), 2); // one straight line
        }
    }

    void dataEdgesSetBehaviours()
    {
        Editor e;
        const QString producer = e.scene.addNode(NodeKind::Process, QPointF(0, 0));
        const QString buffer = e.scene.addNode(NodeKind::ShmBuffer, QPointF(0, 200));
        const QString consumer = e.scene.addNode(NodeKind::Process, QPointF(0, 400));
        dragMouse(e.view, handleOf(e.view, e.scene.nodeItem(producer)),
                  e.view.mapFromScene(QPointF(0, 200)));
        dragMouse(e.view, handleOf(e.view, e.scene.nodeItem(buffer)),
                  e.view.mapFromScene(QPointF(0, 400)));
        const Scenario &s = e.scene.scenario();
        QCOMPARE(s.process(producer)->behaviour.kind, BehaviourKind::Produce);
        QCOMPARE(s.process(producer)->behaviour.channel, buffer);
        QCOMPARE(s.process(consumer)->behaviour.kind, BehaviourKind::Consume);
        QCOMPARE(s.process(consumer)->behaviour.channel, buffer);
        QCOMPARE(edgeCount(e.scene, EdgeItem::Kind::Data), 2);
    }

    void nonsenseConnectionsAreRefused()
    {
        Editor e;
        QSignalSpy refused(&e.scene, &DiagramScene::refused);
        const QString a = e.scene.addNode(NodeKind::Process, QPointF(0, 0));
        const QString b = e.scene.addNode(NodeKind::Process, QPointF(0, 250));
        const QString c = e.scene.addNode(NodeKind::Process, QPointF(300, 250));
        const QString d = e.scene.addNode(NodeKind::Process, QPointF(600, 250));
        const QString buf = e.scene.addNode(NodeKind::ShmBuffer, QPointF(300, 0));
        const QString pipe = e.scene.addNode(NodeKind::Pipe, QPointF(600, 0));
        const QString loner = e.scene.addNode(NodeKind::Process, QPointF(900, 250));
        QVERIFY(e.scene.connectNodes(a, b));
        QVERIFY(e.scene.connectNodes(a, c));
        QVERIFY(e.scene.connectNodes(c, d));
        QVERIFY(e.scene.connectNodes(b, pipe));
        const Scenario before = e.scene.scenario();
        const int undoSteps = e.document.undoStack()->count();
        const int edges = int(e.scene.edges().size());

        const QList<QPair<QString, QString>> nonsense = {
            {d, a},        // a cycle of forks
            {b, c},        // a second parent
            {buf, pipe},   // a channel to a channel
            {pipe, loner}, // b and the unforked loner have no common ancestor
            {a, a},        // itself
        };
        for (const auto &[from, to] : nonsense) {
            QVERIFY2(!e.scene.connectNodes(from, to), qPrintable(from + u" -> "_qs + to));
            QCOMPARE(refused.size(), 1);
            QVERIFY(!refused.takeFirst().at(0).toString().isEmpty());
        }
        // Also by mouse: the handle drag reports the same refusal.
        dragMouse(e.view, handleOf(e.view, e.scene.nodeItem(d)),
                  e.view.mapFromScene(QPointF(0, 0)));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(e.scene.scenario(), before);
        QCOMPARE(e.document.undoStack()->count(), undoSteps);
        QCOMPARE(int(e.scene.edges().size()), edges);
        // The pipe's other end may be any relative: here b's sibling's child, as in ls | wc.
        QVERIFY(e.scene.connectNodes(pipe, d));
    }

    void undoRedoRoundTripIsExact()
    {
        Editor e;
        PropertyPanel panel(&e.document, &e.scene);
        QList<Scenario> states{e.scene.scenario()};
        auto step = [&] { states.append(e.scene.scenario()); };

        const QString root = e.scene.addNode(NodeKind::Process, QPointF(0, 0));
        step();
        const QString kid = e.scene.addNode(NodeKind::Process, QPointF(0, 250));
        step();
        const QString buf = e.scene.addNode(NodeKind::ShmBuffer, QPointF(250, 120));
        step();
        QVERIFY(e.scene.connectNodes(root, kid));
        step();
        QVERIFY(e.scene.connectNodes(root, buf));
        step();
        QVERIFY(e.scene.connectNodes(buf, kid));
        step();
        // A mouse move of the buffer item.
        const QPoint at = e.view.mapFromScene(QPointF(250, 120));
        dragMouse(e.view, at, at + QPoint(60, 20));
        QVERIFY(*e.scene.scenario().channel(buf)->position != QPointF(250, 120));
        step();
        // A property edit through the panel.
        e.scene.selectIds({buf});
        auto *capacity = qobject_cast<QSpinBox *>(panel.channelForm()->editor(u"capacity"_qs));
        QVERIFY(capacity);
        capacity->setValue(32);
        QCOMPARE(e.scene.scenario().channel(buf)->capacity, 32);
        step();
        e.scene.selectIds({kid});
        auto *label = qobject_cast<QLineEdit *>(panel.processForm()->editor(u"label"_qs));
        label->selectAll();
        QTest::keyClicks(label, u"consumer"_qs);
        QCOMPARE(e.scene.scenario().process(kid)->label, u"consumer"_qs);
        step(); // typing merges into one step
        e.scene.selectIds({root});
        e.scene.copySelection();
        e.scene.paste();
        QCOMPARE(e.scene.scenario().processes.size(), 3);
        step();
        e.scene.selectIds({buf});
        e.scene.deleteSelection();
        QVERIFY(!e.scene.scenario().channel(buf));
        step();

        QUndoStack *undo = e.document.undoStack();
        QCOMPARE(undo->count(), states.size() - 1);
        for (int i = int(states.size()) - 2; i >= 0; --i) {
            undo->undo();
            QCOMPARE(e.scene.scenario(), states.at(i));
        }
        QVERIFY(e.scene.items().isEmpty());
        for (int i = 1; i < states.size(); ++i) {
            undo->redo();
            QCOMPARE(e.scene.scenario(), states.at(i));
        }
        // The items mirror the final scenario.
        QCOMPARE(e.scene.processItem(kid)->spec(), *e.scene.scenario().process(kid));
    }

    void invalidValuesAreMarked()
    {
        Editor e;
        PropertyPanel panel(&e.document, &e.scene);
        const QString buf = e.scene.addNode(NodeKind::ShmBuffer, QPointF(0, 0));
        e.scene.selectIds({buf});
        QVERIFY(!panel.channelForm()->isMarked(u"capacity"_qs));
        auto *capacity = qobject_cast<QSpinBox *>(panel.channelForm()->editor(u"capacity"_qs));
        capacity->setValue(0);
        QVERIFY(panel.channelForm()->isMarked(u"capacity"_qs));
        QVERIFY(!capacity->toolTip().isEmpty());
        QVERIFY(!e.scene.nodeItem(buf)->problems().isEmpty());
        QVERIFY(e.scene.nodeItem(buf)->toolTip().contains(capacity->toolTip()));
        capacity->setValue(16);
        QVERIFY(!panel.channelForm()->isMarked(u"capacity"_qs));
        QVERIFY(e.scene.validation().problemsOf(buf, u"capacity"_qs).isEmpty());
    }

    void lockedSceneRefusesEdits()
    {
        Editor e;
        const QString p = e.scene.addNode(NodeKind::Process, QPointF(0, 0));
        const Scenario before = e.scene.scenario();
        e.document.setLocked(true);
        QVERIFY(e.scene.addNode(NodeKind::Process, QPointF(300, 0)).isEmpty());
        e.scene.selectIds({p});
        e.scene.deleteSelection();
        PaletteWidget palette;
        std::unique_ptr<QMimeData> mime(palette.mimeData({palette.entry(NodeKind::Pipe)}));
        bool accepted = true;
        drop(e.view, mime.get(), QPoint(100, 100), &accepted);
        QVERIFY(!accepted);
        QCOMPARE(e.scene.scenario(), before);
        QVERIFY(!(e.scene.nodeItem(p)->flags() & QGraphicsItem::ItemIsMovable));
    }
};

QTEST_MAIN(TestDiagramEditor)
#include "tst_diagrameditor.moc"
