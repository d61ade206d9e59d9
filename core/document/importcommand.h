#pragma once

#include "intake/importer.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace cohort {

class ProgramDocument;

// The undo step of an application import. The import itself runs on a worker thread with its
// own connection and commits there (ApplicationImporter::run); the GUI then pushes this command
// with the report, so its first redo() writes nothing. undo() removes the applications the
// import inserted and the people it created and puts updated rows back; redo() writes them
// again with the same ids and codes. Each is one transaction and emits applicationsChanged.
// undo() refuses (and changes nothing) when an imported application was edited since, or when
// something added later refers to a person the import created.
class ImportApplicationsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ImportApplicationsCommand)

public:
    ImportApplicationsCommand(ProgramDocument &document, ImportReport report);

    void redo() override;
    void undo() override;

    const ImportReport &report() const { return m_report; }

private:
    Status apply();
    Status revert();

    ProgramDocument &m_document;
    ImportReport m_report;
    // The version each updated application and person has now (they move on with every undo
    // and redo, as each write bumps them).
    QList<int> m_applicationVersions;
    QList<int> m_personVersions;
    bool m_first = true;
};

} // namespace cohort
