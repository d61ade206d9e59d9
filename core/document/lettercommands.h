#pragma once

#include "store/letterstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cohort {

class ProgramDocument;

// Letters › the template editor: saves a template's subject and body. Consecutive saves of the
// same template in one editing session (the same session number) merge into one undo step;
// undo saves the text the session started from as a new version (stored versions only go up:
// issued letters name the version they were rendered from). Emits lettersChanged(). Refused
// when the stored template is no longer the version this step knows (edited elsewhere).
class SaveLetterTemplateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SaveLetterTemplateCommand)

public:
    // before: the template as loaded (a bundled default has version 0); after: the same kind and
    // language with the edited subject and body.
    SaveLetterTemplateCommand(ProgramDocument &document, LetterTemplateRow before, LetterTemplateRow after, int session,
                              QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    // The stored version after the last redo or undo.
    int storedVersion() const { return m_storedVersion; }

private:
    void write(const LetterTemplateRow &row);

    ProgramDocument &m_document;
    LetterTemplateRow m_before;
    LetterTemplateRow m_after;
    int m_session = 0;
    int m_storedVersion = 0;
    bool m_first = true;
};

// Letters › Letterhead: organization, address, logo, signature block, page size and margins.
// Emits lettersChanged(). Refused when the stored letterhead is not the one the step started from.
class SetLetterheadCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetLetterheadCommand)

public:
    SetLetterheadCommand(ProgramDocument &document, LetterheadSettings before, LetterheadSettings after,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(const LetterheadSettings &expected, const LetterheadSettings &settings, bool forward);

    ProgramDocument &m_document;
    LetterheadSettings m_before;
    LetterheadSettings m_after;
    bool m_first = true;
};

} // namespace cohort
