// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/seriescolors.h"

#include "core/scenario/scenario.h"

#include <array>

namespace proclab {

namespace {

// Tableau 10: distinct on white and for the common colour-vision deficiencies.
constexpr std::array<QRgb, 10> kProcessPalette{0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0xb07aa1,
                                               0x76b7b2, 0xedc948, 0xff9da7, 0x9c755f, 0x499894};
// Darker, distinct hues for channels, so a channel never looks like a process.
constexpr std::array<QRgb, 8> kChannelPalette{0x1b9e77, 0xd95f02, 0x7570b3, 0xe7298a,
                                              0x66a61e, 0xa6761d, 0x386cb0, 0x666666};
constexpr QRgb kUnknown = 0x9e9e9e;

template<size_t N> QColor pick(const std::array<QRgb, N> &palette, int index)
{
    if (index < 0)
        return QColor(kUnknown);
    return QColor(palette[size_t(index) % N]);
}

} // namespace

QColor processColor(int index)
{
    return pick(kProcessPalette, index);
}

QColor channelColor(int index)
{
    return pick(kChannelPalette, index);
}

QColor processColor(const Scenario &scenario, const QString &id)
{
    for (int i = 0; i < scenario.processes.size(); ++i)
        if (scenario.processes[i].id == id)
            return processColor(i);
    return QColor(kUnknown);
}

QColor channelColor(const Scenario &scenario, const QString &id)
{
    for (int i = 0; i < scenario.channels.size(); ++i)
        if (scenario.channels[i].id == id)
            return channelColor(i);
    return QColor(kUnknown);
}

} // namespace proclab
