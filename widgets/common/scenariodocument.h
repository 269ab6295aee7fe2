// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The open document: the diagram's scenario, its file, and whether it has unsaved
// changes (the undo stack's clean state). Opening a broken file keeps what is open.

#include "core/scenario/scenarioio.h"

#include <QObject>

namespace proclab {

class DiagramScene;

class ScenarioDocument : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioDocument(DiagramScene *scene, QObject *parent = nullptr);

    DiagramScene *scene() const { return m_scene; }
    QString filePath() const { return m_filePath; }
    QString displayName() const; // file name, example name or "Untitled"
    bool isModified() const;

    void newDocument();
    // Loads and validates; on errors returns them and leaves the current diagram alone.
    // Items without positions are laid out; saved positions are kept. A resource path
    // (":/scenarios/...") opens as an untitled copy, so Save asks where to write.
    QList<ScenarioError> open(const QString &path);
    bool save(const QString &path, QString *error);

signals:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void setFilePath(const QString &path);

    DiagramScene *m_scene;
    QString m_filePath;
    QString m_exampleName;
};

} // namespace proclab
