// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/localizedtext.h"

#include <QLocale>

namespace proclab {

LocalizedText LocalizedText::bilingual(const QString &ko, const QString &en)
{
    LocalizedText t;
    t.m_ko = ko;
    t.m_en = en;
    t.m_bilingual = true;
    return t;
}

bool LocalizedText::isEmpty() const
{
    return m_bilingual ? m_ko.isEmpty() && m_en.isEmpty() : m_plain.isEmpty();
}

QString LocalizedText::text() const
{
    return text(currentTextLanguage());
}

QString LocalizedText::text(const QString &language) const
{
    if (!m_bilingual)
        return m_plain;
    const bool korean = language == QLatin1String("ko");
    const QString &wanted = korean ? m_ko : m_en;
    // A half-filled pair still shows something rather than a blank node.
    return wanted.isEmpty() ? (korean ? m_en : m_ko) : wanted;
}

LocalizedText LocalizedText::withSuffix(const QString &suffix) const
{
    LocalizedText t = *this;
    if (m_bilingual) {
        t.m_ko += suffix;
        t.m_en += suffix;
    } else {
        t.m_plain += suffix;
    }
    return t;
}

QString currentTextLanguage()
{
    return QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

} // namespace proclab
