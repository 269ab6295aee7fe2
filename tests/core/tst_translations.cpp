// SPDX-License-Identifier: GPL-3.0-or-later
// The translations as a student meets them: every tr() string of the code has a finished
// Korean and English translation (lupdate is run on a copy, so a string added without a
// translation fails here), the Korean uses the glossary's terms and none it lists to avoid,
// particles after numbers and code words are right, and English plurals are real plurals.
#include "tst_translations_files.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace proclab::test;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("PROCLAB_SOURCE_DIR");
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QList<TsMessage> readTsOrFail(const QString &path)
{
    QList<TsMessage> messages;
    QString error;
    if (!readTs(path, &messages, &error))
        qWarning("%s", qPrintable(error));
    return messages;
}

// The English term as a whole word (plural and past tense too); "context switch" also matches
// "context-switch", but "agent" does not match inside "proclab-agent".
QRegularExpression termPattern(const QString &term)
{
    QStringList words = term.split(u' ');
    for (QString &w : words)
        w = QRegularExpression::escape(w);
    const QString body = words.join(QStringLiteral("[ -]"));
    return QRegularExpression(
        QStringLiteral("(?<![\\w-])") + body + QStringLiteral("(?:s|es|d|ed|ing)?(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// A file's own spelling ("parent", "shm-buffer") is quoted and stays English.
QString withoutQuoted(QString source)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|'[^']*'"));
    return source.remove(quoted);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression ph(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = ph.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!sourceDir().isEmpty(), "PROCLAB_SOURCE_DIR is not set");
        m_glossary = readText(sourceDir() + QStringLiteral("/translations/glossary.md"));
        QVERIFY2(!m_glossary.isEmpty(), "translations/glossary.md is missing or empty");
        m_ko = readTsOrFail(sourceDir() + QStringLiteral("/translations/proclab_ko.ts"));
        m_en = readTsOrFail(sourceDir() + QStringLiteral("/translations/proclab_en.ts"));
        QVERIFY(m_ko.size() > 100);
        QVERIFY(m_en.size() > 100);
    }

    // lupdate on copies of both .ts files: a tr() string that is new to them comes out
    // unfinished, one that left the code comes out vanished.
    void everyStringHasAFinishedTranslation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << QStringLiteral("ko");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void everyStringHasAFinishedTranslation()
    {
        QFETCH(QString, language);
        const QString lupdate = qEnvironmentVariable("PROCLAB_LUPDATE");
        QVERIFY2(QFileInfo(lupdate).isExecutable(), "PROCLAB_LUPDATE is not an executable");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString ts =
            tmp.filePath(QStringLiteral("proclab_") + language + QStringLiteral(".ts"));
        QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/translations/proclab_") + language +
                                QStringLiteral(".ts"),
                            ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        // The same sources as qt_add_translations in app/CMakeLists.txt.
        QStringList sources;
        for (const char *dir : {"core", "widgets", "app"}) {
            QDirIterator it(sourceDir() + u'/' + QLatin1String(dir), {QStringLiteral("*.cpp")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                sources.append(it.next());
        }
        QFile list(tmp.filePath(QStringLiteral("sources.lst")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(sources.join(u'\n').toUtf8());
        list.close();

        QProcess p;
        // -I: lupdate reads the headers to know a class's namespace (the context).
        p.start(lupdate, {QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-silent"), QStringLiteral("-I"), sourceDir(),
                          u'@' + list.fileName(), QStringLiteral("-ts"), ts});
        QVERIFY2(p.waitForFinished(300000), "lupdate did not finish");
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        QStringList missing;
        for (const TsMessage &m : readTsOrFail(ts)) {
            if (m.type == QLatin1String("unfinished"))
                missing.append(QStringLiteral("unfinished: ") + m.where());
            else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                missing.append(QStringLiteral("no longer in the code (drop it): ") + m.where());
            else if (m.translations.isEmpty() || m.translations.contains(QString()))
                missing.append(QStringLiteral("empty: ") + m.where());
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("proclab_%1.ts (run `cmake --build build --target "
                                           "update_translations`, then translate):\n")
                                .arg(language) +
                            missing.join(u'\n')));
    }

    void koreanUsesTheGlossaryTerms()
    {
        const auto rows = glossaryTable(m_glossary, QStringLiteral("Terms"));
        QVERIFY(rows.size() > 30);
        QStringList wrong;
        for (const QStringList &row : rows) {
            QVERIFY2(row.size() == 3, qPrintable(row.join(u'|')));
            const QRegularExpression english = termPattern(row.at(0));
            const QString korean = row.at(1);
            for (const TsMessage &m : m_ko) {
                if (!withoutQuoted(m.source).contains(english))
                    continue;
                for (const QString &t : m.translations)
                    if (!t.contains(korean))
                        wrong.append(QStringLiteral("%1 → %2, but: %3 → %4")
                                         .arg(row.at(0), korean, m.where(), t));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void koreanAvoidsTheGlossaryAvoidList()
    {
        const auto rows = glossaryTable(m_glossary, QStringLiteral("Avoid"));
        QVERIFY(rows.size() > 5);
        QStringList wrong;
        for (const TsMessage &m : m_ko)
            for (const QString &t : m.translations)
                for (const QStringList &row : rows)
                    if (t.contains(row.at(0)))
                        wrong.append(QStringLiteral("%1 (write %2): %3 → %4")
                                         .arg(row.at(0), row.at(1), m.where(), t));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    // The lessons and the shipped examples are written, not translated: their Korean is
    // held to the same list. Lesson 19 said 일꾼 beside diagram boxes labelled 작업자.
    void lessonsAndExamplesAvoidTheGlossaryAvoidList()
    {
        const auto rows = glossaryTable(m_glossary, QStringLiteral("Avoid"));
        QStringList wrong;
        int texts = 0;
        const std::function<void(const QJsonValue &, const QString &)> walk =
            [&](const QJsonValue &value, const QString &where) {
                if (value.isArray()) {
                    const QJsonArray array = value.toArray();
                    for (qsizetype i = 0; i < array.size(); ++i)
                        walk(array.at(i), where + u'[' + QString::number(i) + u']');
                    return;
                }
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    if (it.key() != QLatin1String("ko") || !it->isString()) {
                        walk(*it, where + u'/' + it.key());
                        continue;
                    }
                    ++texts;
                    for (const QStringList &row : rows)
                        if (it->toString().contains(row.at(0)))
                            wrong.append(QStringLiteral("%1 (write %2): %3")
                                             .arg(row.at(0), row.at(1), where));
                }
            };
        for (const QString &folder :
             {QStringLiteral("/resources/lessons"), QStringLiteral("/resources/scenarios")}) {
            QDirIterator files(sourceDir() + folder, {QStringLiteral("*.json")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                walk(QJsonDocument::fromJson(readText(path).toUtf8()).object(),
                     path.mid(sourceDir().size() + 1));
            }
        }
        QVERIFY2(texts > 500, qPrintable(QString::number(texts)));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    // "코드 %1로" reads wrong for 0, 3, 6...: after a placeholder only the paired forms.
    // After a code word, the particle follows how the word is read.
    void koreanParticlesFitWhatPrecedesThem()
    {
        static const QRegularExpression afterPlaceholder(
            QStringLiteral(
                "%(?:\\d|n)[\"']?(은|는|이|가|을|를|으로|로|와|과|이어야|여야)(?![(\\p{Hangul}])"),
            QRegularExpression::UseUnicodePropertiesOption);
        QStringList wrong;
        for (const TsMessage &m : m_ko)
            for (const QString &t : m.translations)
                if (const auto match = afterPlaceholder.match(t); match.hasMatch())
                    wrong.append(QStringLiteral("\"%1\" after a placeholder: %2 → %3")
                                     .arg(match.captured(), m.where(), t));

        const auto codeWords = glossaryTable(m_glossary, QStringLiteral("Code words"));
        QVERIFY(!codeWords.isEmpty());
        for (const QStringList &row : codeWords) {
            const QString final = row.at(2);
            // The particles that do not fit this reading.
            const QString bad = final == QLatin1String("no") ? QStringLiteral("은|이|을|과|으로")
                                : final == QLatin1String("yes")
                                    ? QStringLiteral("는|가|를|와|로")
                                    : QStringLiteral("는|가|를|와|으로");
            const QRegularExpression after(QRegularExpression::escape(row.at(0)) + u'(' + bad +
                                               QStringLiteral(")(?![(\\p{Hangul}])"),
                                           QRegularExpression::UseUnicodePropertiesOption);
            for (const TsMessage &m : m_ko)
                for (const QString &t : m.translations)
                    if (const auto match = after.match(t); match.hasMatch())
                        wrong.append(QStringLiteral("\"%1\" (read %2): %3 → %4")
                                         .arg(match.captured(), row.at(1), m.where(), t));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void translationsKeepEveryPlaceholder()
    {
        QStringList wrong;
        for (const auto *messages : {&m_ko, &m_en})
            for (const TsMessage &m : *messages)
                for (const QString &t : m.translations) {
                    QStringList want = placeholders(m.source);
                    QStringList got = placeholders(t);
                    // A plural form may leave out %n ("one item" for 1).
                    if (m.numerus) {
                        want.removeAll(QStringLiteral("%n"));
                        got.removeAll(QStringLiteral("%n"));
                    }
                    if (want != got)
                        wrong.append(m.where() + QStringLiteral(" → ") + t);
                }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void englishPluralsAreRealPlurals()
    {
        QStringList wrong;
        for (const TsMessage &m : m_en) {
            if (!m.numerus)
                continue;
            if (m.translations.size() != 2)
                wrong.append(m.where() + QStringLiteral(": needs a singular and a plural form"));
            for (const QString &t : m.translations)
                if (t.contains(QLatin1String("(s)")))
                    wrong.append(m.where() + QStringLiteral(" → ") + t);
            if (m.translations.size() == 2 && m.translations.at(0) == m.translations.at(1))
                wrong.append(m.where() + QStringLiteral(": singular and plural are the same"));
        }
        for (const TsMessage &m : m_ko)
            if (!m.numerus && m.source.contains(QLatin1String("(s)")) &&
                m.source.contains(QLatin1String("%n")))
                wrong.append(m.where() + QStringLiteral(": use tr(text, nullptr, n) for a plural"));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

private:
    QString m_glossary;
    QList<TsMessage> m_ko, m_en;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
