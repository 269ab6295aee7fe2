// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diagram/diagramscene.h"

#include "core/document/scenariodocument.h"
#include "core/scenario/autolayout.h"
#include "core/scenario/connectionrules.h"
#include "core/scenario/scenarioedits.h"
#include "core/scenario/scenarioio.h"
#include "widgets/diagram/adopteritem.h"
#include "widgets/diagram/channelitem.h"
#include "widgets/diagram/edgeitem.h"
#include "widgets/diagram/handleitem.h"
#include "widgets/diagram/processitem.h"

#include <QClipboard>
#include <QGraphicsLineItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QPen>

namespace proclab {

namespace {
// Copied items live here (process-wide) so paste works across documents; the JSON
// also goes to the system clipboard for other programs.
Scenario &clipboardFragment()
{
    static Scenario fragment;
    return fragment;
}
} // namespace

DiagramScene::DiagramScene(ScenarioDocument *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document)
{
    setItemIndexMethod(QGraphicsScene::NoIndex); // few items, many moves
    connect(document, &ScenarioDocument::scenarioChanged, this, &DiagramScene::onScenarioChanged);
    connect(document, &ScenarioDocument::validationChanged, this, &DiagramScene::refreshValidation);
    connect(document, &ScenarioDocument::lockedChanged, this, &DiagramScene::onLockedChanged);
    onScenarioChanged();
}

DiagramScene::~DiagramScene()
{
    qDeleteAll(m_edges);
    m_edges.clear();
}

const Scenario &DiagramScene::scenario() const
{
    return m_document->scenario();
}

const ValidationMap &DiagramScene::validation() const
{
    return m_document->validation();
}

bool DiagramScene::isLocked() const
{
    return m_document->isLocked();
}

void DiagramScene::onScenarioChanged()
{
    syncNodes();
    rebuildEdges();
    refreshValidation();
    emit diagramChanged();
}

void DiagramScene::syncNodes()
{
    QSet<QString> wanted;
    auto place = [](NodeItem *item, const std::optional<QPointF> &pos) {
        if (pos && item->pos() != *pos)
            item->setPos(*pos);
    };
    for (const ProcessSpec &spec : std::as_const(scenario().processes)) {
        wanted.insert(spec.id);
        auto *item = qgraphicsitem_cast<ProcessItem *>(m_nodes.value(spec.id));
        if (!item) {
            delete m_nodes.take(spec.id); // an id that changed kind across undo
            item = new ProcessItem(spec);
            item->setLocked(isLocked());
            addItem(item);
            m_nodes.insert(spec.id, item);
        } else if (!(item->spec() == spec)) {
            item->setSpec(spec);
        }
        place(item, spec.position);
    }
    for (const ChannelSpec &spec : std::as_const(scenario().channels)) {
        wanted.insert(spec.id);
        auto *item = qgraphicsitem_cast<ChannelItem *>(m_nodes.value(spec.id));
        if (!item) {
            delete m_nodes.take(spec.id);
            item = new ChannelItem(spec);
            item->setLocked(isLocked());
            addItem(item);
            m_nodes.insert(spec.id, item);
        } else if (!(item->spec() == spec)) {
            item->setSpec(spec);
        }
        place(item, spec.position);
    }
    // Edges point at nodes: drop them before any node goes.
    qDeleteAll(m_edges);
    m_edges.clear();
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_nodes.erase(it);
    }
}

void DiagramScene::rebuildEdges()
{
    qDeleteAll(m_edges);
    m_edges.clear();
    for (const ProcessSpec &p : std::as_const(scenario().processes)) {
        NodeItem *self = m_nodes.value(p.id);
        if (NodeItem *parent = m_nodes.value(p.parent))
            m_edges.append(new EdgeItem(EdgeItem::Kind::Fork, parent, self, p.id));
        NodeItem *channel = m_nodes.value(p.behaviour.channel);
        if (!channel || qgraphicsitem_cast<ChannelItem *>(channel) == nullptr)
            continue;
        if (p.behaviour.kind == BehaviourKind::Consume)
            m_edges.append(new EdgeItem(EdgeItem::Kind::Data, channel, self, p.id));
        else if (p.behaviour.kind == BehaviourKind::Produce ||
                 p.behaviour.kind == BehaviourKind::Increment)
            m_edges.append(new EdgeItem(EdgeItem::Kind::Data, self, channel, p.id));
    }
    for (EdgeItem *edge : std::as_const(m_edges)) {
        // The first edges of a fan were made while their parent had few children.
        if (edge->wantsBus() != edge->isBus())
            edge->adjust();
        addItem(edge);
    }
}

void DiagramScene::refreshValidation()
{
    const ValidationMap &validation = m_document->validation();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setProblems(validation.problemsOf(it.key()));
    for (EdgeItem *edge : std::as_const(m_edges)) {
        const QString field = edge->kind() == EdgeItem::Kind::Fork ? QStringLiteral("parent")
                                                                   : QStringLiteral("channel");
        edge->setProblem(!validation.problemsOf(edge->process(), field).isEmpty());
    }
    for (NodeItem *node : std::as_const(m_nodes)) {
        if (auto *p = qgraphicsitem_cast<ProcessItem *>(node))
            p->refreshText();
        else if (auto *c = qgraphicsitem_cast<ChannelItem *>(node))
            c->refreshText();
    }
}

QString DiagramScene::addNode(NodeKind kind, QPointF scenePos)
{
    if (isLocked())
        return {};
    Scenario after = scenario();
    const QPointF rounded(qRound(scenePos.x()), qRound(scenePos.y()));
    const QString id = ScenarioEdits::addNode(after, kind, rounded);
    m_document->edit(after, tr("Add %1").arg(nodeKindTitle(kind)));
    selectIds({id});
    return id;
}

QPointF DiagramScene::freeSpotNear(QPointF pos) const
{
    QPointF p = pos;
    for (int i = 0; i < 200; ++i) {
        const QRectF want(p - QPointF(100, 45), QSizeF(200, 90));
        bool taken = false;
        for (NodeItem *node : std::as_const(m_nodes))
            taken = taken || node->sceneBoundingRect().intersects(want);
        if (!taken)
            return p;
        p += QPointF(40, 30);
    }
    return p;
}

QString DiagramScene::addNodeAtFreeSpot(NodeKind kind)
{
    QPointF centre = itemsBoundingRect().center();
    if (!views().isEmpty()) {
        QGraphicsView *view = views().constFirst();
        centre = view->mapToScene(view->viewport()->rect().center());
    }
    return addNode(kind, freeSpotNear(centre));
}

bool DiagramScene::connectNodes(const QString &from, const QString &to)
{
    if (isLocked())
        return false;
    const ConnectionResult result = ConnectionRules::connect(scenario(), from, to);
    if (!result.ok) {
        emit refused(result.reason);
        return false;
    }
    return m_document->edit(result.scenario, result.description);
}

void DiagramScene::deleteSelection()
{
    if (isLocked())
        return;
    QSet<QString> nodes;
    Scenario after = scenario();
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item)) {
            if (edge->kind() == EdgeItem::Kind::Fork)
                ScenarioEdits::removeForkEdge(after, edge->process());
            else
                ScenarioEdits::removeDataEdge(after, edge->process());
        } else if (auto *node = dynamic_cast<NodeItem *>(item)) {
            nodes.insert(node->id());
        }
    }
    ScenarioEdits::removeNodes(after, nodes);
    m_document->edit(after, tr("Delete"));
}

void DiagramScene::copySelection()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    clipboardFragment() = ScenarioEdits::extract(scenario(), QSet<QString>(ids.begin(), ids.end()));
    QGuiApplication::clipboard()->setText(QString::fromUtf8(scenarioToJson(clipboardFragment())));
}

void DiagramScene::cutSelection()
{
    copySelection();
    deleteSelection();
}

void DiagramScene::paste()
{
    const Scenario &fragment = clipboardFragment();
    if (isLocked() || (fragment.processes.isEmpty() && fragment.channels.isEmpty()))
        return;
    Scenario after = scenario();
    const QSet<QString> created = ScenarioEdits::paste(after, fragment, QPointF(40, 40));
    if (m_document->edit(after, tr("Paste")))
        selectIds(created);
}

void DiagramScene::arrange()
{
    Scenario after = scenario();
    AutoLayout::layout(after, AutoLayout::Mode::All);
    m_document->edit(after, tr("Arrange"));
}

QStringList DiagramScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *node = dynamic_cast<NodeItem *>(item))
            ids.append(node->id());
    }
    ids.sort();
    return ids;
}

void DiagramScene::selectIds(const QSet<QString> &ids)
{
    clearSelection();
    for (const QString &id : ids) {
        if (NodeItem *node = m_nodes.value(id))
            node->setSelected(true);
    }
}

ProcessItem *DiagramScene::processItem(const QString &id) const
{
    return qgraphicsitem_cast<ProcessItem *>(m_nodes.value(id));
}

ChannelItem *DiagramScene::channelItem(const QString &id) const
{
    return qgraphicsitem_cast<ChannelItem *>(m_nodes.value(id));
}

void DiagramScene::onLockedChanged(bool locked)
{
    for (NodeItem *node : std::as_const(m_nodes))
        node->setLocked(locked);
}

void DiagramScene::showSnapshot(const RunSnapshot &snapshot)
{
    if (snapshot.agentPid > 0) {
        const bool appeared = !m_adopter;
        if (appeared) {
            m_adopter = new AdopterItem;
            addItem(m_adopter);
        }
        m_adopter->follow(snapshot, [this](const QString &id) { return processItem(id); });
        if (appeared)
            emit adopterShown(m_adopter->sceneBoundingRect());
    }
    QSet<QString> adopted;
    for (const ProcessSample &sample : snapshot.processes) {
        if (ProcessItem *item = processItem(sample.node))
            item->setLive(sample);
        if (sample.reparented)
            adopted.insert(sample.node);
    }
    // The edge moves: the adopter draws the new parent's arrow, the old one fades.
    for (EdgeItem *edge : std::as_const(m_edges))
        if (edge->kind() == EdgeItem::Kind::Fork)
            edge->setFormer(adopted.contains(edge->process()));
    for (const ChannelSample &sample : snapshot.channels) {
        if (ChannelItem *item = channelItem(sample.id))
            item->setLive(sample);
    }
}

QRectF DiagramScene::diagramBounds() const
{
    QRectF bounds = itemsBoundingRect();
    for (const ProcessSpec &p : m_document->scenario().processes)
        if (p.parent.isEmpty())
            if (const ProcessItem *root = processItem(p.id))
                bounds |= AdopterItem::placeBeside(root);
    return bounds;
}

void DiagramScene::clearLive()
{
    delete m_adopter;
    m_adopter = nullptr;
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->setFormer(false);
    for (NodeItem *node : std::as_const(m_nodes)) {
        if (auto *p = qgraphicsitem_cast<ProcessItem *>(node))
            p->setLive(std::nullopt);
        else if (auto *c = qgraphicsitem_cast<ChannelItem *>(node))
            c->setLive(std::nullopt);
    }
}

void DiagramScene::retranslate()
{
    // Validation messages come from core's tr(); the document recomputes them in the
    // new language and the items repaint through validationChanged.
    m_document->revalidate();
    update();
}

NodeItem *DiagramScene::nodeAt(QPointF scenePos, const NodeItem *except) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        NodeItem *node = nullptr;
        if (auto *handle = qgraphicsitem_cast<HandleItem *>(item))
            node = handle->owner();
        else
            node = dynamic_cast<NodeItem *>(item);
        if (node && node != except)
            return node;
    }
    return nullptr;
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (!isLocked() && event->button() == Qt::LeftButton) {
        const auto *handle = qgraphicsitem_cast<HandleItem *>(
            itemAt(event->scenePos(),
                   views().isEmpty() ? QTransform() : views().constFirst()->transform()));
        if (handle) {
            m_connectFrom = handle->owner();
            m_connectLine = new QGraphicsLineItem(QLineF(handle->scenePos(), event->scenePos()));
            m_connectLine->setPen(QPen(QColor(0x2a, 0x7f, 0xff), 2, Qt::DashLine));
            m_connectLine->setZValue(10);
            addItem(m_connectLine);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *node = dynamic_cast<NodeItem *>(item))
            m_pressPositions.insert(node->id(), node->pos());
    }
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        m_connectLine->setLine(QLineF(m_connectLine->line().p1(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        NodeItem *from = m_connectFrom;
        m_connectFrom = nullptr;
        if (NodeItem *to = nodeAt(event->scenePos(), from))
            connectNodes(from->id(), to->id());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    // A drag that moved items becomes one undoable "Move".
    Scenario after = scenario();
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        const NodeItem *node = m_nodes.value(it.key());
        if (node && node->pos() != it.value())
            ScenarioEdits::setPosition(after, it.key(),
                                       QPointF(qRound(node->pos().x()), qRound(node->pos().y())));
    }
    m_pressPositions.clear();
    m_document->edit(after, tr("Move"));
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (NodeItem *node = nodeAt(event->scenePos(), nullptr)) {
        emit nodeContextMenuRequested(node->id(), event->screenPos());
        event->accept();
        return;
    }
    QGraphicsScene::contextMenuEvent(event);
}

} // namespace proclab
