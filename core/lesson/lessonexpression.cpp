// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lesson/lessonexpression.h"

#include "core/lesson/lessonexpressionnode.h"
#include "core/lesson/lessontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QThread>
#include <cmath>

namespace proclab {

namespace {

const QStringList &functionNames()
{
    static const QStringList names{
        QStringLiteral("count"), QStringLiteral("sum"),  QStringLiteral("min"),
        QStringLiteral("max"),   QStringLiteral("avg"),  QStringLiteral("distinct"),
        QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("abs")};
    return names;
}

} // namespace

namespace {

using Node = LessonExpression::Node;
using NodePtr = std::shared_ptr<const Node>;

class Parser
{
public:
    explicit Parser(const QString &text) : m_s(text) {}

    NodePtr parseAll(QString *error)
    {
        NodePtr n = parseOr(0);
        skipSpace();
        if (n && m_pos < m_s.size())
            fail(LessonText::tr("unexpected \"%1\"").arg(m_s.mid(m_pos, 10)));
        if (!m_error.isEmpty()) {
            *error = LessonText::tr("at character %1: %2").arg(m_errorPos + 1).arg(m_error);
            return nullptr;
        }
        return n;
    }

private:
    void fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorPos = m_pos;
        }
    }
    void skipSpace()
    {
        while (m_pos < m_s.size() && m_s.at(m_pos).isSpace())
            ++m_pos;
    }
    bool peek(QStringView token)
    {
        skipSpace();
        return QStringView(m_s).mid(m_pos).startsWith(token);
    }
    bool accept(QStringView token)
    {
        if (!peek(token))
            return false;
        m_pos += token.size();
        return true;
    }
    // A keyword such as "and" only when not the start of a longer name ("android").
    bool acceptWord(QStringView word)
    {
        if (!peek(word))
            return false;
        const qsizetype end = m_pos + word.size();
        if (end < m_s.size() && (m_s.at(end).isLetterOrNumber() || m_s.at(end) == u'_'))
            return false;
        m_pos = end;
        return true;
    }
    bool tooDeep(int depth)
    {
        if (depth <= LessonExpression::kMaxDepth)
            return false;
        fail(LessonText::tr("nested more than %1 levels deep").arg(LessonExpression::kMaxDepth));
        return true;
    }
    NodePtr binary(const QString &op, NodePtr l, NodePtr r)
    {
        if (!l || !r)
            return nullptr;
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Binary;
        n->name = op;
        n->args = {l, r};
        return n;
    }

    NodePtr parseOr(int depth)
    {
        if (tooDeep(depth))
            return nullptr;
        NodePtr l = parseAnd(depth);
        while (l && acceptWord(u"or"))
            l = binary(QStringLiteral("or"), l, parseAnd(depth));
        return l;
    }
    NodePtr parseAnd(int depth)
    {
        NodePtr l = parseNot(depth);
        while (l && acceptWord(u"and"))
            l = binary(QStringLiteral("and"), l, parseNot(depth));
        return l;
    }
    NodePtr parseNot(int depth)
    {
        if (tooDeep(depth))
            return nullptr;
        if (acceptWord(u"not")) {
            NodePtr inner = parseNot(depth + 1);
            if (!inner)
                return nullptr;
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Not;
            n->args = {inner};
            return n;
        }
        return parseCompare(depth);
    }
    NodePtr parseCompare(int depth)
    {
        NodePtr l = parseSum(depth);
        static const QStringList ops{QStringLiteral("=="), QStringLiteral("!="),
                                     QStringLiteral("<="), QStringLiteral(">="),
                                     QStringLiteral("<"),  QStringLiteral(">")};
        for (const QString &op : ops) {
            if (l && accept(op))
                return binary(op, l, parseSum(depth));
        }
        return l;
    }
    NodePtr parseSum(int depth)
    {
        NodePtr l = parseProduct(depth);
        while (l) {
            if (accept(u"+"))
                l = binary(QStringLiteral("+"), l, parseProduct(depth));
            else if (accept(u"-"))
                l = binary(QStringLiteral("-"), l, parseProduct(depth));
            else
                break;
        }
        return l;
    }
    NodePtr parseProduct(int depth)
    {
        NodePtr l = parseUnary(depth);
        while (l) {
            if (accept(u"*"))
                l = binary(QStringLiteral("*"), l, parseUnary(depth));
            else if (accept(u"/"))
                l = binary(QStringLiteral("/"), l, parseUnary(depth));
            else
                break;
        }
        return l;
    }
    NodePtr parseUnary(int depth)
    {
        if (tooDeep(depth))
            return nullptr;
        if (accept(u"-")) {
            NodePtr inner = parseUnary(depth + 1);
            if (!inner)
                return nullptr;
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Negate;
            n->args = {inner};
            return n;
        }
        return parsePrimary(depth);
    }

    QString name()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && (m_s.at(m_pos).isLetterOrNumber() || m_s.at(m_pos) == u'_'))
            ++m_pos;
        return m_s.mid(start, m_pos - start);
    }

    NodePtr parsePrimary(int depth)
    {
        skipSpace();
        auto n = std::make_shared<Node>();
        if (m_pos >= m_s.size()) {
            fail(LessonText::tr("the expression ends too early"));
            return nullptr;
        }
        const QChar c = m_s.at(m_pos);
        if (c == u'(') {
            ++m_pos;
            NodePtr inner = parseOr(depth + 1);
            if (inner && !accept(u")")) {
                fail(LessonText::tr("\")\" is missing"));
                return nullptr;
            }
            return inner;
        }
        if (c.isDigit() || c == u'.') {
            const qsizetype start = m_pos;
            while (m_pos < m_s.size() && (m_s.at(m_pos).isDigit() || m_s.at(m_pos) == u'.'))
                ++m_pos;
            bool ok = false;
            const double v = m_s.mid(start, m_pos - start).toDouble(&ok);
            if (!ok) {
                fail(LessonText::tr("\"%1\" is not a number").arg(m_s.mid(start, m_pos - start)));
                return nullptr;
            }
            n->literal = v;
            return n;
        }
        if (c == u'"' || c == u'\'') {
            const qsizetype end = m_s.indexOf(c, m_pos + 1);
            if (end < 0) {
                fail(LessonText::tr("the text in quotes is not closed"));
                return nullptr;
            }
            n->literal = m_s.mid(m_pos + 1, end - m_pos - 1);
            m_pos = end + 1;
            return n;
        }
        const QString word = name();
        if (word.isEmpty()) {
            fail(LessonText::tr("unexpected \"%1\"").arg(c));
            return nullptr;
        }
        if (word == u"true" || word == u"false") {
            n->literal = word == u"true";
            return n;
        }
        if (word == u"null") {
            n->literal = QJsonValue(QJsonValue::Null);
            return n;
        }
        if (word == u"value") {
            n->kind = Node::Kind::Value;
            return n;
        }
        if (accept(u"(")) {
            if (!functionNames().contains(word)) {
                fail(LessonText::tr("unknown function \"%1\"; known: %2")
                         .arg(word, functionNames().join(QStringLiteral(", "))));
                return nullptr;
            }
            n->kind = Node::Kind::Call;
            n->name = word;
            if (!accept(u")")) {
                do {
                    NodePtr arg = parseOr(depth + 1);
                    if (!arg)
                        return nullptr;
                    n->args.append(arg);
                } while (accept(u","));
                if (!accept(u")")) {
                    fail(LessonText::tr("\")\" is missing after the arguments of %1").arg(word));
                    return nullptr;
                }
            }
            if (n->args.size() != 1) {
                fail(LessonText::tr("%1() takes one argument").arg(word));
                return nullptr;
            }
            return n;
        }
        n->kind = Node::Kind::Path;
        n->steps.append({Node::Step::Kind::Field, word, {}, 0});
        return parseSteps(n) ? n : nullptr;
    }

    bool parseSteps(const std::shared_ptr<Node> &n)
    {
        while (true) {
            if (m_pos < m_s.size() && m_s.at(m_pos) == u'.') {
                ++m_pos;
                const QString key = name();
                if (key.isEmpty()) {
                    fail(LessonText::tr("a field name must follow \".\""));
                    return false;
                }
                n->steps.append({Node::Step::Kind::Field, key, {}, 0});
            } else if (m_pos < m_s.size() && m_s.at(m_pos) == u'[') {
                ++m_pos;
                if (accept(u"*")) {
                    n->steps.append({Node::Step::Kind::All, {}, {}, 0});
                } else {
                    skipSpace();
                    const QString key = name();
                    bool isIndex = false;
                    const qsizetype index = key.toLongLong(&isIndex);
                    if (isIndex) {
                        n->steps.append({Node::Step::Kind::Index, {}, {}, index});
                    } else if (!key.isEmpty() && accept(u"=")) {
                        skipSpace();
                        const qsizetype start = m_pos;
                        while (m_pos < m_s.size() && m_s.at(m_pos) != u']' &&
                               !m_s.at(m_pos).isSpace())
                            ++m_pos;
                        const QString word = m_s.mid(start, m_pos - start);
                        if (word.isEmpty()) {
                            fail(LessonText::tr("a value must follow \"=\""));
                            return false;
                        }
                        n->steps.append({Node::Step::Kind::Filter, key, word, 0});
                    } else {
                        fail(LessonText::tr("inside [ ] write a number, * or field=value"));
                        return false;
                    }
                }
                if (!accept(u"]")) {
                    fail(LessonText::tr("\"]\" is missing"));
                    return false;
                }
            } else {
                return true;
            }
        }
    }

    const QString &m_s;
    qsizetype m_pos = 0;
    QString m_error;
    qsizetype m_errorPos = 0;
};

} // namespace

std::optional<LessonExpression> LessonExpression::parse(const QString &text, QString *error)
{
    if (text.size() > kMaxLength) {
        *error = LessonText::tr("the expression is %1 characters long, more than the %2 allowed")
                     .arg(text.size())
                     .arg(kMaxLength);
        return std::nullopt;
    }
    if (text.trimmed().isEmpty()) {
        *error = LessonText::tr("the expression is empty");
        return std::nullopt;
    }
    Parser parser(text);
    NodePtr root = parser.parseAll(error);
    if (!root)
        return std::nullopt;
    LessonExpression e;
    e.m_text = text;
    e.m_root = root;
    return e;
}

bool LessonExpression::isCondition() const
{
    if (!m_root)
        return false;
    if (m_root->kind == Node::Kind::Not)
        return true;
    if (m_root->kind == Node::Kind::Literal)
        return m_root->literal.isBool();
    static const QStringList ops{QStringLiteral("=="),  QStringLiteral("!="), QStringLiteral("<="),
                                 QStringLiteral(">="),  QStringLiteral("<"),  QStringLiteral(">"),
                                 QStringLiteral("and"), QStringLiteral("or")};
    return m_root->kind == Node::Kind::Binary && ops.contains(m_root->name);
}

namespace {

void collectIds(const NodePtr &n, QList<std::pair<QString, QString>> *out)
{
    if (!n)
        return;
    if (n->kind == Node::Kind::Path) {
        for (qsizetype i = 1; i < n->steps.size(); ++i) {
            const Node::Step &s = n->steps.at(i);
            const Node::Step &before = n->steps.at(i - 1);
            if (s.kind == Node::Step::Kind::Filter && s.name == u"id" &&
                before.kind == Node::Step::Kind::Field)
                out->append({before.name, s.word});
        }
    }
    for (const NodePtr &a : n->args)
        collectIds(a, out);
}

} // namespace

QList<std::pair<QString, QString>> LessonExpression::selectedIds() const
{
    QList<std::pair<QString, QString>> ids;
    collectIds(m_root, &ids);
    return ids;
}

QJsonObject lessonContext(const QList<QJsonObject> &runs)
{
    QJsonObject context = runs.isEmpty() ? QJsonObject() : runs.constFirst();
    QJsonArray all;
    for (const QJsonObject &r : runs)
        all.append(r);
    context.insert(QStringLiteral("runs"), all);
    context.insert(QStringLiteral("machine"),
                   QJsonObject{{QStringLiteral("cpus"), QThread::idealThreadCount()}});
    return context;
}

QString formatMeasured(const QJsonValue &value, const QLocale &locale)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        const double v = value.toDouble();
        if (std::abs(v) < 1e15 && v == std::floor(v))
            return locale.toString(qint64(v));
        // From 1000 up, whole units: a latency is a histogram bucket's floor and a rate a
        // 0.3 s count, so "2097.152 µs" or "5997.44 MB/s" claimed digits nobody measured.
        if (std::abs(v) >= 1000 && std::abs(v) < 1e15)
            return locale.toString(qint64(std::llround(v)));
        return locale.toString(v, 'g', 3);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(formatMeasured(v, locale));
        return parts.join(QStringLiteral(", "));
    }
    default:
        return QStringLiteral("—");
    }
}

} // namespace proclab
