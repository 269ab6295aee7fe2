// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/lesson/lessonmarkup.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace proclab {

namespace {

// Inline spans of one paragraph. An unclosed ` or ** is shown as typed rather than
// swallowing the rest of the text.
QString styled(const char *tag, const QColor &background)
{
    QString open = u'<' + QLatin1String(tag);
    if (background.isValid())
        open += u" style=\"background-color:%1\""_s.arg(background.name());
    return open + u'>';
}

QString spans(const QString &text, const QColor &bg)
{
    QString out;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        if (text.at(i) == u'`') {
            const int end = int(text.indexOf(u'`', i + 1));
            if (end > i) {
                out += styled("code", bg);
                out += text.mid(i + 1, end - i - 1).toHtmlEscaped().replace(u' ', u"&nbsp;"_s);
                out += u"</code>"_s;
                i = end + 1;
                continue;
            }
        } else if (text.mid(i, 2) == u"**") {
            const int end = int(text.indexOf(u"**"_s, i + 2));
            if (end > i + 1) {
                out += u"<b>"_s + spans(text.mid(i + 2, end - i - 2), bg) + u"</b>"_s;
                i = end + 2;
                continue;
            }
        }
        out += QString(text.at(i)).toHtmlEscaped();
        ++i;
    }
    return out;
}

} // namespace

QString LessonMarkup::toHtml(const QString &text, const QColor &codeBackground)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    QStringList paragraphs;
    for (const QString &para : normalized.split(u"\n\n"_s, Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString &line : para.split(u'\n'))
            lines.append(spans(line, codeBackground));
        paragraphs.append(u"<p>"_s + lines.join(u"<br/>"_s) + u"</p>"_s);
    }
    return paragraphs.join(QString());
}

QString LessonMarkup::inlineHtml(const QString &text, const QColor &codeBackground)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        lines.append(spans(line, codeBackground));
    return lines.join(u"<br/>"_s);
}

QString LessonMarkup::figureHtml(const QString &figure, const QColor &codeBackground)
{
    if (figure.isEmpty())
        return {};
    return styled("pre", codeBackground) + figure.toHtmlEscaped() + u"</pre>"_s;
}

QString LessonMarkup::currentLanguage()
{
    return QLocale().language() == QLocale::Korean ? u"ko"_s : u"en"_s;
}

} // namespace proclab
