// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/scenariocommand.h"

#include "core/document/scenariodocument.h"

namespace proclab {

ScenarioCommand::ScenarioCommand(ScenarioDocument *document, Scenario before, Scenario after,
                                 const QString &text, const QString &mergeKey)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey)
{
    setText(text);
}

void ScenarioCommand::undo()
{
    m_document->apply(m_before);
}

void ScenarioCommand::redo()
{
    m_document->apply(m_after);
}

int ScenarioCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 0x5c3a;
}

bool ScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ScenarioCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // An edit that ends where it began is no edit at all.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace proclab
