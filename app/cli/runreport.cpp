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

QString formatLabReport(const LabSummary &lab)
{
    QString out;
    if (const auto &r = lab.speedUp) {
        out += Text::tr("\nPrimes below %1 with %2 worker processes: combined %3, serial "
                        "reference %4 (%5)\nParallel %6 ms, serial %7 ms: speed-up %8x\n")
                   .arg(r->n)
                   .arg(r->workers)
                   .arg(r->combined)
                   .arg(r->serial)
                   .arg(r->matches() ? Text::tr("equal") : Text::tr("DIFFERENT"))
                   .arg(r->parallelMs, 0, 'f', 1)
                   .arg(r->serialMs, 0, 'f', 1)
                   .arg(r->speedUp(), 0, 'f', 2);
    }
    if (const auto &c = lab.cluster) {
        out += Text::tr("\nRequests to 127.0.0.1:%1: sent %2, served %3, failed %4 "
                        "(%5 per second); replacements forked: %6\n")
                   .arg(c->port)
                   .arg(c->sent)
                   .arg(c->served)
                   .arg(c->failed)
                   .arg(c->requestsPerS(), 0, 'f', 0)
                   .arg(c->restarts.size());
        QList<QStringList> rows{{Text::tr("WORKER"), Text::tr("PID"), Text::tr("SERVED")}};
        for (const LabSummary::Share &sh : c->shares)
            rows.append({sh.node, QString::number(sh.pid), QString::number(sh.served)});
        out += table(rows);
    }
    return out;
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
    out += formatLabReport(s.lab);
    return out;
}

} // namespace proclab::cli
