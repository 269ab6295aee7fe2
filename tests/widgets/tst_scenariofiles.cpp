// SPDX-License-Identifier: GPL-3.0-or-later
// Files through the editor's document: save -> open gives the same scenario, a broken
// file is reported (file, path, message) and leaves the open diagram alone, files
// without positions are laid out top-down.

#include "core/document/scenariodocument.h"
#include "core/scenario/autolayout.h"
#include "core/scenario/scenarioio.h"
#include "widgets/common/scenarioerrordialog.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/processitem.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace proclab;

class TestScenarioFiles : public QObject
{
    Q_OBJECT

    static QString example(const QString &name)
    {
        return QDir(qEnvironmentVariable("PROCLAB_SOURCE_DIR"))
            .filePath(u"resources/scenarios/"_qs + name + u".proclab.json"_qs);
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    void saveThenOpenGivesEqualScenario()
    {
        QTemporaryDir dir;
        ScenarioDocument doc;
        DiagramScene scene(&doc);
        doc.newDocument();
        const QString root = scene.addNode(NodeKind::Process, QPointF(10, 20));
        const QString kid = scene.addNode(NodeKind::Process, QPointF(10, 260));
        const QString box = scene.addNode(NodeKind::Mailbox, QPointF(240, 140));
        QVERIFY(scene.connectNodes(root, kid));
        QVERIFY(scene.connectNodes(root, box));
        QVERIFY(scene.connectNodes(box, kid));
        QVERIFY(doc.isModified());
        const Scenario saved = scene.scenario();
        const QString path = dir.filePath(u"mine.proclab.json"_qs);
        QString error;
        QVERIFY2(doc.save(path, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.filePath(), QFileInfo(path).absoluteFilePath());

        doc.newDocument();
        QVERIFY(scene.scenario().processes.isEmpty());
        QVERIFY(doc.open(path).isEmpty());
        QCOMPARE(scene.scenario(), saved);
        QVERIFY(!doc.isModified());
        QCOMPARE(scene.processItem(kid)->pos(), QPointF(10, 260));
    }

    void modifiedFollowsUndo()
    {
        ScenarioDocument doc;
        DiagramScene scene(&doc);
        QSignalSpy modified(&doc, &ScenarioDocument::modifiedChanged);
        QVERIFY(doc.open(example(u"pipe"_qs)).isEmpty());
        QVERIFY(!doc.isModified());
        scene.addNode(NodeKind::Process, QPointF(400, 0));
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified()); // back at the saved state
        QVERIFY(modified.size() >= 2);
    }

    void brokenFileIsReportedAndDiagramKept()
    {
        QTemporaryDir dir;
        ScenarioDocument doc;
        DiagramScene scene(&doc);
        QVERIFY(doc.open(example(u"fan"_qs)).isEmpty());
        scene.addNode(NodeKind::ShmCounter, QPointF(700, 0)); // an unsaved edit too
        const Scenario before = scene.scenario();
        const QString pathBefore = doc.filePath();
        const int itemsBefore = int(scene.items().size());

        // Valid JSON, wrong content: a parent that does not exist.
        QFile good(example(u"pipe"_qs));
        QVERIFY(good.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(good.readAll()).object();
        QJsonArray processes = json.value(u"processes"_qs).toArray();
        QJsonObject child = processes.at(1).toObject();
        child.insert(u"parent"_qs, u"nobody"_qs);
        processes.replace(1, child);
        json.insert(u"processes"_qs, processes);
        const QString broken = dir.filePath(u"broken.proclab.json"_qs);
        write(broken, QJsonDocument(json).toJson());

        const QList<ScenarioError> errors = doc.open(broken);
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.first().file.endsWith(u"broken.proclab.json"_qs));
        QVERIFY2(errors.first().path.startsWith(u"$.processes[1]"_qs),
                 qPrintable(errors.first().path));
        QVERIFY(!errors.first().message.isEmpty());
        QCOMPARE(scene.scenario(), before);
        QCOMPARE(doc.filePath(), pathBefore);
        QCOMPARE(int(scene.items().size()), itemsBefore);
        QVERIFY(doc.isModified());

        // The dialog shows each problem with its file, path and message.
        ScenarioErrorDialog dialog(broken, errors);
        QTreeWidget *list = dialog.errorList();
        QCOMPARE(list->topLevelItemCount(), errors.size());
        QCOMPARE(list->topLevelItem(0)->text(0), errors.first().file);
        QCOMPARE(list->topLevelItem(0)->text(1), errors.first().path);
        QCOMPARE(list->topLevelItem(0)->text(2), errors.first().message);

        // Not JSON at all.
        write(broken, "{ this is not json");
        QVERIFY(!doc.open(broken).isEmpty());
        QCOMPARE(scene.scenario(), before);
        // Missing file.
        QVERIFY(!doc.open(dir.filePath(u"missing.proclab.json"_qs)).isEmpty());
        QCOMPARE(scene.scenario(), before);
    }

    void fileWithoutPositionsIsLaidOutTopDown()
    {
        QTemporaryDir dir;
        for (const QString &name : {u"bounded-buffer"_qs, u"binary-tree"_qs, u"pipe"_qs}) {
            QFile f(example(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
            for (const QString &key : {u"processes"_qs, u"channels"_qs}) {
                QJsonArray list = json.value(key).toArray();
                for (int i = 0; i < list.size(); ++i) {
                    QJsonObject o = list.at(i).toObject();
                    o.remove(u"position"_qs);
                    list.replace(i, o);
                }
                json.insert(key, list);
            }
            const QString path = dir.filePath(name + u".proclab.json"_qs);
            write(path, QJsonDocument(json).toJson());

            ScenarioDocument doc;
            DiagramScene scene(&doc);
            QVERIFY(doc.open(path).isEmpty());
            const Scenario &s = scene.scenario();
            QVERIFY(AutoLayout::hasAllPositions(s));
            for (const ProcessSpec &p : s.processes) {
                if (const ProcessSpec *parent = s.process(p.parent))
                    QVERIFY2(parent->position->y() < p.position->y(), qPrintable(p.id));
            }
            for (const ChannelSpec &c : s.channels) {
                qreal minY = 1e9, maxY = -1e9;
                for (const ProcessSpec &p : s.processes) {
                    if (p.behaviour.channel != c.id)
                        continue;
                    minY = qMin(minY, p.position->y());
                    maxY = qMax(maxY, p.position->y());
                }
                // Between (or, for one row of users, just below) its producers and consumers.
                QVERIFY2(c.position->y() > minY, qPrintable(c.id));
                QVERIFY2(c.position->y() < maxY + AutoLayout::kLayer, qPrintable(c.id));
            }
            // No two items on top of each other.
            const QList<QGraphicsItem *> items = scene.items();
            for (const ProcessSpec &a : s.processes) {
                for (const ProcessSpec &b : s.processes) {
                    if (a.id < b.id)
                        QVERIFY(!scene.nodeItem(a.id)->sceneBoundingRect().intersects(
                            scene.nodeItem(b.id)->sceneBoundingRect()));
                }
            }
        }
    }

    void savedPositionsAreKept()
    {
        ScenarioDocument doc;
        DiagramScene scene(&doc);
        const LoadResult raw = loadScenarioFile(example(u"pipe"_qs));
        QVERIFY(raw.ok());
        QVERIFY(doc.open(example(u"pipe"_qs)).isEmpty());
        QCOMPARE(scene.scenario(), *raw.scenario);
    }
};

QTEST_MAIN(TestScenarioFiles)
#include "tst_scenariofiles.moc"
