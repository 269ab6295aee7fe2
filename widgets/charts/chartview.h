// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A chart view whose context menu exports the chart: PNG (size and scale chosen),
// SVG, CSV of the data, or a copy on the clipboard. Errors are shown, never dropped.

#include "widgets/charts/chartexport.h"

#include <QChartView>
#include <functional>

namespace proclab {

// The narrowest a chart may get with whole axis labels and a legend row (the time axis
// spaces its ticks by the width it has).
inline constexpr int kChartMinWidth = 220;
// The lowest a chart may get with its title, one legend row and whole axis labels (the
// charts' fonts are compact for it).
inline constexpr int kChartMinHeight = 200;

class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

    void setCaptionProvider(std::function<ExportCaption()> provider);
    void setCsvWriter(ChartExport::CsvWriter writer);
    ExportCaption caption() const;

    void exportPng();
    void exportSvg();
    void exportCsv();
    void copyImage();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString fileStem() const;
    void report(bool ok, const QString &error);

    std::function<ExportCaption()> m_caption;
    ChartExport::CsvWriter m_csv;
};

} // namespace proclab
