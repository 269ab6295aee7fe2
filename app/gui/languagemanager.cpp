// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");

// Qt's own strings that Qt 6.4's Korean catalogue (qtbase_ko.qm) lacks, so our catalogue
// carries them. Qt 6.0 moved the file dialog's Type column ("Folder", ...) from
// QFileIconProvider to QAbstractFileIconProvider, and qtbase_ko.qm has no such context:
// a Korean file dialog called every folder "Folder". Qt asks every installed translator,
// so ours answers what Qt's does not have. (A file's type comes from the MIME database.)
[[maybe_unused]] const struct
{
    const char *source;
    const char *comment;
} kQtStringsMissingInKorean[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", ""),
};
} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QString LanguageManager::initialLanguage(const QString &commandLine)
{
    if (supported().contains(commandLine))
        return commandLine;
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (supported().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko")
                                                           : QStringLiteral("en");
}

void LanguageManager::setLanguage(const QString &code)
{
    const QString lang = supported().contains(code) ? code : QStringLiteral("en");
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // Our strings from the embedded .qm, English too: its plural forms ("1 problem",
    // "2 problems") come from proclab_en.ts, not from the source text.
    if (m_app.load(QStringLiteral(":/i18n/proclab_") + lang + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&m_app);
    // Qt's own strings (dialog buttons, ...) from the system; English is built in.
    if (lang != QLatin1String("en") &&
        m_qt.load(QStringLiteral("qtbase_") + lang,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(lang == QLatin1String("ko") ? QLocale::Korean : QLocale::English));
    m_language = lang;
    QSettings().setValue(kSettingsKey, lang);
    emit languageChanged(lang);
}
