// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/jsonduplicatekeys.h"

#include "core/scenario/scenarioerror.h"

#include <QSet>
#include <functional>
#include <vector>

namespace proclab {

namespace {

struct Frame
{
    bool isObject = false;
    QString path;
    QSet<QString> keys;
    QString currentKey;
    qsizetype index = 0;
    bool expectingKey = false;
};

// The raw text of the string starting at `pos` (the opening quote); pos ends past the closing one.
QByteArray readString(const QByteArray &json, qsizetype *pos)
{
    const qsizetype start = ++*pos;
    while (*pos < json.size() && json.at(*pos) != '"')
        *pos += json.at(*pos) == '\\' ? 2 : 1;
    const QByteArray raw = json.mid(start, *pos - start);
    ++*pos;
    return raw;
}

int hexValue(const QByteArray &raw, qsizetype at)
{
    bool ok = false;
    const int v = raw.mid(at, 4).toInt(&ok, 16);
    return ok ? v : 0xfffd;
}

// The string as JSON means it: escapes resolved, \u surrogate pairs joined.
QString decodeJsonString(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    QString out;
    QByteArray run;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '\\' || i + 1 >= raw.size()) {
            run += raw.at(i);
            continue;
        }
        out += QString::fromUtf8(run);
        run.clear();
        const char e = raw.at(++i);
        switch (e) {
        case 'n':
            out += u'\n';
            break;
        case 't':
            out += u'\t';
            break;
        case 'r':
            out += u'\r';
            break;
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'u':
            out += QChar(char16_t(hexValue(raw, i + 1)));
            i += 4;
            break;
        default: // '"', '\\', '/'
            out += QLatin1Char(e);
            break;
        }
    }
    return out + QString::fromUtf8(run);
}

QString valuePath(const std::vector<Frame> &stack)
{
    if (stack.empty())
        return QStringLiteral("$");
    const Frame &f = stack.back();
    return f.isObject ? jsonPathKey(f.path, f.currentKey) : jsonPathIndex(f.path, f.index);
}

// Walks the structure of valid JSON: onString(raw text, is it a key, its frame stack).
void walk(const QByteArray &json,
          const std::function<void(const QByteArray &, bool, std::vector<Frame> &)> &onString)
{
    std::vector<Frame> stack;
    qsizetype pos = 0;
    while (pos < json.size()) {
        const char c = json.at(pos);
        switch (c) {
        case '{':
        case '[': {
            Frame f;
            f.isObject = c == '{';
            f.expectingKey = f.isObject;
            f.path = valuePath(stack);
            stack.push_back(std::move(f));
            ++pos;
            break;
        }
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            ++pos;
            break;
        case ',':
            if (!stack.empty()) {
                stack.back().expectingKey = stack.back().isObject;
                ++stack.back().index;
            }
            ++pos;
            break;
        case '"': {
            const QByteArray raw = readString(json, &pos);
            const bool isKey = !stack.empty() && stack.back().expectingKey;
            if (isKey)
                stack.back().expectingKey = false;
            onString(raw, isKey, stack);
            break;
        }
        default:
            ++pos; // whitespace, ':', numbers, true/false/null
            break;
        }
    }
}

} // namespace

QList<DuplicateKey> findDuplicateKeys(const QByteArray &json)
{
    QList<DuplicateKey> found;
    walk(json, [&found](const QByteArray &raw, bool isKey, std::vector<Frame> &stack) {
        if (!isKey)
            return;
        // Decoded: QJsonDocument treats "na\u006de" as "name" and keeps only the last one.
        const QString key = decodeJsonString(raw);
        Frame &f = stack.back();
        f.currentKey = key;
        if (f.keys.contains(key))
            found.append({jsonPathKey(f.path, key), key});
        f.keys.insert(key);
    });
    return found;
}

QList<OverlongText> findOverlongStrings(const QByteArray &json, qsizetype maxKeyChars,
                                        qsizetype maxTextChars)
{
    QList<OverlongText> found;
    walk(json, [&](const QByteArray &raw, bool isKey, std::vector<Frame> &stack) {
        // Bytes bound characters from above: most strings are decided without decoding.
        const qsizetype limit = isKey ? maxKeyChars : maxTextChars;
        if (isKey) {
            // A long key gets a short stand-in: the path must not carry it whole.
            stack.back().currentKey =
                raw.size() <= limit ? decodeJsonString(raw) : QStringLiteral("…");
        }
        if (raw.size() <= limit)
            return;
        const qsizetype chars = decodeJsonString(raw).size();
        if (chars > limit)
            found.append(
                {isKey ? jsonPathKey(stack.back().path, QStringLiteral("…")) : valuePath(stack),
                 chars, isKey});
    });
    return found;
}

} // namespace proclab
