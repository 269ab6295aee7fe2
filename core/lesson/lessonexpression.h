// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small expression language of lesson files. It is declared data, never code: a path
// into a run summary (the object `proclab-cli run --json` prints) plus a handful of
// functions, arithmetic, comparisons and and/or/not. Grammar (docs/lesson-format.md):
//
//   expr    := or ;  or := and ("or" and)* ;  and := not ("and" not)* ;  not := "not" not | cmp
//   cmp     := sum (("=="|"!="|"<"|"<="|">"|">=") sum)?
//   sum     := prod (("+"|"-") prod)* ;  prod := unary (("*"|"/") unary)*
//   unary   := "-" unary | primary
//   primary := NUMBER | "string" | true | false | null | value | NAME "(" expr,* ")"
//            | "(" expr ")" | path
//   path    := NAME ("." NAME | "[" INDEX "]" | "[*]" | "[" NAME "=" WORD "]")*
//
// A path selects a set of nodes: `processes[id=c1].final_ppid` one number,
// `runs[*].channels[id=counter].actual` one number per run. Functions count, sum, min, max,
// avg, distinct (how many different values), first, last and abs take such a set (or one
// array). `value` is the measured figure inside a rule's condition.

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QString>
#include <memory>
#include <optional>

namespace proclab {

class LessonExpression
{
public:
    // The ceiling a lesson file may not exceed: a real expression is a line.
    static constexpr int kMaxLength = 400;
    static constexpr int kMaxDepth = 24;

    // Nothing, and *error says what and where ("at 12: expected ']'"), on bad text.
    static std::optional<LessonExpression> parse(const QString &text, QString *error);

    // The result: a number, a string, true/false, null (the path found nothing) or an
    // array (a set of several nodes). Sets *error when the expression cannot be evaluated
    // against `context` (a set where one number was needed, division by zero, ...).
    QJsonValue evaluate(const QJsonObject &context, const QJsonValue &value, QString *error) const;

    // Whether the top of the expression yields true/false (a comparison, and/or/not).
    bool isCondition() const;
    // Ids the expression selects with [id=...] under a collection ("processes",
    // "channels"), for the loader's check against the scenario.
    QList<std::pair<QString, QString>> selectedIds() const;
    const QString &text() const { return m_text; }

    struct Node;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

// The evaluation context of a step: the fields of its first run at the top, every run under
// "runs" (in the order they were made), and "machine": {"cpus": N} for this machine.
QJsonObject lessonContext(const QList<QJsonObject> &runs);

// A measured figure as text: whole numbers and anything from 1000 up without decimals,
// smaller ones with 3 significant digits. The C locale (the default) writes 118183, for
// messages and reports read by programs; a reader's locale groups the digits (118,183) as
// the result strip under the diagram does.
QString formatMeasured(const QJsonValue &value, const QLocale &locale = QLocale::c());

} // namespace proclab
