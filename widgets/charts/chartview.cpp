// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/chartview.h"

#include "widgets/charts/exportimagedialog.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace proclab {

ChartView::ChartView(QChart *chart, QWidget *parent) : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(kChartMinWidth, kChartMinHeight); // smaller, Qt Charts elides labels
}

void ChartView::setCaptionProvider(std::function<ExportCaption()> provider)
{
    m_caption = std::move(provider);
}

void ChartView::setCsvWriter(ChartExport::CsvWriter writer)
{
    m_csv = std::move(writer);
}

static ExportCaption defaultCaption()
{
    return {QString(), QDateTime::currentDateTime(), MachineInfo::current()};
}

ExportCaption ChartView::caption() const
{
    return m_caption ? m_caption() : defaultCaption();
}

QString ChartView::fileStem() const
{
    return ChartExport::fileStem(chart()->title());
}

void ChartView::report(bool ok, const QString &error)
{
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ChartView::exportPng()
{
    ExportImageDialog dialog(size().expandedTo(QSize(800, 500)), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart as PNG"), fileStem() + u".png"_s, tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    report(
        ChartExport::savePng(chart(), path, dialog.imageSize(), dialog.scale(), caption(), &error),
        error);
}

void ChartView::exportSvg()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart as SVG"), fileStem() + u".svg"_s, tr("SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    report(ChartExport::saveSvg(chart(), path, size().expandedTo(QSize(800, 500)), chart()->title(),
                                tr("ProcLab chart"), caption(), &error),
           error);
}

void ChartView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart data as CSV"), fileStem() + u".csv"_s, tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    report(ChartExport::saveCsv(m_csv, path, &error), error);
}

void ChartView::copyImage()
{
    QString error;
    report(ChartExport::copyImage(chart(), size(), devicePixelRatioF(), caption(), &error), error);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG…"), this, &ChartView::exportPng);
    menu.addAction(tr("Save as SVG…"), this, &ChartView::exportSvg);
    QAction *csv = menu.addAction(tr("Save data as CSV…"), this, &ChartView::exportCsv);
    csv->setEnabled(bool(m_csv));
    menu.addSeparator();
    menu.addAction(tr("Copy image"), this, &ChartView::copyImage);
    menu.exec(event->globalPos());
}

} // namespace proclab
