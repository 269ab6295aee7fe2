// SPDX-License-Identifier: GPL-3.0-or-later
// `run ... --chart out.png|out.svg --csv out.csv` and `bench ctxswitch --chart out.png`:
// the same charts and CSV the app exports, drawn headless from the run's snapshots or the
// bench's result. Registers itself as a CliExtension; the commands do not know it.

#include "app/cli/cliextension.h"
#include "app/cli/clioutput.h"
#include "core/history/livechartspecs.h"
#include "core/scenario/scenarioio.h"
#include "widgets/charts/chartexport.h"
#include "widgets/charts/livechartspage.h"
#include "widgets/charts/overheadpage.h"
#include "widgets/charts/timechart.h"

#include <QChart>
#include <QFileInfo>
#include <QTemporaryDir>
#include <memory>

namespace proclab::cli {

namespace {

const QSize kImageSize(1200, 700);

// "" if `path` names an image format we write, else the message saying why not.
QString checkImagePath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return Text::tr("--chart %1: the file must end in .png or .svg").arg(path);
    return {};
}

bool saveImage(QChart *chart, const QString &path, const QString &title,
               const ExportCaption &caption, QString *error)
{
    if (QFileInfo(path).suffix().toLower() == QLatin1String("svg"))
        return ChartExport::saveSvg(chart, path, kImageSize, title, caption.text(), caption, error);
    return ChartExport::savePng(chart, path, kImageSize, 1.0, caption, error);
}

class ChartOutput : public CliExtension
{
public:
    QList<QCommandLineOption> runOptions() const override
    {
        return {QCommandLineOption(QStringLiteral("chart"),
                                   Text::tr("also draw the throughput chart (or, without "
                                            "channels, context switches; for the speed-up "
                                            "lab, which CPU each worker ran on) to "
                                            "FILE.png|.svg"),
                                   QStringLiteral("FILE")),
                QCommandLineOption(QStringLiteral("csv"),
                                   Text::tr("also write every series of the run to FILE.csv"),
                                   QStringLiteral("FILE"))};
    }

    bool prepareRun(const QCommandLineParser &parser, const Scenario &scenario,
                    QString *error) override
    {
        m_chartPath = parser.value(QStringLiteral("chart"));
        m_csvPath = parser.value(QStringLiteral("csv"));
        if (m_chartPath.isEmpty() && m_csvPath.isEmpty())
            return true;
        if (!m_chartPath.isEmpty()) {
            if (const QString problem = checkImagePath(m_chartPath); !problem.isEmpty()) {
                *error = problem;
                return false;
            }
        }
        // The scenario as the run command loaded it (a file or an example by name): the
        // labels and colours the charts use.
        m_page = std::make_unique<LiveChartsPage>();
        m_page->setWindowS(0); // the whole run
        m_page->startRun(scenario);
        return true;
    }

    void runSnapshot(const RunSnapshot &snapshot) override
    {
        if (m_page)
            m_page->addSnapshot(snapshot);
    }

    bool finishRun(const RunSummary &, const RunSnapshot &last, QString *error) override
    {
        if (!m_page)
            return true;
        m_page->history()->appendFinal(last);
        if (!m_csvPath.isEmpty()) {
            const std::shared_ptr<RunHistory> history = m_page->history();
            if (!ChartExport::saveCsv(
                    [history](QIODevice *d, QString *e) {
                        return history->writeCsv(d, history->keys(), e);
                    },
                    m_csvPath, error))
                return false;
        }
        if (!m_chartPath.isEmpty()) {
            m_page->refreshNow();
            const QList<TimeChart *> charts = m_page->charts();
            // Channels are what a producer-consumer run is about; a process tree has
            // only its context switches to show; the speed-up lab is about which CPU
            // each worker got.
            using Kind = LiveChartSpecs::Kind;
            Kind kind = m_page->scenario().channels.isEmpty() ? Kind::Switches : Kind::Throughput;
            for (const ProcessSpec &p : m_page->scenario().processes)
                if (p.behaviour.kind == BehaviourKind::CountPrimes)
                    kind = Kind::CpuTimeline;
            TimeChart *chart = charts.at(int(kind));
            if (!saveImage(chart, m_chartPath, chart->title(), m_page->caption(), error))
                return false;
        }
        return true;
    }

    QList<QCommandLineOption> benchOptions() const override
    {
        return {QCommandLineOption(QStringLiteral("chart"),
                                   Text::tr("ctxswitch: also draw the result to FILE.png|.svg"),
                                   QStringLiteral("FILE"))};
    }

    bool finishBench(const BenchResult &result, const QHash<QString, QString> &values,
                     QString *error) override
    {
        const QString path = values.value(QStringLiteral("chart"));
        if (path.isEmpty())
            return true;
        if (const QString problem = checkImagePath(path); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        if (result.kind != QLatin1String("ctxswitch")) {
            *error = Text::tr("--chart is available for bench ctxswitch only");
            return false;
        }
        const auto parsed = CtxSwitchResult::fromJson(result.json, error);
        if (!parsed)
            return false;
        CtxSwitchResult r = *parsed;
        r.measuredAt = QDateTime::currentDateTime();
        // A throw-away cache: a headless chart must not replace the app's measurement.
        QTemporaryDir scratch;
        OverheadPage page(nullptr, scratch.filePath(QStringLiteral("cache.json")));
        page.setResult(r);
        const ExportCaption caption{Text::tr("bench ctxswitch"), r.measuredAt,
                                    MachineInfo::current()};
        return saveImage(page.chart(), path, page.chart()->title(), caption, error);
    }

private:
    QString m_chartPath, m_csvPath;
    std::unique_ptr<LiveChartsPage> m_page;
};

const CliExtension::Registration registration(new ChartOutput);

} // namespace

} // namespace proclab::cli
