// SPDX-License-Identifier: GPL-3.0-or-later
// linePoints: a chart line keeps the points that change its picture, and only those.
#include "widgets/charts/linepoints.h"

#include <QTest>

using namespace proclab;

class TestLinePoints : public QObject
{
    Q_OBJECT
private slots:
    void levelStretchesKeepTheirEnds()
    {
        const QList<QPointF> in{{0, 0}, {1, 0}, {2, 0}, {3, 5}, {4, 5},
                                {5, 5}, {6, 5}, {7, 0}, {8, 2}, {9, 2}};
        const QList<QPointF> expected{{0, 0}, {2, 0}, {3, 5}, {6, 5}, {7, 0}, {8, 2}, {9, 2}};
        QCOMPARE(linePoints(in, 0), expected);
    }

    void changingValuesAreAllKept()
    {
        const QList<QPointF> in{{0, 1}, {1, 2}, {2, 1}, {3, 2}, {4, 3}};
        QCOMPARE(linePoints(in, -10), in);
    }

    void theLineEntersFromLeftOfTheWindow()
    {
        const QList<QPointF> in{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}};
        QCOMPARE(linePoints(in, 2.5), (QList<QPointF>{{2, 3}, {3, 4}, {4, 5}}));
        QCOMPARE(linePoints(in, 3), (QList<QPointF>{{2, 3}, {3, 4}, {4, 5}}));
        QCOMPARE(linePoints(in, 9), (QList<QPointF>{{4, 5}})); // only its last known value
        QCOMPARE(linePoints({}, 0), QList<QPointF>{});
    }

    void valuesAreScaledBeforeTheyAreCompared()
    {
        const QList<QPointF> in{{0, 2000}, {1, 2000}, {2, 2000}, {3, 4000}};
        QCOMPARE(linePoints(in, 0, 1000), (QList<QPointF>{{0, 2}, {2, 2}, {3, 4}}));
    }
};

QTEST_APPLESS_MAIN(TestLinePoints)
#include "tst_linepoints.moc"
