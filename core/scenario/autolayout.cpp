// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/autolayout.h"

#include "core/scenario/connectionrules.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace proclab {

namespace {

constexpr int kWrap = 8;
constexpr qreal kRowStep = 110;

// Columns of a wrapped fan: 8 as always for up to 64 children; wider beyond, so hundreds
// or thousands of children make a block about as wide as it is tall that zooms to fit
// legibly, instead of a column hundreds of rows high. Always an even number: the parent
// sits above the middle, and its edges run down from there between two columns (in an
// odd one they would run through the middle column's boxes).
int wrapColumns(qsizetype children)
{
    if (children <= 8 * kWrap)
        return kWrap;
    const int columns =
        int(std::ceil(std::sqrt(double(children) * kRowStep / AutoLayout::kColumn * 1.5)));
    return columns + columns % 2;
}

struct Placer
{
    const Scenario &scenario;
    QHash<QString, QPointF> pos;
    qreal nextLeaf = 0;
    QHash<QString, QStringList> children; // parent id -> child ids, in scenario order

    // Scenario::childrenOf scans every process; asked for every process, that was
    // quadratic, a second or more for a 4,096-process tree.
    void indexChildren()
    {
        for (const ProcessSpec &p : scenario.processes)
            if (!p.parent.isEmpty())
                children[p.parent].append(p.id);
    }

    // Post-order: leaves take the next column, parents sit above the middle of their
    // children. `depth` guards against cycles in a broken file.
    void place(const QString &id, int depth, QSet<QString> &seen)
    {
        if (seen.contains(id))
            return;
        seen.insert(id);
        const QStringList kids = id.isEmpty() ? QStringList() : children.value(id);
        // A wide fan of leaves (64 workers) wraps into rows instead of one endless line.
        const bool allLeaves = std::all_of(kids.cbegin(), kids.cend(), [&](const QString &c) {
            return !children.contains(c) && !seen.contains(c);
        });
        if (kids.size() > kWrap && allLeaves) {
            const int columns = wrapColumns(kids.size());
            const qreal left = nextLeaf * AutoLayout::kColumn;
            for (int k = 0; k < kids.size(); ++k) {
                seen.insert(kids.at(k));
                pos.insert(kids.at(k),
                           QPointF(left + (k % columns) * AutoLayout::kColumn,
                                   (depth + 1) * AutoLayout::kLayer + (k / columns) * kRowStep));
            }
            nextLeaf += columns;
            pos.insert(id, QPointF(left + (columns - 1) * AutoLayout::kColumn / 2,
                                   depth * AutoLayout::kLayer));
            return;
        }
        qreal sum = 0;
        int n = 0;
        for (const QString &child : kids) {
            if (seen.contains(child))
                continue;
            place(child, depth + 1, seen);
            sum += pos.value(child).x();
            ++n;
        }
        const qreal x = n > 0 ? sum / n : (nextLeaf++) * AutoLayout::kColumn;
        pos.insert(id, QPointF(x, depth * AutoLayout::kLayer));
    }
};

qreal mean(const QList<qreal> &values)
{
    qreal sum = 0;
    for (qreal v : values)
        sum += v;
    return values.isEmpty() ? 0 : sum / values.size();
}

// Items that ended up on the same row too close together are pushed apart.
void spreadRows(QHash<QString, QPointF> &pos)
{
    QMap<int, QList<QString>> rows;
    for (auto it = pos.cbegin(); it != pos.cend(); ++it)
        rows[qRound(it.value().y())].append(it.key());
    for (QList<QString> &row : rows) {
        std::sort(row.begin(), row.end(), [&](const QString &a, const QString &b) {
            return pos.value(a).x() < pos.value(b).x() ||
                   (pos.value(a).x() == pos.value(b).x() && a < b);
        });
        for (int i = 1; i < row.size(); ++i) {
            const qreal minX = pos.value(row.at(i - 1)).x() + AutoLayout::kColumn;
            if (pos.value(row.at(i)).x() < minX)
                pos[row.at(i)].setX(minX);
        }
    }
}

} // namespace

bool AutoLayout::hasAllPositions(const Scenario &scenario)
{
    return std::all_of(scenario.processes.cbegin(), scenario.processes.cend(),
                       [](const ProcessSpec &p) { return p.position.has_value(); }) &&
           std::all_of(scenario.channels.cbegin(), scenario.channels.cend(),
                       [](const ChannelSpec &c) { return c.position.has_value(); });
}

void AutoLayout::layout(Scenario &scenario, Mode mode)
{
    Placer placer{scenario, {}, 0, {}};
    placer.indexChildren();
    QSet<QString> seen, ids;
    for (const ProcessSpec &p : std::as_const(scenario.processes))
        ids.insert(p.id);
    for (const ProcessSpec &p : std::as_const(scenario.processes)) {
        if (p.parent.isEmpty() || !ids.contains(p.parent))
            placer.place(p.id, 0, seen);
    }
    for (const ProcessSpec &p : std::as_const(scenario.processes))
        placer.place(p.id, 0, seen); // anything left (a cycle in a broken file)

    QHash<QString, QPointF> &pos = placer.pos;
    qreal bottom = 0;
    for (const QPointF &p : std::as_const(pos))
        bottom = qMax(bottom, p.y());
    int loose = 0;
    for (const ChannelSpec &c : std::as_const(scenario.channels)) {
        QList<qreal> xs, writerYs, readerYs;
        for (const QString &w : ConnectionRules::writersOf(scenario, c.id)) {
            xs.append(pos.value(w).x());
            writerYs.append(pos.value(w).y());
        }
        for (const QString &r : ConnectionRules::readersOf(scenario, c.id)) {
            xs.append(pos.value(r).x());
            readerYs.append(pos.value(r).y());
        }
        QPointF at;
        if (xs.isEmpty()) {
            at = QPointF((loose++) * kColumn, bottom + kLayer);
        } else if (!writerYs.isEmpty() && !readerYs.isEmpty() &&
                   qAbs(mean(writerYs) - mean(readerYs)) >= kLayer) {
            at = QPointF(mean(xs), (mean(writerYs) + mean(readerYs)) / 2);
        } else {
            // Producers and consumers on one row: the channel goes just below them.
            const qreal y = qMax(
                writerYs.isEmpty() ? -1e9 : *std::max_element(writerYs.cbegin(), writerYs.cend()),
                readerYs.isEmpty() ? -1e9 : *std::max_element(readerYs.cbegin(), readerYs.cend()));
            at = QPointF(mean(xs), y + kLayer / 2);
        }
        // Keep channels off the process rows.
        const qreal layerOffset = std::fmod(at.y(), kLayer);
        if (qAbs(layerOffset) < 1)
            at.ry() += kLayer / 2;
        pos.insert(c.id, at);
    }
    spreadRows(pos);

    // With some positions kept, new items go to the right of the existing drawing.
    qreal shift = 0;
    if (mode == Mode::Missing) {
        qreal keptRight = -1e9;
        bool anyKept = false;
        for (const ProcessSpec &p : std::as_const(scenario.processes))
            if (p.position) {
                anyKept = true;
                keptRight = qMax(keptRight, p.position->x());
            }
        for (const ChannelSpec &c : std::as_const(scenario.channels))
            if (c.position) {
                anyKept = true;
                keptRight = qMax(keptRight, c.position->x());
            }
        if (anyKept)
            shift = keptRight + kColumn;
    }
    for (ProcessSpec &p : scenario.processes) {
        if (mode == Mode::All || !p.position)
            p.position = pos.value(p.id) + QPointF(shift, 0);
    }
    for (ChannelSpec &c : scenario.channels) {
        if (mode == Mode::All || !c.position)
            c.position = pos.value(c.id) + QPointF(shift, 0);
    }
}

} // namespace proclab
