// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/chartexport.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <memory>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {

int captionHeight(const QFont &font)
{
    return QFontMetrics(font).height() + 8;
}

// Lays the chart out at `size` for the duration of an export and puts it back after,
// so exporting from the panel leaves the on-screen chart untouched. A chart not in a
// scene (e.g. built by the CLI) gets a temporary one.
class ChartLayoutScope
{
public:
    ChartLayoutScope(QChart *chart, const QSizeF &size)
        : m_chart(chart), m_oldSize(chart->size()), m_oldPos(chart->pos())
    {
        if (!chart->scene()) {
            m_scene = std::make_unique<QGraphicsScene>();
            m_scene->addItem(chart);
        }
        chart->setPos(0, 0);
        chart->resize(size);
        // QChart lays its axes and plot area out from posted layout requests.
        QCoreApplication::sendPostedEvents();
    }
    ~ChartLayoutScope()
    {
        m_chart->setPos(m_oldPos);
        if (m_scene)
            m_scene->removeItem(m_chart);
        else
            m_chart->resize(m_oldSize);
        QCoreApplication::sendPostedEvents();
    }
    QGraphicsScene *scene() const { return m_chart->scene(); }

private:
    QChart *m_chart;
    QSizeF m_oldSize;
    QPointF m_oldPos;
    std::unique_ptr<QGraphicsScene> m_scene;
};

} // namespace

QString ExportCaption::text() const
{
    const QString when = QLocale().toString(date.isValid() ? date : QDateTime::currentDateTime(),
                                            QLocale::ShortFormat);
    const QString name = scenario.isEmpty() ? ChartExport::tr("(unsaved scenario)") : scenario;
    return ChartExport::tr("%1 · %2 · %3").arg(name, when, machine.caption());
}

void ChartExport::paint(QPainter *painter, QChart *chart, const QSize &size,
                        const ExportCaption &caption)
{
    const QFont font = QApplication::font();
    const int strip = captionHeight(font);
    const QSizeF chartSize(size.width(), std::max(1, size.height() - strip));
    painter->fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
    {
        ChartLayoutScope scope(chart, chartSize);
        scope.scene()->render(painter, QRectF(QPointF(0, 0), chartSize),
                              QRectF(QPointF(0, 0), chartSize));
    }
    painter->setFont(font);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QRectF captionRect(6, chartSize.height(), size.width() - 12, strip);
    const QString text =
        QFontMetrics(font).elidedText(caption.text(), Qt::ElideMiddle, int(captionRect.width()));
    painter->drawText(captionRect, Qt::AlignVCenter | Qt::AlignLeft, text);
}

QImage ChartExport::renderImage(QChart *chart, const QSize &size, qreal scale,
                                const ExportCaption &caption)
{
    if (!chart || size.isEmpty() || scale <= 0)
        return {};
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(&painter, chart, size, caption);
    painter.end();
    return image;
}

QRectF ChartExport::plotAreaInImage(QChart *chart, const QSize &size)
{
    const int strip = captionHeight(QApplication::font());
    ChartLayoutScope scope(chart, QSizeF(size.width(), std::max(1, size.height() - strip)));
    return chart->plotArea();
}

bool ChartExport::savePng(QChart *chart, const QString &path, const QSize &size, qreal scale,
                          const ExportCaption &caption, QString *error)
{
    const QImage image = renderImage(chart, size, scale, caption);
    if (image.isNull()) {
        if (error)
            *error = tr("%1: cannot render a %2×%3 image at scale %4")
                         .arg(path)
                         .arg(size.width())
                         .arg(size.height())
                         .arg(scale);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, writer.error() != QImageWriter::UnknownError
                                                ? writer.errorString()
                                                : file.errorString());
        return false;
    }
    return true;
}

bool ChartExport::saveSvg(QChart *chart, const QString &path, const QSize &size,
                          const QString &title, const QString &description,
                          const ExportCaption &caption, QString *error)
{
    if (!chart || size.isEmpty()) {
        if (error)
            *error = tr("%1: nothing to export").arg(path);
        return false;
    }
    // QSvgGenerator cannot report a failed write, so write to memory and save atomically.
    QByteArray svg;
    {
        QBuffer buffer(&svg);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(title);
        generator.setDescription(description + u'\n' + caption.text());
        QPainter painter;
        if (!painter.begin(&generator)) {
            if (error)
                *error = tr("%1: cannot start the SVG painter").arg(path);
            return false;
        }
        paint(&painter, chart, size, caption);
        painter.end();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(svg) != svg.size() || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ChartExport::copyImage(QChart *chart, const QSize &size, qreal scale,
                            const ExportCaption &caption, QString *error)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QImage image = renderImage(chart, size, scale, caption);
    if (!clipboard || image.isNull()) {
        if (error)
            *error = tr("Cannot copy the chart to the clipboard.");
        return false;
    }
    clipboard->setImage(image);
    return true;
}

bool ChartExport::saveCsv(const CsvWriter &writer, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (!writer || !writer(&file, &why)) {
        file.cancelWriting();
        if (error)
            *error = tr("%1: %2").arg(path, why.isEmpty() ? tr("no data to write") : why);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace proclab
