// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A text a scenario shows (its name, description, a process's or channel's label). The shipped
// examples carry Korean and English, {"ko": "...", "en": "..."}, and show the language the UI
// speaks; a learner's own scenario keeps the one language its author wrote, as a plain string.

#include <QString>

namespace proclab {

class LocalizedText
{
public:
    LocalizedText() = default;
    // Implicit on purpose: a plain string is a text in its author's one language.
    LocalizedText(const QString &plain) : m_plain(plain) {}
    static LocalizedText bilingual(const QString &ko, const QString &en);

    bool isBilingual() const { return m_bilingual; }
    bool isEmpty() const;
    // In the UI's language (QLocale()'s, which the language switch sets): Korean when it is
    // Korean, English otherwise; a plain text whatever the language.
    QString text() const;
    QString text(const QString &language) const; // "ko" or "en"
    const QString &ko() const { return m_ko; }
    const QString &en() const { return m_en; }
    const QString &plain() const { return m_plain; }
    // The same text with `suffix` added in every language ("worker" -> "worker 2").
    LocalizedText withSuffix(const QString &suffix) const;

    bool operator==(const LocalizedText &) const = default;

private:
    QString m_plain;
    QString m_ko, m_en;
    bool m_bilingual = false;
};

// "ko" or "en": the language LocalizedText::text() shows now.
QString currentTextLanguage();

} // namespace proclab
