// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runview/processtreeview.h"

#include "core/run/livestate.h"
#include "widgets/runview/processtreemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QResizeEvent>
#include <QStyle>
#include <QToolTip>

namespace proclab {

ProcessTreeView::ProcessTreeView(ProcessTreeModel *model, QWidget *parent)
    : QTreeView(parent), m_model(model)
{
    setModel(model);
    setUniformRowHeights(true);
    setIndentation(14); // a deep fork tree keeps room for its names
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setMinimumSectionSize(24);
    // Columns are fitted to the table's width whenever values or the width change.
    m_fit.setSingleShot(true);
    m_fit.setInterval(0);
    connect(&m_fit, &QTimer::timeout, this, &ProcessTreeView::fitColumns);
    // The tree's shape is the lesson: always show all of it.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_stateWidth = 0; // a new run (or none): its own states
        fitToRows();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ProcessTreeView::fitToRows);
    // Measuring every row at every sample stalled the window with hundreds of processes:
    // large trees are fitted when rows come and go or the width changes, not per sample.
    auto refit = [this] {
        if (m_model->nodeCount() <= kFitContentsRows)
            m_fit.start();
    };
    connect(model, &QAbstractItemModel::dataChanged, this, refit);
    connect(model, &QAbstractItemModel::headerDataChanged, this, refit);
    connect(model, &QAbstractItemModel::layoutChanged, this, refit);
}

void ProcessTreeView::fitToRows()
{
    expandAll();
    m_fit.start();
}

// Every number, every header and every state stays whole: a student reads them without
// hovering. A column is as wide as its values and its (two-line) header; the state column
// never narrows during a run, so a state shown once keeps its room and the column does
// not jump back and forth. When the table is narrower than that, the name gives way first
// (down to a readable minimum; a cut name shows whole on hover), and only a table narrower
// still cuts the numbers' headers, then the state.
void ProcessTreeView::fitColumns()
{
    // sizeHintForColumn() lays out the text of up to 1,000 rows per column: 35 ms for a
    // 1,000-process tree, in one turn. The rows on screen and their neighbours, up to
    // kMeasuredRows, tell the widths of a large tree well enough (a cut value shows whole
    // in its tooltip).
    header()->setResizeContentsPrecision(m_model->nodeCount() > kMeasuredRows ? kMeasuredRows : -1);
    const int count = m_model->columnCount();
    const int name = ProcessTreeModel::NameColumn, state = ProcessTreeModel::StateColumn;
    QList<int> values(count), wanted(count);
    int total = 0;
    for (int c = 0; c < count; ++c) {
        values[c] = std::max(sizeHintForColumn(c), 24);
        if (c == state)
            values[c] = m_stateWidth = std::max(m_stateWidth, values[c]);
        wanted[c] = std::max(values[c], header()->sectionSizeHint(c));
        total += wanted[c];
    }
    const int room = viewport()->width();
    auto giveWay = [&](int c, int least) {
        const int cut = std::min(wanted[c] - least, total - room);
        if (cut > 0) {
            wanted[c] -= cut;
            total -= cut;
        }
    };
    if (total > room) {
        giveWay(name, kLeastNameWidth);
        for (int c = state + 1; c < count && total > room; ++c)
            giveWay(c, std::max(values[c], 40));
        giveWay(state, iconSize().isValid() ? iconSize().width() + 20 : 36);
    } else {
        wanted[name] += room - total; // the spare width: long names are the likeliest cut
    }
    for (int c = 0; c < count; ++c)
        header()->resizeSection(c, wanted[c]);
}

QSize ProcessTreeView::sizeHint() const
{
    // Every column whole: room for a name of about 20 letters two levels deep and for the
    // longest state any process can show ("waiting for acknowledgement (R)"), with its
    // colour swatch and margins.
    int state = 0;
    for (const LiveState s : legendStates())
        state = std::max(
            state, fontMetrics().horizontalAdvance(liveStateName(s) + QStringLiteral(" (R) ↑")));
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    state += style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4 * margin;
    int width = fontMetrics().averageCharWidth() * 20 + 2 * indentation() + state;
    for (int c = ProcessTreeModel::PidColumn; c < m_model->columnCount(); ++c)
        width += c == ProcessTreeModel::StateColumn ? 0 : header()->sectionSizeHint(c);
    width += 2 * frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return {width, QTreeView::sizeHint().height()};
}

void ProcessTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    m_fit.start();
}

bool ProcessTreeView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid() && !index.data(Qt::ToolTipRole).isValid()) {
            const QString text = index.data(Qt::DisplayRole).toString();
            const QRect cell = visualRect(index);
            // Room for the text: the cell less its margins and a colour swatch if any.
            const int room =
                cell.width() - 8 -
                (index.data(Qt::DecorationRole).isValid() ? iconSize().width() + 8 : 0);
            if (fontMetrics().horizontalAdvance(text) > room) {
                QToolTip::showText(help->globalPos(), text, viewport(), cell);
                return true;
            }
        }
    }
    return QTreeView::viewportEvent(event);
}

void ProcessTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_stateWidth = 0; // other words, other widths
        m_model->retranslate();
        m_fit.start();
    }
    QTreeView::changeEvent(event);
}

} // namespace proclab
