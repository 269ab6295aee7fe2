// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/chartexport.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImageWriter>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
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

QFont exportFont(QFont font)
{
    font.setFamily(ChartExport::fontFamily());
    return font;
}

QFont captionFont()
{
    return exportFont(QApplication::font());
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
        // Every text in the export's one font family (see ChartExport::fontFamily).
        m_fonts.append(chart->titleFont());
        chart->setTitleFont(exportFont(chart->titleFont()));
        m_fonts.append(chart->legend()->font());
        chart->legend()->setFont(exportFont(chart->legend()->font()));
        for (QAbstractAxis *axis : chart->axes()) {
            m_fonts.append(axis->labelsFont());
            m_fonts.append(axis->titleFont());
            axis->setLabelsFont(exportFont(axis->labelsFont()));
            axis->setTitleFont(exportFont(axis->titleFont()));
        }
        m_sceneFont = chart->scene()->font();
        chart->scene()->setFont(exportFont(m_sceneFont));
        chart->setPos(0, 0);
        chart->resize(size);
        // QChart lays its axes and plot area out from posted layout requests.
        QCoreApplication::sendPostedEvents();
    }
    ~ChartLayoutScope()
    {
        qsizetype i = 0;
        m_chart->setTitleFont(m_fonts.at(i++));
        m_chart->legend()->setFont(m_fonts.at(i++));
        for (QAbstractAxis *axis : m_chart->axes()) {
            axis->setLabelsFont(m_fonts.at(i++));
            axis->setTitleFont(m_fonts.at(i++));
        }
        m_chart->scene()->setFont(m_sceneFont);
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
    QList<QFont> m_fonts; // title, legend, then labels and title of each axis
    QFont m_sceneFont;
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
    const QFont font = captionFont();
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
    const int strip = captionHeight(captionFont());
    ChartLayoutScope scope(chart, QSizeF(size.width(), std::max(1, size.height() - strip)));
    return chart->plotArea();
}

QString ChartExport::fileStem(const QString &title)
{
    // Letters of any script stay (\\w with Unicode properties), everything else joins words.
    static const QRegularExpression notWord(u"[^\\w]+"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString stem = title.toLower();
    stem.replace(notWord, u"-"_s);
    while (stem.startsWith(u'-'))
        stem.remove(0, 1);
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem.isEmpty() ? u"chart"_s : stem;
}

QString ChartExport::fontFamily()
{
    static const QString family = [] {
        const QStringList korean = QFontDatabase::families(QFontDatabase::Korean);
        for (const QString &preferred :
             {u"Noto Sans CJK KR"_s, u"Noto Sans KR"_s, u"NanumGothic"_s, u"Noto Sans CJK JP"_s}) {
            if (korean.contains(preferred))
                return preferred;
        }
        // Any real family that has Korean glyphs, else whatever the UI uses.
        return korean.isEmpty() ? QFontInfo(QApplication::font()).family() : korean.first();
    }();
    return family;
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
        // Groups without text carry the painter's font too: one family throughout.
        painter.setFont(captionFont());
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
