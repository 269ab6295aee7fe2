// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/runreport.h"

#include "app/cli/clioutput.h"

#include <QStringList>

namespace proclab::cli {

namespace {

// Left-aligned columns, widths from the widest cell.
QString table(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return {};
    QList<qsizetype> width(rows.first().size(), 0);
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size() && i < width.size(); ++i)
            width[i] = qMax(width[i], r[i].size());
    QString out;
    for (const QStringList &r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i)
            line += r[i].leftJustified(width.value(i) + 2);
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

QString exitText(const RunSummary::Process &p)
{
    if (p.exitSignal)
        return Text::tr("signal %1").arg(*p.exitSignal);
    if (p.exitCode)
        return Text::tr("code %1").arg(*p.exitCode);
    return QStringLiteral("-");
}

} // namespace

QString formatRunReport(const RunSummary &s)
{
    QString out =
        Text::tr("Scenario: %1\nDuration: %2 s\nResult:   %3\n\n")
            .arg(s.scenario)
            .arg(s.durationS, 0, 'f', 3)
            .arg(s.completed ? Text::tr("completed") : Text::tr("failed: %1").arg(s.failure));

    QList<QStringList> procs{{Text::tr("ID"), Text::tr("PID"), Text::tr("PPID"), Text::tr("PARENT"),
                              Text::tr("EXIT"), Text::tr("ZOMBIE ms"), Text::tr("UTIME ms"),
                              Text::tr("STIME ms"), Text::tr("VCSW"), Text::tr("NVCSW"),
                              Text::tr("MAXRSS kB")}};
    for (const RunSummary::Process &p : s.processes) {
        QString ppid = QString::number(p.forkPpid);
        if (p.reparented)
            ppid += QStringLiteral(" -> ") + QString::number(p.ppid);
        procs.append({p.id, QString::number(p.pid), ppid,
                      p.parent.isEmpty() ? QStringLiteral("-") : p.parent, exitText(p),
                      QString::number(p.zombieMs, 'f', 1), QString::number(p.utimeMs),
                      QString::number(p.stimeMs), QString::number(p.voluntaryCtxt),
                      QString::number(p.nonvoluntaryCtxt), QString::number(p.maxRssKb)});
    }
    out += table(procs);
    if (!s.adopted.isEmpty())
        out += Text::tr("Adopted by the subreaper (%1, pid %2): %3\n")
                   .arg(QStringLiteral("proclab-agent"))
                   .arg(s.adopterPid)
                   .arg(s.adopted.join(QStringLiteral(", ")));

    if (!s.channels.isEmpty()) {
        out += QLatin1Char('\n');
        QList<QStringList> chans{{Text::tr("CHANNEL"), Text::tr("KIND"), Text::tr("PRODUCED"),
                                  Text::tr("CONSUMED"), Text::tr("LOST"), Text::tr("DUP"),
                                  Text::tr("CORRUPT"), Text::tr("LEFT"), Text::tr("p50 us"),
                                  Text::tr("p99 us"), Text::tr("LOST UPDATES")}};
        for (const ChannelSample &c : s.channels) {
            chans.append({c.id, channelKindName(c.kind), QString::number(c.produced),
                          QString::number(c.consumed), QString::number(c.lost),
                          QString::number(c.duplicated), QString::number(c.corrupted),
                          QString::number(c.leftInChannel), QString::number(c.latency.p50, 'f', 1),
                          QString::number(c.latency.p99, 'f', 1),
                          c.kind == ChannelKind::ShmCounter ? QStringLiteral("%1 (%2 of %3)")
                                                                  .arg(c.lostUpdates)
                                                                  .arg(c.actual)
                                                                  .arg(c.expected)
                                                            : QStringLiteral("-")});
        }
        out += table(chans);
    }
    return out;
}

} // namespace proclab::cli
