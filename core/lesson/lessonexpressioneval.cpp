// SPDX-License-Identifier: GPL-3.0-or-later
// LessonExpression::evaluate: walks the parsed tree against a run's JSON object.

#include "core/lesson/lessonexpression.h"
#include "core/lesson/lessonexpressionnode.h"
#include "core/lesson/lessontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace proclab {

namespace {

using Node = LessonExpression::Node;

// A path selects a set of nodes; everything else yields one value. Kept apart so that
// count(processes) counts the array's entries while count(processes[id=x]) counts matches.
struct Result
{
    QList<QJsonValue> nodes;
    bool isSet = false;
};

Result one(const QJsonValue &v)
{
    return Result{{v}, false};
}

// The elements a function works on: a set's nodes, or the entries of one array.
QList<QJsonValue> elements(const Result &r)
{
    if (r.nodes.size() == 1 && r.nodes.constFirst().isArray()) {
        const QJsonArray a = r.nodes.constFirst().toArray();
        return QList<QJsonValue>(a.begin(), a.end());
    }
    QList<QJsonValue> out;
    for (const QJsonValue &v : r.nodes) {
        if (!v.isNull() && !v.isUndefined())
            out.append(v);
    }
    return out;
}

// Where one value is needed: a set of exactly one node is that node; an empty set is null.
QJsonValue single(const Result &r, QString *error)
{
    if (r.nodes.isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (r.nodes.size() == 1)
        return r.nodes.constFirst().isUndefined() ? QJsonValue(QJsonValue::Null)
                                                  : r.nodes.constFirst();
    if (error->isEmpty())
        *error =
            LessonText::tr("%1 values where one was needed; use count, sum, min, max or distinct")
                .arg(r.nodes.size());
    return QJsonValue(QJsonValue::Null);
}

bool matches(const QJsonValue &field, const QString &word)
{
    if (field.isString())
        return field.toString() == word;
    if (field.isDouble()) {
        bool ok = false;
        const double w = word.toDouble(&ok);
        return ok && w == field.toDouble();
    }
    if (field.isBool())
        return word == (field.toBool() ? u"true" : u"false");
    return field.isNull() && word == u"null";
}

Result selectPath(const Node &n, const QJsonObject &context)
{
    QList<QJsonValue> nodes{context};
    bool isSet = false;
    for (const Node::Step &s : n.steps) {
        QList<QJsonValue> next;
        for (const QJsonValue &v : nodes) {
            switch (s.kind) {
            case Node::Step::Kind::Field:
                if (v.isObject() && v.toObject().contains(s.name))
                    next.append(v.toObject().value(s.name));
                break;
            case Node::Step::Kind::Index:
                if (v.isArray() && s.index >= 0 && s.index < v.toArray().size())
                    next.append(v.toArray().at(s.index));
                break;
            case Node::Step::Kind::All:
                for (const QJsonValue &e : v.toArray())
                    next.append(e);
                isSet = true;
                break;
            case Node::Step::Kind::Filter:
                // On an array: its matching entries. On an entry a filter already chose:
                // kept when it matches too, so `events[ev=exited][node=child]` narrows.
                if (v.isObject()) {
                    if (matches(v.toObject().value(s.name), s.word))
                        next.append(v);
                } else {
                    for (const QJsonValue &e : v.toArray()) {
                        if (e.isObject() && matches(e.toObject().value(s.name), s.word))
                            next.append(e);
                    }
                }
                isSet = true;
                break;
            }
        }
        nodes = next;
    }
    return Result{nodes, isSet};
}

double numberOf(const QJsonValue &v, bool *ok)
{
    *ok = v.isDouble() || v.isBool();
    return v.isBool() ? (v.toBool() ? 1 : 0) : v.toDouble();
}

class Evaluator
{
public:
    Evaluator(const QJsonObject &context, const QJsonValue &value, QString *error)
        : m_context(context), m_value(value), m_error(error)
    {}

    Result eval(const Node &n)
    {
        switch (n.kind) {
        case Node::Kind::Literal:
            return one(n.literal);
        case Node::Kind::Value:
            return one(m_value);
        case Node::Kind::Path:
            return selectPath(n, m_context);
        case Node::Kind::Call:
            return call(n.name, eval(*n.args.constFirst()));
        case Node::Kind::Negate: {
            const QJsonValue v = single(eval(*n.args.constFirst()), m_error);
            return one(-number(v, QStringLiteral("-")));
        }
        case Node::Kind::Not:
            return one(!truth(single(eval(*n.args.constFirst()), m_error)));
        case Node::Kind::Binary:
            return binary(n);
        }
        return one(QJsonValue(QJsonValue::Null));
    }

    bool truth(const QJsonValue &v)
    {
        if (v.isBool())
            return v.toBool();
        fail(LessonText::tr("needs true or false, not %1").arg(formatMeasured(v)));
        return false;
    }

private:
    void fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }
    double number(const QJsonValue &v, const QString &op)
    {
        bool ok = false;
        const double d = numberOf(v, &ok);
        if (!ok)
            fail(v.isNull()
                     ? LessonText::tr("\"%1\" needs a number, but the run has no such figure")
                           .arg(op)
                     : LessonText::tr("\"%1\" needs a number, not \"%2\"")
                           .arg(op, formatMeasured(v)));
        return d;
    }

    Result call(const QString &f, const Result &arg)
    {
        const QList<QJsonValue> items = elements(arg);
        if (f == u"count")
            return one(double(arg.isSet || (arg.nodes.size() == 1 && arg.nodes[0].isArray())
                                  ? items.size()
                                  : (items.isEmpty() ? 0 : 1)));
        if (f == u"distinct") {
            // Keyed exactly: the text a reader sees rounds, and two different measurements
            // must not count as one.
            QSet<QString> seen;
            for (const QJsonValue &v : items)
                seen.insert(v.isDouble() ? QString::number(v.toDouble(), 'g', 17)
                                         : formatMeasured(v));
            return one(double(seen.size()));
        }
        if (f == u"abs")
            return one(std::abs(number(single(arg, m_error), f)));
        if (items.isEmpty()) {
            fail(LessonText::tr("%1() of nothing: the run has no such figure").arg(f));
            return one(QJsonValue(QJsonValue::Null));
        }
        if (f == u"first")
            return one(items.constFirst());
        if (f == u"last")
            return one(items.constLast());
        double acc = f == u"sum" || f == u"avg" ? 0 : number(items.constFirst(), f);
        for (const QJsonValue &v : items) {
            const double d = number(v, f);
            if (f == u"min")
                acc = std::min(acc, d);
            else if (f == u"max")
                acc = std::max(acc, d);
            else
                acc += d;
        }
        return one(f == u"avg" ? acc / double(items.size()) : acc);
    }

    Result binary(const Node &n)
    {
        const QString &op = n.name;
        if (op == u"and" || op == u"or") {
            const bool l = truth(single(eval(*n.args[0]), m_error));
            if (op == u"and" ? !l : l)
                return one(l); // short-circuit: the right side may not even exist
            return one(truth(single(eval(*n.args[1]), m_error)));
        }
        const QJsonValue l = single(eval(*n.args[0]), m_error);
        const QJsonValue r = single(eval(*n.args[1]), m_error);
        if (op == u"==" || op == u"!=") {
            bool equal = false;
            if (l.isString() || r.isString() || l.isNull() || r.isNull())
                equal = l == r;
            else
                equal = number(l, op) == number(r, op);
            return one(op == u"==" ? equal : !equal);
        }
        const double a = number(l, op), b = number(r, op);
        if (op == u"<")
            return one(a < b);
        if (op == u"<=")
            return one(a <= b);
        if (op == u">")
            return one(a > b);
        if (op == u">=")
            return one(a >= b);
        if (op == u"+")
            return one(a + b);
        if (op == u"-")
            return one(a - b);
        if (op == u"*")
            return one(a * b);
        if (b == 0) {
            fail(LessonText::tr("division by zero"));
            return one(QJsonValue(QJsonValue::Null));
        }
        return one(a / b);
    }

    const QJsonObject &m_context;
    const QJsonValue &m_value;
    QString *m_error;
};

} // namespace

QJsonValue LessonExpression::evaluate(const QJsonObject &context, const QJsonValue &value,
                                      QString *error) const
{
    QString problem;
    QJsonValue out(QJsonValue::Null);
    if (m_root) {
        Evaluator e(context, value, &problem);
        const Result r = e.eval(*m_root);
        if (r.isSet && r.nodes.size() != 1) {
            QJsonArray all;
            for (const QJsonValue &v : r.nodes)
                all.append(v);
            out = r.nodes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(all);
        } else {
            out = single(r, &problem);
        }
    }
    if (error)
        *error = problem;
    return problem.isEmpty() ? out : QJsonValue(QJsonValue::Null);
}

} // namespace proclab
