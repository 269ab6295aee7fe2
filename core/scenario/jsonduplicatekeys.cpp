// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/jsonduplicatekeys.h"

#include "core/scenario/scenarioerror.h"

#include <QSet>
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

QString valuePath(const std::vector<Frame> &stack)
{
    if (stack.empty())
        return QStringLiteral("$");
    const Frame &f = stack.back();
    return f.isObject ? jsonPathKey(f.path, f.currentKey) : jsonPathIndex(f.path, f.index);
}

} // namespace

QList<DuplicateKey> findDuplicateKeys(const QByteArray &json)
{
    QList<DuplicateKey> found;
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
            // Keys are compared as written; escapes that spell the same key differently
            // are too contrived to matter for a scenario file.
            const QString text = QString::fromUtf8(readString(json, &pos));
            if (!stack.empty() && stack.back().expectingKey) {
                Frame &f = stack.back();
                f.expectingKey = false;
                f.currentKey = text;
                if (f.keys.contains(text))
                    found.append({jsonPathKey(f.path, text), text});
                f.keys.insert(text);
            }
            break;
        }
        default:
            ++pos; // whitespace, ':', numbers, true/false/null
            break;
        }
    }
    return found;
}

} // namespace proclab
