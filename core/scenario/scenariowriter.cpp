// SPDX-License-Identifier: GPL-3.0-or-later
// scenarioToJson and saveScenarioFile: the file format written by hand rather than through
// QJsonDocument, because QJsonObject sorts keys alphabetically and a human reading the
// file wants "id" first and "position" last, with short objects on one line.
#include "core/scenario/scenarioio.h"

#include "core/scenario/scenariolimits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>
#include <QStringList>
#include <cmath>
#include <utility>

namespace proclab {

namespace {

using Field = std::pair<QString, QString>; // key, the value's JSON text

QString str(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (QChar ch : s) {
        switch (ch.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (ch.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    out += u'"';
    return out;
}

QString num(qint64 n)
{
    return QString::number(n);
}

QString num(double d)
{
    // Shortest text that reads back as the same double, so load(save(s)) == s.
    return std::isfinite(d) ? QString::number(d, 'g', QLocale::FloatingPointShortest)
                            : QStringLiteral("0");
}

QString boolean(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

QString key(const char *k)
{
    return QLatin1String(k);
}

QString inlineObject(const QList<Field> &fields)
{
    QStringList parts;
    for (const auto &[k, v] : fields)
        parts.append(str(k) + QStringLiteral(": ") + v);
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QString blockObject(const QList<Field> &fields, int indent)
{
    const QString inner(indent + 4, u' ');
    QStringList parts;
    for (const auto &[k, v] : fields)
        parts.append(inner + str(k) + QStringLiteral(": ") + v);
    return QStringLiteral("{\n") + parts.join(QStringLiteral(",\n")) + u'\n' +
           QString(indent, u' ') + u'}';
}

QString blockArray(const QStringList &items, int indent)
{
    if (items.isEmpty())
        return QStringLiteral("[]");
    const QString inner(indent + 4, u' ');
    QStringList parts;
    for (const QString &item : items)
        parts.append(inner + item);
    return QStringLiteral("[\n") + parts.join(QStringLiteral(",\n")) + u'\n' +
           QString(indent, u' ') + u']';
}

// What was read is written back: a bilingual text stays {"ko", "en"}, a plain one a string.
// A label fits on its line; a name or description gets a line per language (`indent`).
QString text(const LocalizedText &t, int indent = -1)
{
    if (!t.isBilingual())
        return str(t.plain());
    const QList<Field> fields{{key("ko"), str(t.ko())}, {key("en"), str(t.en())}};
    return indent < 0 ? inlineObject(fields) : blockObject(fields, indent);
}

QString position(const QPointF &p)
{
    return inlineObject({{key("x"), num(p.x())}, {key("y"), num(p.y())}});
}

QString behaviourJson(const Behaviour &b)
{
    QList<Field> fields{{key("kind"), str(behaviourKindName(b.kind))}};
    for (QLatin1String name : behaviourFields(b.kind)) {
        using namespace field;
        QString value;
        if (name == QLatin1String(kMs))
            value = num(qint64(b.ms));
        else if (name == QLatin1String(kAfterMs))
            value = num(qint64(b.afterMs));
        else if (name == QLatin1String(kCode))
            value = num(qint64(b.code));
        else if (name == QLatin1String(kSignal))
            value =
                signalName(b.signal).isEmpty() ? num(qint64(b.signal)) : str(signalName(b.signal));
        else if (name == QLatin1String(kChannel))
            value = str(b.channel);
        else if (name == QLatin1String(kCount))
            value = num(b.count);
        else if (name == QLatin1String(kRate))
            value = num(qint64(b.rate));
        else if (name == QLatin1String(kHoldMs))
            value = num(qint64(b.holdMs));
        else if (name == QLatin1String(kProgram))
            value = str(b.program);
        else
            value = num(behaviourFieldValue(b, name));
        fields.append({name, value});
    }
    return inlineObject(fields);
}

QString processJson(const ProcessSpec &p, int indent)
{
    QList<Field> fields{{key("id"), str(p.id)}};
    if (!p.label.isEmpty())
        fields.append({key("label"), text(p.label)});
    fields.append({key("parent"), p.parent.isEmpty() ? QStringLiteral("null") : str(p.parent)});
    fields.append({key("behaviour"), behaviourJson(p.behaviour)});
    if (p.position)
        fields.append({key("position"), position(*p.position)});
    return blockObject(fields, indent);
}

QString channelJson(const ChannelSpec &c, int indent)
{
    QList<Field> fields{{key("id"), str(c.id)}};
    if (!c.label.isEmpty())
        fields.append({key("label"), text(c.label)});
    fields.append({key("kind"), str(channelKindName(c.kind))});
    for (QLatin1String name : channelFields(c.kind)) {
        if (name == QLatin1String("capacity"))
            fields.append({name, num(qint64(c.capacity))});
        else if (name == QLatin1String("item_size"))
            fields.append({name, num(qint64(c.itemSize))});
        else if (name == QLatin1String("sync"))
            fields.append({name, boolean(c.sync)});
        else if (name == QLatin1String("fast") && c.fast)
            fields.append({name, boolean(c.fast)}); // written only when on: files stay as they were
        else if (name == QLatin1String("send"))
            fields.append({name, str(c.send == SendMode::Sync ? QStringLiteral("sync")
                                                              : QStringLiteral("async"))});
    }
    if (c.position)
        fields.append({key("position"), position(*c.position)});
    return blockObject(fields, indent);
}

} // namespace

QByteArray scenarioToJson(const Scenario &scenario)
{
    const RunSettings &s = scenario.settings;
    QStringList processes, channels;
    for (const ProcessSpec &p : scenario.processes)
        processes.append(processJson(p, 8));
    for (const ChannelSpec &c : scenario.channels)
        channels.append(channelJson(c, 8));
    const QList<Field> top{
        {key("format"), str(QLatin1String(kScenarioFormatName))},
        {key("version"), num(qint64(Scenario::kFormatVersion))},
        {key("name"), text(scenario.name, 4)},
        {key("description"), text(scenario.description, 4)},
        {key("settings"), blockObject({{key("max_processes"), num(qint64(s.maxProcesses))},
                                       {key("sample_hz"), num(qint64(s.sampleHz))},
                                       {key("duration_s"), num(qint64(s.durationS))}},
                                      4)},
        {key("processes"), blockArray(processes, 4)},
        {key("channels"), blockArray(channels, 4)},
    };
    return (blockObject(top, 0) + u'\n').toUtf8();
}

bool saveScenarioFile(const Scenario &scenario, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray json = scenarioToJson(scenario);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error) {
            *error = QCoreApplication::translate("ScenarioValidator", "cannot save %1: %2")
                         .arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace proclab
