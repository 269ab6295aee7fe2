// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tst_agent: proclab-agent's process engine, checked from outside (real forks, /proc, pstree).
// One suite split over tst_agent.cpp (tree shape), tst_agent_behaviours.cpp (zombies,
// orphans, kill, pause, the shipped examples) and tst_agent_lifecycle.cpp (refusal, stop,
// EOF, signals to the agent, its stats page).

#include "tst_agent_run.h"

#include <QObject>

class TestAgent : public QObject
{
    Q_OBJECT

private:
    // After the agent ended: no process of the run, nothing in /dev/shm.
    void verifyNothingLeft(AgentRun &run);
    void stopAndVerify(AgentRun &run);
    // The run ended as stop ends it: exit 0, "finished", every process reported once, nothing
    // left.
    void verifyEndedCleanly(AgentRun &run);

private slots:
    void treeShape_data();
    void treeShape();

    void noWaitParentLeavesAZombie();
    void exitEarlyOrphanIsReparented();
    void killOneNodeOthersCarryOn();
    void pauseAndResume();
    void pausedOrphanStaysPaused();
    void crashOrphansItsChildren();
    void exitWaitsForItsChildren();
    void shippedExamplesRun();
    void writeCopyReportsBothCopies();
    void execKeepsPidChangesProgram();
    void execHelperDiesWithTheAgent();

    void overLimitIsRefusedBeforeForking_data();
    void overLimitIsRefusedBeforeForking();
    void malformedPlanIsAnError_data();
    void malformedPlanIsAnError();
    void statsPageNamesEveryProcess();
    void controllerGoneBeforeStartForksNothing();
    void stopEndsPausedAndBusyProcesses();
    void runProcessesStartWithDefaultSignals();
    void sigtermToTheAgentIsAStop_data();
    void sigtermToTheAgentIsAStop();
    void eofOnStdinEndsEverything();
    void sigkilledAgentLeavesNoProcess_data();
    void sigkilledAgentLeavesNoProcess();
};
