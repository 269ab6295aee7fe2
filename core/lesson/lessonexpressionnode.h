// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parsed form of a LessonExpression, shared by its parser and its evaluator only.

#include "core/lesson/lessonexpression.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <memory>

namespace proclab {

struct LessonExpression::Node
{
    enum class Kind
    {
        Literal,
        Value,
        Path,
        Call,
        Negate,
        Not,
        Binary
    };
    struct Step
    {
        enum class Kind
        {
            Field,
            Index,
            All,
            Filter
        } kind;
        QString name; // Field: the key; Filter: the key compared
        QString word; // Filter: the value compared (as text)
        qsizetype index = 0;
    };
    Kind kind = Kind::Literal;
    QJsonValue literal;
    QList<Step> steps;
    QString name; // Call: function; Binary: operator
    QList<std::shared_ptr<const Node>> args;
};

} // namespace proclab
