// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one place that swaps translators. Installing or removing a QTranslator makes Qt
// send LanguageChange to every widget, and each widget retranslates itself.

#include <QObject>
#include <QTranslator>

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "ko" or "en". Remembered in QSettings.
    void setLanguage(const QString &code);
    QString language() const { return m_language; }

    // --lang wins, then the remembered choice, then the system locale.
    static QString initialLanguage(const QString &commandLine);
    static QStringList supported() { return {QStringLiteral("en"), QStringLiteral("ko")}; }

signals:
    void languageChanged(const QString &code);

private:
    QString m_language;
    QTranslator m_app;
    QTranslator m_qt;
};
