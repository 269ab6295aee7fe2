// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The time series behind the charts, fed by RunSnapshot. Memory stays bounded over an
// hour-long run: the most recent frames are kept at full rate, older frames are folded
// into min/max/mean buckets, and when there are too many buckets neighbours are merged
// (each bucket then covers twice the time). Every series shares one time axis, so a
// CSV of any set of series lines up row by row.

#include "core/run/runsnapshot.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <array>
#include <deque>

class QIODevice;

namespace proclab {

class RunHistory
{
public:
    enum class Metric
    {
        ItemsPerS,        // channel: items consumed per second (sampler's interval)
        MBPerS,           // channel: payload MB (10^6 bytes) consumed per second
        Fill,             // channel: items queued
        FillPercent,      // channel: items queued as % of capacity (NaN without capacity)
        LatencyP50Us,     // channel
        LatencyP99Us,     // channel
        Consumed,         // channel: cumulative items consumed
        VoluntaryPerS,    // process: voluntary context switches per second
        InvoluntaryPerS,  // process: involuntary context switches per second
        CpuMsPerS,        // process: user+system CPU ms per second of wall time
        VoluntaryTotal,   // process: cumulative
        InvoluntaryTotal, // process: cumulative
        Cpu               // process: the CPU it last ran on (/proc/PID/stat field 39);
                          // stays last (kMetrics counts up to it)
    };

    struct Key
    {
        Metric metric = Metric::ItemsPerS;
        QString id; // channel or process id of the scenario
        bool operator==(const Key &) const = default;
    };

    // Summary of one series (over every point ever appended, not only what is kept).
    struct Stats
    {
        double min = 0, max = 0, mean = 0, last = 0;
        qint64 count = 0;
    };

    // A point as drawn: for older data, t is the bucket's mid time and min/max its
    // envelope; for recent data min == max == value.
    struct Point
    {
        double tS = 0, value = 0, min = 0, max = 0;
    };

    // recentFrames at full rate + at most maxBuckets summarised buckets per series.
    explicit RunHistory(int recentFrames = 600, int maxBuckets = 400);

    void clear();
    void append(const RunSnapshot &snapshot);
    // The run's last snapshot (the agent's final accounting): appended as a frame when it
    // is newer than the last one, otherwise it only replaces lastSnapshot() so summaries
    // use the final numbers without a duplicate time in the series.
    void appendFinal(const RunSnapshot &snapshot);

    static bool isChannelMetric(Metric metric);
    static QString metricColumnName(Metric metric); // "items_per_s", ... (CSV, stable)

    QList<Key> keys() const; // in order of first appearance
    bool contains(const Key &key) const;
    QList<Point> points(const Key &key) const; // oldest first, NaN values skipped
    // The sum of several series at every time one of them has a value, in one pass over
    // the history (a sum over thousands of processes, point by point, took too long).
    QList<Point> sumPoints(const QList<Key> &keys) const;
    Stats stats(const Key &key) const;

    int frameCount() const;  // full-rate frames kept
    int bucketCount() const; // summarised buckets kept
    int pointBudget() const; // recentFrames + maxBuckets: most points a series holds
    qint64 appendedCount() const;
    double firstTimeS() const;
    double lastTimeS() const;
    const RunSnapshot &lastSnapshot() const;

    // One row per kept frame or bucket (bucket rows give the mean), a header row
    // "time_s,<metric>:<id>,...". Returns false with *error on a write failure.
    bool writeCsv(QIODevice *device, const QList<Key> &keys, QString *error) const;

private:
    struct Aggregate
    {
        double min = 0, max = 0, sum = 0;
        qint64 count = 0;
        void add(double v);
        void merge(const Aggregate &other);
    };
    struct Frame
    {
        double tS = 0;
        QList<double> values; // indexed by series; NaN = no value at that time
    };
    struct Bucket
    {
        double t0S = 0, t1S = 0;
        int frames = 0;
        QList<Aggregate> values;
    };

    static constexpr int kMetrics = int(Metric::Cpu) + 1; // Cpu is the last Metric
    static constexpr int kProcessMetrics = 6;             // the series each process has
    struct ProcessSeries
    {
        QString node;
        int subject = -1;
    };
    // A series is a metric of a subject (a channel's or a process's id). Subjects, not
    // series, are hashed: at 4,096 processes that is 4,096 hash entries, not 24,576, and
    // the first snapshot of a large run no longer spends a GUI turn building the index.
    struct Series
    {
        Metric metric = Metric::ItemsPerS;
        int subject = 0;
    };
    using SubjectSeries = std::array<int, kMetrics>; // series index per metric, -1 if none
    int subjectIndex(const QString &id);
    int seriesIndex(int subject, Metric metric);
    int seriesIndex(const Key &key);
    int findSeries(const Key &key) const; // -1 if the history has no such series
    // The subject of the process at `position` of a snapshot, with its series made.
    int processSubject(qsizetype position, const QString &node);
    void set(Frame &frame, Metric metric, const QString &id, double value);
    void setAt(Frame &frame, int index, double value);
    void foldOldestFrame();
    void mergeBuckets();

    int m_recentFrames;
    int m_maxBuckets;
    int m_framesPerBucket = 1;
    std::deque<Frame> m_frames;
    std::deque<Bucket> m_buckets;
    QList<Series> m_series;
    QStringList m_subjects;
    QHash<QString, int> m_subjectIndex;
    QList<SubjectSeries> m_subjectSeries;
    // The process at each position of the last snapshot and its subject: snapshots list the
    // processes in the same order each time, so the index is searched only for a process
    // new at its position (6,000 look-ups per snapshot at 1,000 processes before).
    QList<ProcessSeries> m_processSeries;
    QList<Aggregate> m_totals; // per series, over everything appended
    QList<double> m_lastValues;
    qint64 m_appended = 0;
    double m_firstTimeS = 0;
    RunSnapshot m_last;
    bool m_hasLast = false;
};

} // namespace proclab
