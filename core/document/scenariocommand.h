// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One undoable edit: the whole scenario before and after. Scenarios are small values, so
// storing both is cheap and makes undo/redo exact (operator== holds after a round trip).

#include "core/scenario/scenario.h"

#include <QUndoCommand>

namespace proclab {

class ScenarioDocument;

class ScenarioCommand : public QUndoCommand
{
public:
    // mergeKey: consecutive commands with the same non-empty key (e.g. typing in one
    // field of one item) become one undo step.
    ScenarioCommand(ScenarioDocument *document, Scenario before, Scenario after,
                    const QString &text, const QString &mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioDocument *m_document;
    Scenario m_before;
    Scenario m_after;
    QString m_mergeKey;
};

} // namespace proclab
