// SPDX-License-Identifier: GPL-3.0-or-later
// Every diagram ProcLab ships (the examples and the lessons' scenarios), as the canvas draws
// it. What a box says under its label stays whole, in English and Korean (the real .qm): a
// process's behaviour ("counter++ × 100000") and a channel's size and mode; cut to "…", the
// number a lesson asks about (how many additions?) was not on the canvas. And no two boxes
// touch: 13 px apart, the mailbox example's edges ran over its senders' corners.
#include "core/scenario/autolayout.h"
#include "core/scenario/scenarioio.h"
#include "widgets/diagram/behaviourtext.h"
#include "widgets/diagram/channelitem.h"
#include "widgets/diagram/processitem.h"

#include <QApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QLocale>
#include <QTest>

#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace proclab;

class TestShippedDiagrams : public QObject
{
    Q_OBJECT
    test::InterfaceLanguage m_language;

    void setLanguage(const QString &language) { m_language.set(language); }

    static QStringList shippedScenarios()
    {
        QStringList paths;
        for (const QString &dir : {u"resources/scenarios"_s, u"resources/lessons/scenarios"_s}) {
            const QDir d(test::sourcePath(dir));
            for (const QString &f : d.entryList({u"*.proclab.json"_s}, QDir::Files))
                paths.append(d.filePath(f));
        }
        return paths;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_language.load(), qPrintable(u"cannot load PROCLAB_KO_QM="_s +
                                               qEnvironmentVariable("PROCLAB_KO_QM")));
        QVERIFY(shippedScenarios().size() >= 30);
    }
    void cleanup() { setLanguage(u"en"_s); }

    void detailLinesWhole_data() { test::addLanguageRows(); }
    void detailLinesWhole()
    {
        QFETCH(QString, language);
        setLanguage(language);
        const QFontMetricsF processFont(ProcessItem::detailFont(QApplication::font()));
        const QFontMetricsF channelFont(ChannelItem::detailFont(QApplication::font()));
        QStringList cut;
        for (const QString &path : shippedScenarios()) {
            const LoadResult loaded = loadScenarioFile(path);
            QVERIFY2(loaded.ok(), qPrintable(path));
            for (const ProcessSpec &p : loaded.scenario->processes) {
                const ProcessItem item(p);
                const QString text = behaviourSummary(p.behaviour);
                if (processFont.horizontalAdvance(text) > item.detailWidth())
                    cut << u"%1: process %2: \"%3\" (%4 px of %5)"_s
                               .arg(QDir(path).dirName(), p.id, text)
                               .arg(processFont.horizontalAdvance(text))
                               .arg(item.detailWidth());
            }
            for (const ChannelSpec &c : loaded.scenario->channels) {
                const ChannelItem item(c);
                const QString text = item.detailText();
                if (channelFont.horizontalAdvance(text) > item.detailWidth())
                    cut << u"%1: channel %2: \"%3\" (%4 px of %5)"_s
                               .arg(QDir(path).dirName(), c.id, text)
                               .arg(channelFont.horizontalAdvance(text))
                               .arg(item.detailWidth());
            }
        }
        for (const QString &line : std::as_const(cut))
            qWarning().noquote() << line; // every one: a failure message is cut short
        QVERIFY2(cut.isEmpty(), qPrintable(u"%1 lines cut, listed above"_s.arg(cut.size())));
    }

    void boxesKeepApart()
    {
        constexpr qreal kGap = 16; // room for an arrowhead between neighbours
        QStringList close;
        for (const QString &path : shippedScenarios()) {
            const LoadResult loaded = loadScenarioFile(path);
            QVERIFY2(loaded.ok(), qPrintable(path));
            Scenario s = *loaded.scenario;
            AutoLayout::layout(s, AutoLayout::Mode::Missing); // as opening it does
            QList<QPair<QString, QRectF>> boxes;
            for (const ProcessSpec &p : s.processes)
                boxes.append({p.id, QRectF(*p.position, ProcessItem(p).size())});
            for (const ChannelSpec &c : s.channels)
                boxes.append({c.id, QRectF(*c.position, ChannelItem(c).size())});
            for (qsizetype i = 0; i < boxes.size(); ++i) {
                for (qsizetype j = i + 1; j < boxes.size(); ++j) {
                    const QRectF a = boxes[i].second.adjusted(-kGap, -kGap, kGap, kGap);
                    if (a.intersects(boxes[j].second))
                        close << u"%1: %2 and %3"_s.arg(QDir(path).dirName(), boxes[i].first,
                                                        boxes[j].first);
                }
            }
        }
        QVERIFY2(close.isEmpty(),
                 qPrintable(u"boxes closer than %1 px:\n"_s.arg(kGap) + close.join(u'\n')));
    }
};

QTEST_MAIN(TestShippedDiagrams)
#include "tst_shippeddiagrams.moc"
