// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Exporting any chart: PNG at a chosen size and scale, SVG with title and description,
// CSV of the data behind it, or an image on the clipboard. Exported images carry a
// caption (scenario, date, CPU model, CPUs, kernel) so a picture taken out of the app
// still says where its numbers came from. Every failure comes back as a message.

#include "core/bench/machineinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QSize>
#include <QString>
#include <functional>

class QChart;
class QIODevice;
class QPainter;

namespace proclab {

struct ExportCaption
{
    QString scenario;
    QDateTime date;
    MachineInfo machine;
    QString text() const; // one line, translated
};

class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    // Writes the data behind a chart; false with *error on failure.
    using CsvWriter = std::function<bool(QIODevice *, QString *)>;

    // The chart laid out at `size` (logical pixels) with the caption strip at the bottom,
    // rendered at `scale` device pixels per logical pixel.
    static QImage renderImage(QChart *chart, const QSize &size, qreal scale,
                              const ExportCaption &caption);
    static bool savePng(QChart *chart, const QString &path, const QSize &size, qreal scale,
                        const ExportCaption &caption, QString *error);
    static bool saveSvg(QChart *chart, const QString &path, const QSize &size, const QString &title,
                        const QString &description, const ExportCaption &caption, QString *error);
    static bool copyImage(QChart *chart, const QSize &size, qreal scale,
                          const ExportCaption &caption, QString *error);
    static bool saveCsv(const CsvWriter &writer, const QString &path, QString *error);

    // Where the chart's plot area lands in an image made by renderImage (logical pixels).
    static QRectF plotAreaInImage(QChart *chart, const QSize &size);

private:
    static void paint(QPainter *painter, QChart *chart, const QSize &size,
                      const ExportCaption &caption);
};

} // namespace proclab
