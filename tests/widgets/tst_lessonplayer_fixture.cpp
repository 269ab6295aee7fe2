// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_lessonplayer_fixture.h"

#include "widgets/lesson/lessonsession.h"
#include "widgets/lesson/lessonsteppage.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>

using namespace proclab;
using namespace Qt::StringLiterals;

namespace lessonplayertest {

namespace {

// root forks c1 and c2, all brief.
const char kScenario[] = R"({
  "format": "proclab-scenario", "version": 1, "name": "lesson test tree",
  "processes": [
    {"id": "root", "label": "root", "parent": null, "behaviour": {"kind": "sleep", "ms": 200}},
    {"id": "c1", "label": "c1", "parent": "root", "behaviour": {"kind": "sleep", "ms": 200}},
    {"id": "c2", "label": "c2", "parent": "root", "behaviour": {"kind": "sleep", "ms": 200}}
  ]
})";

// z lives long enough to be killed by the lesson's action.
const char kLongScenario[] = R"({
  "format": "proclab-scenario", "version": 1, "name": "lesson test sleeper",
  "processes": [
    {"id": "root", "label": "root", "parent": null, "behaviour": {"kind": "sleep", "ms": 100}},
    {"id": "z", "label": "z", "parent": "root", "behaviour": {"kind": "sleep", "ms": 30000}}
  ]
})";

// p sleeps long enough to be seen stopped and then running again, and then ends by itself.
const char kPausableScenario[] = R"({
  "format": "proclab-scenario", "version": 1, "name": "lesson test pausable",
  "processes": [
    {"id": "root", "label": "root", "parent": null, "behaviour": {"kind": "sleep", "ms": 100}},
    {"id": "p", "label": "p", "parent": "root", "behaviour": {"kind": "sleep", "ms": 4000}}
  ]
})";

const char kLesson[] = R"json({
  "format": "proclab-lesson", "version": 1, "id": "test-tree", "number": 1,
  "topic": {"ko": "부모/자식 프로세스", "en": "Parent and child processes"},
  "title": {"ko": "시험용 트리", "en": "A test tree"},
  "summary": {"ko": "시험용 레슨입니다.", "en": "A lesson for the tests."},
  "steps": [
    {"title": {"ko": "트리 보기", "en": "Look at the tree"},
     "text": {"ko": "`fork()`를 **두 번** 부릅니다.", "en": "`fork()` is called **twice**."},
     "scenario": "tree.proclab.json"},
    {"title": {"ko": "몇 개일까요", "en": "How many"},
     "text": {"ko": "실행하면 프로세스가 몇 개일까요?", "en": "How many processes will run?"},
     "scenario": "tree.proclab.json",
     "prediction": {
       "question": {"ko": "프로세스는 몇 개?", "en": "How many processes?"},
       "choices": [{"key": "a", "text": {"ko": "2개", "en": "two"}},
                   {"key": "b", "text": {"ko": "3개", "en": "three"}},
                   {"key": "c", "text": {"ko": "4개 이상", "en": "four or more"}}],
       "measure": "count(processes)",
       "correct": {"a": "value == 2", "b": "value == 3", "c": "value >= 4"},
       "figure_name": {"ko": "실행된 프로세스 수", "en": "processes in the run"},
       "explain": {"ko": "부모 하나와 자식 둘입니다.", "en": "One parent and two children."},
       "highlight": "process:c1"}},
    {"title": {"ko": "두 번 실행", "en": "Twice"},
     "text": {"ko": "두 번 실행합니다.", "en": "Run it twice."},
     "scenario": "tree.proclab.json",
     "action": {"kind": "run", "times": 2},
     "prediction": {
       "question": {"ko": "몇 번 실행될까요?", "en": "How many runs?"},
       "choices": [{"key": "a", "text": {"ko": "한 번", "en": "one"}},
                   {"key": "b", "text": {"ko": "두 번", "en": "two"}}],
       "measure": "count(runs)",
       "correct": {"a": "value == 1", "b": "value == 2"},
       "figure_name": {"ko": "실행 횟수", "en": "runs made"},
       "explain": {"ko": "두 번입니다.", "en": "Two."}}},
    {"title": {"ko": "하나 더", "en": "One more"},
     "text": {"ko": "프로세스를 하나 더 만드세요.", "en": "Add one more process."},
     "scenario": "tree.proclab.json",
     "challenge": {"task": {"ko": "프로세스 4개로 실행하세요.", "en": "Run with four processes."},
                   "passes_when": "count(processes) == 4",
                   "hint": {"ko": "팔레트에서 끌어 오세요.", "en": "Drag one from the palette."}}},
    {"title": {"ko": "죽이기", "en": "Kill"},
     "text": {"ko": "300 ms에 z를 죽입니다.", "en": "z is killed at 300 ms."},
     "scenario": "sleeper.proclab.json",
     "action": {"kind": "kill", "process": "z", "signal": "SIGKILL", "at_ms": 300},
     "prediction": {
       "question": {"ko": "z는 어떻게 끝날까요?", "en": "How does z end?"},
       "choices": [{"key": "a", "text": {"ko": "시그널 9", "en": "signal 9"}},
                   {"key": "b", "text": {"ko": "정상 종료", "en": "a normal exit"}}],
       "measure": "processes[id=z].exit.signal",
       "correct": {"a": "value == 9", "b": "value != 9"},
       "figure_name": {"ko": "z를 끝낸 시그널", "en": "the signal that ended z"},
       "explain": {"ko": "SIGKILL입니다.", "en": "SIGKILL."}}},
    {"title": {"ko": "멈추기", "en": "Pause"},
     "text": {"ko": "500 ms에 p를 1.5초 멈춥니다.", "en": "p is stopped at 500 ms for 1.5 s."},
     "scenario": "pausable.proclab.json",
     "action": {"kind": "pause", "process": "p", "at_ms": 500, "for_ms": 1500}}
  ]
})json";

bool writeFile(const QString &path, const char *text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == qint64(qstrlen(text));
}

} // namespace

bool writeTestLesson(const QString &dir)
{
    const QDir d(dir);
    return d.mkpath(u"scenarios"_s) &&
           writeFile(d.filePath(u"scenarios/tree.proclab.json"_s), kScenario) &&
           writeFile(d.filePath(u"scenarios/sleeper.proclab.json"_s), kLongScenario) &&
           writeFile(d.filePath(u"scenarios/pausable.proclab.json"_s), kPausableScenario) &&
           writeFile(d.filePath(u"01-test-tree.proclab-lesson.json"_s), kLesson);
}

void switchLanguage(QWidget *top, QLocale::Language language)
{
    QLocale::setDefault(QLocale(language));
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(top, &change);
}

App::App(const QString &lessonDir)
{
    LessonHost host;
    host.isDiagramModified = [this] { return document.isModified(); };
    host.saveDiagram = [this] {
        QString error;
        const bool ok = document.save(savePath, &error);
        saved.append(savePath);
        return ok;
    };
    host.diagramName = [this] { return document.displayName(); };
    host.openScenario = [this](const QString &path) { return document.open(path).isEmpty(); };

    host.diagram = [this] { return document.scenario(); };
    host.editDiagram = [this](const Scenario &after, const QString &text) {
        return document.edit(after, text);
    };
    host.startRun = [this](const Scenario &s) { return run.start(s); };
    player = std::make_unique<LessonPlayer>(&panel, &run, host);
    player->setHighlighter(&highlighter);
    // What LessonActions connects in the app.
    QObject::connect(&document, &ScenarioDocument::replaced, player.get(),
                     &LessonPlayer::diagramReplaced);
    player->loadLessons(lessonDir);
    document.newDocument();
    panel.resize(380, 760);
    panel.show();
    view.resize(800, 600);
    view.show();
}

} // namespace lessonplayertest
