// SPDX-License-Identifier: GPL-3.0-or-later
// The event lines a process of the run writes, read back from a real pipe as the agent reads
// them: one JSON object per line, "ev" first and "t" last, free text escaped, and a line too
// long for one atomic write() replaced by an error line instead of being split.
#include "core/agent/events.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <climits>
#include <fcntl.h>
#include <string>
#include <unistd.h>

// Qt defines `emit` as nothing; here it is EventBuilder's method. This test emits no signals.
#undef emit

using namespace proclab;
using namespace proclab::agent;

class TestAgentEvents : public QObject
{
    Q_OBJECT

    int m_read = -1, m_write = -1;

    // Everything written to the pipe so far, split into lines.
    QList<QByteArray> lines()
    {
        QByteArray all;
        char buf[8192];
        for (ssize_t n; (n = read(m_read, buf, sizeof buf)) > 0;)
            all.append(buf, n);
        QList<QByteArray> out = all.split('\n');
        if (!out.isEmpty() && out.constLast().isEmpty())
            out.removeLast();
        return out;
    }

    static QJsonObject parsed(const QByteArray &line)
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), line.constData());
        return doc.object();
    }

private slots:
    void init()
    {
        int fds[2];
        QVERIFY(pipe2(fds, O_NONBLOCK | O_CLOEXEC) == 0);
        m_read = fds[0];
        m_write = fds[1];
        setEventSink(m_write, false); // as a process of the run: one write() per line
        startRunClock();
    }

    void cleanup()
    {
        close(m_read);
        close(m_write);
        setEventSink(STDOUT_FILENO, true);
    }

    void fieldsInOrderWithTheTimeLast()
    {
        EventBuilder(wire::Event::Spawned)
            .str(wire::EventField::Node, "w17")
            .num(wire::EventField::Pid, 4242)
            .num(wire::EventField::Ppid, -1)
            .emit();
        const QList<QByteArray> got = lines();
        QCOMPARE(got.size(), 1);
        const QByteArray start =
            "{\"ev\":\"spawned\",\"node\":\"w17\",\"pid\":4242,\"ppid\":-1,\"t\":";
        QVERIFY2(got[0].startsWith(start), got[0].constData());
        QVERIFY(got[0].endsWith('}'));
        const QJsonObject o = parsed(got[0]);
        QVERIFY(o.value(QStringLiteral("t")).toDouble() >= 0);
        QCOMPARE(o.value(QStringLiteral("pid")).toInt(), 4242);
    }

    void freeTextIsEscaped()
    {
        const std::string text = "a \"quote\", a \\ backslash,\na new line, a tab\t and \x01";
        EventBuilder(wire::Event::Error).str(wire::EventField::Message, text).emit();
        const QList<QByteArray> got = lines();
        QCOMPARE(got.size(), 1); // the new line inside did not end the line
        QCOMPARE(parsed(got[0]).value(QStringLiteral("message")).toString(),
                 QString::fromStdString(text));
    }

    void aLineThatFitsIsWrittenWhole()
    {
        // The longest message that still fits one atomic write with "t" and the newline.
        const std::string prefix = "{\"ev\":\"error\",\"message\":\"";
        const std::string message(PIPE_BUF - prefix.size() - 40, 'x');
        EventBuilder(wire::Event::Error).str(wire::EventField::Message, message).emit();
        const QList<QByteArray> got = lines();
        QCOMPARE(got.size(), 1);
        QVERIFY(got[0].size() + 1 <= PIPE_BUF);
        QCOMPARE(parsed(got[0]).value(QStringLiteral("message")).toString().size(),
                 qsizetype(message.size()));
    }

    void aLineTooLongBecomesAnError()
    {
        const std::string message(PIPE_BUF, 'y');
        EventBuilder(wire::Event::Error)
            .str(wire::EventField::Node, "w1")
            .str(wire::EventField::Message, message)
            .emit();
        const QList<QByteArray> got = lines();
        QCOMPARE(got.size(), 1);
        const QJsonObject o = parsed(got[0]);
        QCOMPARE(o.value(QStringLiteral("ev")).toString(), QStringLiteral("error"));
        QCOMPARE(o.value(QStringLiteral("message")).toString(),
                 QStringLiteral("event line too long, dropped"));
    }
};

QTEST_MAIN(TestAgentEvents)
#include "tst_agentevents.moc"
