// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/runhistory.h"

#include <QIODevice>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The series every process has, in the order append() computes their values.
constexpr RunHistory::Metric kProcessMetricList[] = {
    RunHistory::Metric::VoluntaryPerS,    RunHistory::Metric::InvoluntaryPerS,
    RunHistory::Metric::CpuMsPerS,        RunHistory::Metric::VoluntaryTotal,
    RunHistory::Metric::InvoluntaryTotal, RunHistory::Metric::Cpu};

// CSV numbers are written in the C locale with enough digits to read back exactly.
QString csvNumber(double v)
{
    if (std::isnan(v))
        return {};
    return QString::number(v, 'g', 17);
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

void RunHistory::Aggregate::add(double v)
{
    if (std::isnan(v))
        return;
    if (count == 0) {
        min = max = v;
    } else {
        min = std::min(min, v);
        max = std::max(max, v);
    }
    sum += v;
    ++count;
}

void RunHistory::Aggregate::merge(const Aggregate &other)
{
    if (other.count == 0)
        return;
    if (count == 0) {
        *this = other;
        return;
    }
    min = std::min(min, other.min);
    max = std::max(max, other.max);
    sum += other.sum;
    count += other.count;
}

RunHistory::RunHistory(int recentFrames, int maxBuckets)
    : m_recentFrames(std::max(2, recentFrames)), m_maxBuckets(std::max(2, maxBuckets))
{}

void RunHistory::clear()
{
    m_framesPerBucket = 1;
    m_frames.clear();
    m_buckets.clear();
    m_series.clear();
    m_subjects.clear();
    m_subjectIndex.clear();
    m_subjectSeries.clear();
    m_processSeries.clear();
    m_totals.clear();
    m_lastValues.clear();
    m_appended = 0;
    m_firstTimeS = 0;
    m_last = {};
    m_hasLast = false;
}

bool RunHistory::isChannelMetric(Metric metric)
{
    return metric <= Metric::Consumed;
}

QString RunHistory::metricColumnName(Metric metric)
{
    switch (metric) {
    case Metric::ItemsPerS:
        return u"items_per_s"_s;
    case Metric::MBPerS:
        return u"mb_per_s"_s;
    case Metric::Fill:
        return u"fill"_s;
    case Metric::FillPercent:
        return u"fill_percent"_s;
    case Metric::LatencyP50Us:
        return u"latency_p50_us"_s;
    case Metric::LatencyP99Us:
        return u"latency_p99_us"_s;
    case Metric::Consumed:
        return u"consumed"_s;
    case Metric::VoluntaryPerS:
        return u"voluntary_switches_per_s"_s;
    case Metric::InvoluntaryPerS:
        return u"involuntary_switches_per_s"_s;
    case Metric::CpuMsPerS:
        return u"cpu_ms_per_s"_s;
    case Metric::VoluntaryTotal:
        return u"voluntary_switches"_s;
    case Metric::InvoluntaryTotal:
        return u"involuntary_switches"_s;
    case Metric::Cpu:
        return u"cpu"_s;
    }
    return {};
}

int RunHistory::subjectIndex(const QString &id)
{
    if (const auto it = m_subjectIndex.constFind(id); it != m_subjectIndex.constEnd())
        return *it;
    const int subject = int(m_subjects.size());
    m_subjectIndex.insert(id, subject);
    m_subjects.append(id);
    SubjectSeries none;
    none.fill(-1);
    m_subjectSeries.append(none);
    return subject;
}

int RunHistory::seriesIndex(int subject, Metric metric)
{
    int &index = m_subjectSeries[subject][int(metric)];
    if (index >= 0)
        return index;
    index = int(m_series.size());
    m_series.append({metric, subject});
    m_totals.append(Aggregate{});
    m_lastValues.append(kNaN);
    // Older frames and buckets had no value for the new series.
    for (Frame &f : m_frames)
        f.values.append(kNaN);
    for (Bucket &b : m_buckets)
        b.values.append(Aggregate{});
    return index;
}

int RunHistory::seriesIndex(const Key &key)
{
    return seriesIndex(subjectIndex(key.id), key.metric);
}

int RunHistory::findSeries(const Key &key) const
{
    const int subject = m_subjectIndex.value(key.id, -1);
    return subject < 0 ? -1 : m_subjectSeries[subject][int(key.metric)];
}

int RunHistory::processSubject(qsizetype position, const QString &node)
{
    if (m_processSeries.size() <= position)
        m_processSeries.resize(position + 1);
    ProcessSeries &ps = m_processSeries[position];
    if (ps.node.isNull() || ps.node != node) {
        ps.node = node;
        ps.subject = subjectIndex(node);
        for (Metric metric : kProcessMetricList)
            seriesIndex(ps.subject, metric);
    }
    return ps.subject;
}

void RunHistory::set(Frame &frame, Metric metric, const QString &id, double value)
{
    setAt(frame, seriesIndex({metric, id}), value);
}

void RunHistory::setAt(Frame &frame, int index, double value)
{
    if (frame.values.size() <= index)
        frame.values.resize(index + 1, kNaN);
    frame.values[index] = value;
    m_totals[index].add(value);
    if (!std::isnan(value))
        m_lastValues[index] = value;
}

void RunHistory::append(const RunSnapshot &snapshot)
{
    Frame frame;
    frame.tS = snapshot.elapsedMs / 1000.0;
    frame.values.resize(m_series.size(), kNaN);
    if (m_appended == 0)
        m_firstTimeS = frame.tS;

    for (const ChannelSample &c : snapshot.channels) {
        set(frame, Metric::ItemsPerS, c.id, c.itemsPerS);
        set(frame, Metric::MBPerS, c.id, c.bytesPerS / 1e6);
        set(frame, Metric::Fill, c.id, double(c.fill));
        set(frame, Metric::FillPercent, c.id,
            c.capacity > 0 ? 100.0 * double(c.fill) / double(c.capacity) : kNaN);
        set(frame, Metric::LatencyP50Us, c.id, c.latency.p50);
        set(frame, Metric::LatencyP99Us, c.id, c.latency.p99);
        set(frame, Metric::Consumed, c.id, double(c.consumed));
    }

    // Rates come from the difference to the previous snapshot of the same process;
    // the first sample of a process has no rate (NaN), not a misleading zero.
    const double dt = m_hasLast ? (snapshot.elapsedMs - m_last.elapsedMs) / 1000.0 : 0;
    // A run's first snapshot brings every process's series at once (24,576 at 4,096
    // processes): room for them in one step rather than by repeated growth.
    if (const qsizetype more =
            (snapshot.processes.size() - m_processSeries.size()) * kProcessMetrics;
        more > 0) {
        const qsizetype newProcesses = more / kProcessMetrics;
        m_processSeries.reserve(snapshot.processes.size());
        m_subjects.reserve(m_subjects.size() + newProcesses);
        m_subjectIndex.reserve(m_subjectIndex.size() + newProcesses);
        m_subjectSeries.reserve(m_subjectSeries.size() + newProcesses);
        m_series.reserve(m_series.size() + more);
        m_totals.reserve(m_totals.size() + more);
        m_lastValues.reserve(m_lastValues.size() + more);
        frame.values.reserve(m_series.size() + more);
    }
    for (qsizetype i = 0; i < snapshot.processes.size(); ++i) {
        const ProcessSample &p = snapshot.processes.at(i);
        double vol = kNaN, invol = kNaN, cpu = kNaN;
        if (dt > 0 && p.pid != 0) {
            // Snapshots list the processes in scenario order, so the previous sample of
            // process i is almost always at i: looking there first keeps a 4,096-process
            // run linear instead of quadratic.
            const qsizetype from = i < m_last.processes.size() ? i : 0;
            for (qsizetype k = 0; k < m_last.processes.size(); ++k) {
                const ProcessSample &prev =
                    m_last.processes.at((from + k) % m_last.processes.size());
                if (prev.node != p.node || prev.pid != p.pid || p.pid == 0)
                    continue;
                vol = std::max<qint64>(0, p.voluntaryCtxt - prev.voluntaryCtxt) / dt;
                invol = std::max<qint64>(0, p.nonvoluntaryCtxt - prev.nonvoluntaryCtxt) / dt;
                const qint64 cpuMs = (p.utimeMs + p.stimeMs) - (prev.utimeMs + prev.stimeMs);
                cpu = std::max<qint64>(0, cpuMs) / dt;
                break;
            }
        }
        const bool running = p.life == ProcessSample::Life::Alive && p.cpu >= 0;
        const SubjectSeries &series = m_subjectSeries.at(processSubject(i, p.node));
        const double values[kProcessMetrics] = {vol,
                                                invol,
                                                cpu,
                                                double(p.voluntaryCtxt),
                                                double(p.nonvoluntaryCtxt),
                                                running ? double(p.cpu) : kNaN};
        static_assert(std::size(kProcessMetricList) == kProcessMetrics);
        for (int k = 0; k < kProcessMetrics; ++k)
            setAt(frame, series[int(kProcessMetricList[k])], values[k]);
    }

    m_frames.push_back(std::move(frame));
    while (int(m_frames.size()) > m_recentFrames)
        foldOldestFrame();
    m_last = snapshot;
    m_hasLast = true;
    ++m_appended;
}

void RunHistory::appendFinal(const RunSnapshot &snapshot)
{
    if (!m_hasLast || snapshot.elapsedMs > m_last.elapsedMs)
        append(snapshot);
    else
        m_last = snapshot;
}

void RunHistory::foldOldestFrame()
{
    const Frame &f = m_frames.front();
    if (m_buckets.empty() || m_buckets.back().frames >= m_framesPerBucket) {
        Bucket b;
        b.t0S = f.tS;
        b.values.resize(m_series.size());
        m_buckets.push_back(std::move(b));
    }
    Bucket &b = m_buckets.back();
    b.t1S = f.tS;
    ++b.frames;
    for (int i = 0; i < f.values.size(); ++i)
        b.values[i].add(f.values[i]);
    m_frames.pop_front();
    if (int(m_buckets.size()) > m_maxBuckets)
        mergeBuckets();
}

// Halves the number of buckets by merging neighbours; from now on a bucket takes
// twice as many frames, so the bucket count stays under the budget for any run length.
void RunHistory::mergeBuckets()
{
    std::deque<Bucket> merged;
    for (size_t i = 0; i < m_buckets.size(); i += 2) {
        Bucket b = std::move(m_buckets[i]);
        if (i + 1 < m_buckets.size()) {
            const Bucket &next = m_buckets[i + 1];
            b.t1S = next.t1S;
            b.frames += next.frames;
            for (int s = 0; s < b.values.size(); ++s)
                b.values[s].merge(next.values[s]);
        }
        merged.push_back(std::move(b));
    }
    m_buckets = std::move(merged);
    m_framesPerBucket *= 2;
}

QList<RunHistory::Key> RunHistory::keys() const
{
    QList<Key> keys;
    keys.reserve(m_series.size());
    for (const Series &s : m_series)
        keys.append({s.metric, m_subjects.at(s.subject)});
    return keys;
}

bool RunHistory::contains(const Key &key) const
{
    return findSeries(key) >= 0;
}

QList<RunHistory::Point> RunHistory::points(const Key &key) const
{
    QList<Point> out;
    const int index = findSeries(key);
    if (index < 0)
        return out;
    out.reserve(int(m_buckets.size() + m_frames.size()));
    for (const Bucket &b : m_buckets) {
        const Aggregate &a = b.values[index];
        if (a.count > 0)
            out.append({(b.t0S + b.t1S) / 2, a.sum / double(a.count), a.min, a.max});
    }
    for (const Frame &f : m_frames) {
        const double v = f.values.value(index, kNaN);
        if (!std::isnan(v))
            out.append({f.tS, v, v, v});
    }
    return out;
}

QList<RunHistory::Point> RunHistory::sumPoints(const QList<Key> &keys) const
{
    QList<int> indices;
    for (const Key &key : keys) {
        const int index = findSeries(key);
        if (index >= 0)
            indices.append(index);
    }
    QList<Point> out;
    if (indices.isEmpty())
        return out;
    for (const Bucket &b : m_buckets) {
        double sum = 0;
        bool any = false;
        for (int index : std::as_const(indices)) {
            const Aggregate &a = b.values[index];
            if (a.count > 0) {
                sum += a.sum / double(a.count);
                any = true;
            }
        }
        if (any)
            out.append({(b.t0S + b.t1S) / 2, sum, sum, sum});
    }
    for (const Frame &f : m_frames) {
        double sum = 0;
        bool any = false;
        for (int index : std::as_const(indices)) {
            const double v = f.values.value(index, kNaN);
            if (!std::isnan(v)) {
                sum += v;
                any = true;
            }
        }
        if (any)
            out.append({f.tS, sum, sum, sum});
    }
    return out;
}

RunHistory::Stats RunHistory::stats(const Key &key) const
{
    const int index = findSeries(key);
    if (index < 0 || m_totals[index].count == 0)
        return {};
    const Aggregate &a = m_totals[index];
    return {a.min, a.max, a.sum / double(a.count), m_lastValues[index], a.count};
}

int RunHistory::frameCount() const
{
    return int(m_frames.size());
}

int RunHistory::bucketCount() const
{
    return int(m_buckets.size());
}

int RunHistory::pointBudget() const
{
    return m_recentFrames + m_maxBuckets;
}

qint64 RunHistory::appendedCount() const
{
    return m_appended;
}

double RunHistory::firstTimeS() const
{
    return m_firstTimeS;
}

double RunHistory::lastTimeS() const
{
    return m_hasLast ? m_last.elapsedMs / 1000.0 : 0;
}

const RunSnapshot &RunHistory::lastSnapshot() const
{
    return m_last;
}

bool RunHistory::writeCsv(QIODevice *device, const QList<Key> &keys, QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!device || !device->isWritable())
        return fail(u"the output is not open for writing"_s);

    QList<int> columns;
    QStringList header{u"time_s"_s};
    for (const Key &key : keys) {
        columns.append(findSeries(key));
        header.append(csvField(metricColumnName(key.metric) + u':' + key.id));
    }
    auto writeLine = [&](const QStringList &fields) {
        const QByteArray line = fields.join(u',').toUtf8() + '\n';
        return device->write(line) == line.size();
    };
    if (!writeLine(header))
        return fail(device->errorString());

    for (const Bucket &b : m_buckets) {
        QStringList row{csvNumber((b.t0S + b.t1S) / 2)};
        for (int c : std::as_const(columns)) {
            const Aggregate a = c >= 0 ? b.values[c] : Aggregate{};
            row.append(a.count > 0 ? csvNumber(a.sum / double(a.count)) : QString());
        }
        if (!writeLine(row))
            return fail(device->errorString());
    }
    for (const Frame &f : m_frames) {
        QStringList row{csvNumber(f.tS)};
        for (int c : std::as_const(columns))
            row.append(c >= 0 ? csvNumber(f.values.value(c, kNaN)) : QString());
        if (!writeLine(row))
            return fail(device->errorString());
    }
    return true;
}

} // namespace proclab
