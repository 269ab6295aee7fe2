// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What tst_lessonplayer plays: a lesson written by the test (a small fork tree, a sleeper to
// kill, a process to pause) and the app around the player, wired as the main window wires it.

#include "core/document/scenariodocument.h"
#include "core/run/runcontroller.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/lesson/lessonhighlighter.h"
#include "widgets/lesson/lessonpanel.h"
#include "widgets/lesson/lessonplayer.h"

#include <QLocale>
#include <QStringList>
#include <memory>

class QWidget;

namespace lessonplayertest {

constexpr int kRunTimeoutMs = 60000;

// Writes the lesson and the three scenarios it names into `dir`.
bool writeTestLesson(const QString &dir);

// What LanguageManager does: the default locale, then LanguageChange to the widgets.
void switchLanguage(QWidget *top, QLocale::Language language);

// The app around the player: a document on a canvas, one RunController, and the host
// callbacks the main window gives.
struct App
{
    proclab::ScenarioDocument document;
    proclab::DiagramScene scene{&document};
    proclab::DiagramView view{&scene};
    proclab::RunController run;
    proclab::LessonPanel panel;
    proclab::LessonHighlighter highlighter{&scene, &view};
    QStringList saved;
    QString savePath;
    std::unique_ptr<proclab::LessonPlayer> player;

    explicit App(const QString &lessonDir);
    proclab::LessonSession *session() const { return panel.session(); }
    proclab::LessonStepPage *page() const { return panel.stepPage(); }
};

} // namespace lessonplayertest
