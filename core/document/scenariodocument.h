// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The open document: the scenario (the truth), its undo stack, its file and whether it
// has unsaved changes, and what validation says about it. The diagram, the property
// panel, the charts and the lesson player observe it and change it only through edit(),
// so every change is one undo step and every observer sees the same scenario.

#include "core/scenario/scenarioio.h"
#include "core/scenario/validationmap.h"

#include <QObject>

class QUndoStack;

namespace proclab {

class ScenarioDocument : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioDocument(QObject *parent = nullptr);

    const Scenario &scenario() const { return m_scenario; }
    QUndoStack *undoStack() const { return m_undo; }
    // validateScenario() of the current scenario, computed once per change.
    const QList<ScenarioError> &problems() const { return m_problems; }
    const ValidationMap &validation() const { return m_validation; }

    QString filePath() const { return m_filePath; }
    QString displayName() const; // file name, example name or "Untitled"
    bool isModified() const;

    // While a run shows live state on the scenario, editing is refused.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    void newDocument();
    // Loads and validates; on errors returns them and leaves the current scenario alone.
    // Items without positions are laid out; saved positions are kept. A resource path
    // (":/scenarios/...") opens as an untitled copy, so Save asks where to write.
    QList<ScenarioError> open(const QString &path);
    // Like open(), but always as an untitled copy named after the file, so Save never
    // writes over it (a lesson's scenario, wherever the lessons are read from).
    QList<ScenarioError> openCopy(const QString &path);
    bool save(const QString &path, QString *error);
    // Replaces the scenario without an undo step and clears the history (New, Open).
    void reset(const Scenario &scenario);
    // The one way to change the scenario: pushes (before, after) as an undo step.
    // mergeKey: consecutive edits with the same non-empty key become one step. False when
    // locked or when nothing changes.
    bool edit(const Scenario &after, const QString &text, const QString &mergeKey = {});
    // Validation messages are translated: recompute them after a language change.
    void revalidate();

signals:
    void scenarioChanged();
    void validationChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void lockedChanged(bool locked);

private:
    friend class ScenarioCommand;
    void apply(const Scenario &scenario); // by the undo commands only
    void validate();
    void setFilePath(const QString &path);

    Scenario m_scenario;
    QUndoStack *m_undo;
    QList<ScenarioError> m_problems;
    ValidationMap m_validation;
    QString m_filePath;
    QString m_exampleName;
    bool m_locked = false;
};

} // namespace proclab
