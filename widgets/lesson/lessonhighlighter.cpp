// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lesson/lessonhighlighter.h"

#include "core/lesson/lessoncharts.h"
#include "widgets/charts/chartspanel.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/nodeitem.h"
#include "widgets/runview/processtreemodel.h"
#include "widgets/runview/processtreeview.h"

#include <QDockWidget>
#include <QGraphicsDropShadowEffect>
#include <QGraphicsView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {
constexpr int kFlashes = 6; // three on/off blinks: seen, but not nagging
constexpr int kFlashIntervalMs = 300;
} // namespace

LessonHighlighter::LessonHighlighter(DiagramScene *scene, QGraphicsView *view, QObject *parent)
    : QObject(parent), m_scene(scene), m_view(view)
{}

void LessonHighlighter::setProcessTable(ProcessTreeModel *model, ProcessTreeView *view)
{
    m_processModel = model;
    m_processView = view;
}

void LessonHighlighter::setCharts(ChartsPanel *charts)
{
    m_charts = charts;
}

bool LessonHighlighter::highlight(const QString &target)
{
    const int colon = int(target.indexOf(u':'));
    if (colon <= 0)
        return false;
    const QString kind = target.left(colon);
    const QString name = target.mid(colon + 1);
    if (kind == u"process")
        return highlightNode(name, true);
    if (kind == u"channel")
        return highlightNode(name, false);
    if (kind == u"chart" && m_charts) {
        raiseDockOf(m_charts);
        const QString chart = LessonCharts::canonical(name);
        return !chart.isEmpty() && m_charts->showChart(chart);
    }
    return false;
}

bool LessonHighlighter::highlightNode(const QString &id, bool process)
{
    NodeItem *item = m_scene->nodeItem(id);
    if (!item)
        return false;
    m_scene->clearSelection();
    m_scene->selectIds({id});
    if (m_view)
        m_view->ensureVisible(item, 40, 40);
    if (process && m_processModel && m_processView) {
        const QModelIndex index = m_processModel->indexOf(id);
        if (index.isValid()) {
            raiseDockOf(m_processView);
            m_processView->setCurrentIndex(index);
            m_processView->scrollTo(index);
        }
    }
    // A glow that blinks a few times. The item is looked up by id at every blink: a new
    // scenario may have replaced it meanwhile.
    if (NodeItem *old = m_scene->nodeItem(m_flashId); old && old != item)
        old->setGraphicsEffect(nullptr);
    auto *glow = new QGraphicsDropShadowEffect;
    glow->setColor(QColor(255, 140, 0));
    glow->setBlurRadius(36);
    glow->setOffset(0, 0);
    item->setGraphicsEffect(glow);
    const bool running = m_flashesLeft > 0;
    m_flashId = id;
    m_flashesLeft = kFlashes;
    if (!running)
        QTimer::singleShot(kFlashIntervalMs, this, &LessonHighlighter::flashStep);
    return true;
}

void LessonHighlighter::flashStep()
{
    NodeItem *item = m_scene->nodeItem(m_flashId);
    QGraphicsEffect *effect = item ? item->graphicsEffect() : nullptr;
    if (!effect) {
        m_flashesLeft = 0;
        return;
    }
    if (--m_flashesLeft <= 0) {
        // The selection outline stays; the glow goes, so the canvas looks as before.
        item->setGraphicsEffect(nullptr);
        return;
    }
    effect->setEnabled(!effect->isEnabled());
    QTimer::singleShot(kFlashIntervalMs, this, &LessonHighlighter::flashStep);
}

void LessonHighlighter::raiseDockOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
            return;
        }
    }
}

} // namespace proclab
