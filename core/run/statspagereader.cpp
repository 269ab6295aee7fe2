// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/run/statspagereader.h"

#include "core/run/runlog.h"

#include <cerrno>
#include <cmath>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace proclab {

namespace {
quint64 load(const std::atomic<uint64_t> &a)
{
    return a.load(std::memory_order_relaxed);
}
} // namespace

StatsPageReader::~StatsPageReader()
{
    close();
}

bool StatsPageReader::open(const QByteArray &shmName, QString *error)
{
    close();
    auto fail = [&](const QString &what, int err) {
        const QString text = errnoText(what, err);
        qCWarning(lcRun).noquote() << text;
        if (error)
            *error = text;
        return false;
    };
    const QString name = QString::fromUtf8(shmName);
    const int fd = ::shm_open(shmName.constData(), O_RDONLY | O_CLOEXEC, 0);
    if (fd < 0)
        return fail(QStringLiteral("shm_open %1").arg(name), errno);
    struct stat st
    {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return fail(QStringLiteral("fstat %1").arg(name), err);
    }
    if (size_t(st.st_size) < sizeof(wire::StatsPage)) {
        ::close(fd);
        return fail(
            QStringLiteral("stats page %1 is too small (%2 bytes)").arg(name).arg(st.st_size),
            EINVAL);
    }
    void *p = ::mmap(nullptr, sizeof(wire::StatsPage), PROT_READ, MAP_SHARED, fd, 0);
    const int err = errno;
    ::close(fd); // the mapping keeps the object alive
    if (p == MAP_FAILED)
        return fail(QStringLiteral("mmap %1").arg(name), err);
    auto *page = static_cast<const wire::StatsPage *>(p);
    if (page->magic != wire::StatsPage::kMagic || page->version != wire::StatsPage::kVersion) {
        ::munmap(p, sizeof(wire::StatsPage));
        return fail(QStringLiteral("stats page %1 has a wrong magic or version").arg(name), EPROTO);
    }
    m_page = page;
    m_size = sizeof(wire::StatsPage);
    m_previous = QList<Previous>(wire::kMaxChannels);
    return true;
}

void StatsPageReader::close()
{
    if (m_page)
        ::munmap(const_cast<wire::StatsPage *>(m_page), m_size);
    m_page = nullptr;
    m_size = 0;
}

LatencyUs StatsPageReader::latencyFromHistogram(const quint64 *hist, int buckets)
{
    quint64 total = 0;
    for (int b = 0; b < buckets; ++b)
        total += hist[b];
    LatencyUs out;
    if (total == 0)
        return out;
    // The smallest bucket whose cumulative count reaches q of the total; its floor is the
    // value (the histogram cannot say more than that).
    auto percentile = [&](double q) {
        const quint64 rank = quint64(std::ceil(q * double(total)));
        quint64 cum = 0;
        for (int b = 0; b < buckets; ++b) {
            cum += hist[b];
            if (cum >= rank && hist[b] > 0)
                return double(wire::latencyBucketFloor(b)) / 1000.0;
        }
        return double(wire::latencyBucketFloor(buckets - 1)) / 1000.0;
    };
    out.p50 = percentile(0.50);
    out.p99 = percentile(0.99);
    return out;
}

ChannelSample StatsPageReader::sampleChannel(int index, const ChannelSpec &spec, qint64 elapsedMs)
{
    ChannelSample s;
    s.id = spec.id;
    s.kind = spec.kind;
    if (!m_page || index < 0 || index >= wire::kMaxChannels || index >= int(m_page->channel_count))
        return s;
    const wire::ChannelStats &c = m_page->channels[index];
    // final_ is written last by the agent: read it first, so what follows is the final set.
    s.final = c.final_.load(std::memory_order_acquire) != 0;
    s.produced = load(c.produced);
    s.consumed = load(c.consumed);
    s.duplicated = load(c.duplicated);
    s.corrupted = load(c.corrupted);
    s.lost = load(c.lost);
    s.leftInChannel = load(c.left_in_channel);
    s.bytesConsumed = load(c.bytes_consumed);
    s.waitsFull = load(c.waits_full);
    s.waitsEmpty = load(c.waits_empty);
    s.fill = load(c.fill);
    s.capacity = load(c.capacity);
    s.lockRecoveries = load(c.lock_recoveries);
    s.expected = load(c.expected);
    s.actual = load(c.actual);
    s.lostUpdates = s.expected > s.actual ? s.expected - s.actual : 0;

    quint64 hist[wire::kLatencyBuckets];
    for (int b = 0; b < wire::kLatencyBuckets; ++b)
        hist[b] = load(c.latency_hist[b]);
    s.latency = latencyFromHistogram(hist, wire::kLatencyBuckets);

    // Rates over the interval since the previous sample of this channel. A shared counter
    // moves by increments, every other kind by items consumed.
    const quint64 items = spec.kind == ChannelKind::ShmCounter ? s.expected : s.consumed;
    Previous &prev = m_previous[index];
    if (prev.ms >= 0 && elapsedMs > prev.ms) {
        const double dt = double(elapsedMs - prev.ms) / 1000.0;
        prev.itemsPerS = double(items >= prev.items ? items - prev.items : 0) / dt;
        prev.bytesPerS =
            double(s.bytesConsumed >= prev.bytes ? s.bytesConsumed - prev.bytes : 0) / dt;
    }
    if (prev.ms < 0 || elapsedMs > prev.ms) {
        prev.items = items;
        prev.bytes = s.bytesConsumed;
        prev.ms = elapsedMs;
    }
    s.itemsPerS = prev.itemsPerS;
    s.bytesPerS = prev.bytesPerS;
    return s;
}

wire::WaitState StatsPageReader::waitState(int index) const
{
    if (!m_page || index < 0 || index >= int(m_page->process_count) ||
        index >= wire::kHardMaxProcesses)
        return wire::WaitState::None;
    return wire::WaitState(m_page->processes[index].wait_state.load(std::memory_order_relaxed));
}

quint64 StatsPageReader::items(int index) const
{
    if (!m_page || index < 0 || index >= int(m_page->process_count) ||
        index >= wire::kHardMaxProcesses)
        return 0;
    return m_page->processes[index].items.load(std::memory_order_relaxed);
}

std::optional<quint64> StatsPageReader::itemInWork(int index) const
{
    if (!m_page || index < 0 || index >= int(m_page->process_count) ||
        index >= wire::kHardMaxProcesses)
        return std::nullopt;
    const wire::ProcessStats &p = m_page->processes[index];
    // A claim still set means the take is not committed or not counted yet: not in work.
    if (p.in_flight_producer.load(std::memory_order_acquire) == 0 ||
        p.in_flight_claim.load(std::memory_order_relaxed) != 0)
        return std::nullopt;
    return p.in_flight_seq.load(std::memory_order_relaxed);
}

} // namespace proclab
