// SPDX-License-Identifier: GPL-3.0-or-later
// The live process table and diagram say what the kernel says: an orphan's new parent is the
// agent (the run's subreaper), shown as a node with an "adopted" arrow and as the row the
// orphan moves under; a synchronous sender is "waiting for acknowledgement", not blocked on a
// full buffer. Both are drawn in an event-loop turn after the sampler's, from its newest
// snapshot only.

#include "core/document/scenariodocument.h"
#include "core/run/livestate.h"
#include "core/run/runcontroller.h"
#include "widgets/diagram/adopteritem.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/edgeitem.h"
#include "widgets/diagram/processitem.h"
#include "widgets/runview/processtreemodel.h"
#include "widgets/runview/runpresenter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "testsupport.h"

using namespace proclab;
using namespace proclab::test;

namespace {
constexpr int kTimeoutMs = 30000;
}

class TestProcessTable : public QObject
{
    Q_OBJECT
private slots:
    void orphanHangsUnderTheAgent()
    {
        Scenario scenario;
        QString error;
        QVERIFY2(loadExample(QStringLiteral("orphan"), &scenario, &error), qPrintable(error));
        ScenarioDocument document;
        DiagramScene scene(&document);
        DiagramView view(&scene);
        view.show();
        RunController run;
        RunPresenter presenter(&run, &document, &scene);
        ProcessTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(&run);
        document.reset(scenario);
        QVERIFY(run.start(document.scenario()));
        const QString orphan = QStringLiteral("child");

        QTRY_VERIFY_WITH_TIMEOUT(
            scene.adopter() && scene.adopter()->adoptedIds() == QStringList{orphan}, kTimeoutMs);
        const int agent = run.agentPid();
        QCOMPARE(scene.adopter()->agentPid(), agent);
        const int orphanPid = scene.processItem(orphan)->livePid();
        ProcFacts f;
        QVERIFY(procFacts(orphanPid, &f));
        QCOMPARE(f.ppid, agent); // what the arrow says, the kernel says
        // The edge moved: the ended parent's arrow to the orphan is drawn as a former one,
        // and the agent stands in the diagram's fitted view.
        const auto forkEdgeOf = [&](const QString &child) -> EdgeItem * {
            for (EdgeItem *e : scene.edges())
                if (e->kind() == EdgeItem::Kind::Fork && e->process() == child)
                    return e;
            return nullptr;
        };
        QVERIFY(forkEdgeOf(orphan));
        QVERIFY(forkEdgeOf(orphan)->isFormer());
        view.fitDiagram();
        const QRect adopterShown =
            view.mapFromScene(scene.adopter()->sceneBoundingRect()).boundingRect();
        QVERIFY2(view.viewport()->rect().contains(adopterShown.center()),
                 "the agent that adopted the orphan is out of sight");

        // In the table the orphan now hangs under the agent's row, with the agent's pid.
        QTRY_VERIFY_WITH_TIMEOUT(model.parent(model.indexOf(orphan)) == model.index(0, 0),
                                 kTimeoutMs);
        QCOMPARE(model.data(model.index(0, ProcessTreeModel::PidColumn)).toInt(), agent);
        QCOMPARE(model.data(model.indexOf(orphan, ProcessTreeModel::PpidColumn)).toInt(), agent);

        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunController::State::Finished, kTimeoutMs);
        QVERIFY(!pidExists(orphanPid) || (procFacts(orphanPid, &f) && f.pgid != agent));
        QCOMPARE(agentShmObjects(agent), QStringList());
    }

    void tableAndDiagramFollowInTheNextTurn()
    {
        Scenario scenario;
        QString error;
        QVERIFY2(loadExample(QStringLiteral("fan"), &scenario, &error), qPrintable(error));
        ScenarioDocument document;
        DiagramScene scene(&document);
        RunController run;
        RunPresenter presenter(&run, &document, &scene);
        ProcessTreeModel model;
        model.attach(&run);
        document.reset(scenario);
        const QString root = scenario.processes.constFirst().id;
        // Connected last, so this runs after the table's and the diagram's own slots: in the
        // sampler's turn neither has drawn the snapshot yet.
        int shownInSamplersTurn = -1;
        QObject::connect(
            &run, &RunController::snapshotReady, &model, [&](const RunSnapshot &snapshot) {
                if (shownInSamplersTurn >= 0 || snapshot.processes.isEmpty() ||
                    snapshot.processes.constFirst().pid == 0)
                    return;
                shownInSamplersTurn = model.rowCount() + (scene.processItem(root)->livePid() != 0);
            });
        QVERIFY(run.start(document.scenario()));
        QTRY_VERIFY_WITH_TIMEOUT(shownInSamplersTurn >= 0, kTimeoutMs);
        QCOMPARE(shownInSamplersTurn, 0);
        QTRY_VERIFY_WITH_TIMEOUT(scene.processItem(root)->livePid() != 0, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOf(root).isValid(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunController::State::Finished, kTimeoutMs);
        // What stays on screen is the run's last snapshot.
        QTRY_COMPARE_WITH_TIMEOUT(
            model.data(model.indexOf(root, ProcessTreeModel::StateColumn)).toString(),
            liveStateName(liveStateOf(run.lastSnapshot().processes.constFirst())), kTimeoutMs);
    }

    void snapshotsOfOneTurnAreShownOnce()
    {
        RunController run;
        ProcessTreeModel model;
        model.attach(&run);
        auto snapshotOf = [](int processes) {
            RunSnapshot s;
            for (int i = 0; i < processes; ++i) {
                ProcessSample p;
                p.node = QStringLiteral("p%1").arg(i);
                p.parentNode = i == 0 ? QString() : QStringLiteral("p0");
                s.processes.append(p);
            }
            return s;
        };
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        emit run.snapshotReady(snapshotOf(2));
        emit run.snapshotReady(snapshotOf(3));
        QCOMPARE(resets.size(), 0); // not in the sampler's turn
        QTRY_COMPARE(resets.size(), 1);
        QVERIFY(model.indexOf(QStringLiteral("p2")).isValid()); // the newer of the two
        // A snapshot still on its way when a new run starts is dropped, not shown over it.
        emit run.snapshotReady(snapshotOf(4));
        emit run.started();
        bool turned = false; // a zero timer started after the relay's fires after it
        QTimer::singleShot(0, &model, [&turned] { turned = true; });
        QTRY_VERIFY(turned);
        QVERIFY(!model.indexOf(QStringLiteral("p3")).isValid());
    }

    void syncSenderWaitsForAcknowledgement()
    {
        Scenario scenario;
        QString error;
        QVERIFY2(loadExample(QStringLiteral("message-sync"), &scenario, &error), qPrintable(error));
        RunController run;
        ProcessTreeModel model;
        model.attach(&run);
        QVERIFY(run.start(scenario));
        // The receiver spends 2 ms per message: the sender spends most of the run waiting.
        QTRY_VERIFY_WITH_TIMEOUT(
            model.data(model.indexOf(QStringLiteral("sender"), ProcessTreeModel::StateColumn))
                .toString()
                .contains(QStringLiteral("waiting for acknowledgement")),
            kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), RunController::State::Finished, kTimeoutMs);
        for (const ProcessSample &p : run.lastSnapshot().processes)
            QVERIFY2(liveStateName(liveStateOf(p)) != QStringLiteral("blocked: buffer full"),
                     qPrintable(p.node));
    }
};

QTEST_MAIN(TestProcessTable)
#include "tst_processtable.moc"
