// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lesson files' tiny markup as rich text for QLabel/QTextBrowser: `code`, **bold**
// and line breaks (a blank line starts a new paragraph). Everything else is escaped, so a
// lesson text can never inject HTML of its own. Code and figures get `codeBackground`
// (taken from the palette by the caller, so a dark theme gets no light boxes).

#include <QColor>
#include <QString>

namespace proclab {

class LessonMarkup
{
public:
    static QString toHtml(const QString &text, const QColor &codeBackground = {});
    // One paragraph's worth, without <p>: for text beside a widget (a choice).
    static QString inlineHtml(const QString &text, const QColor &codeBackground = {});
    // A step's figure (pstree output, a code fragment): kept verbatim, monospace.
    static QString figureHtml(const QString &figure, const QColor &codeBackground = {});
    // "ko" or "en": the language the UI shows now (LanguageManager sets the default
    // locale with the translator), so lesson texts follow View → Language.
    static QString currentLanguage();
};

} // namespace proclab
