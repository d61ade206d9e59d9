#pragma once

#include "domain/match.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUndoCommand>

namespace cohort {

class ProgramDocument;

// Timeline › Log Contact (one contact) and Import Contacts (many, one step): undo removes them
// (version-checked: a contact changed elsewhere meanwhile refuses, nothing written). Emits
// matchesChanged(cycleId).
class AddContactsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::AddContactsCommand)

public:
    AddContactsCommand(ProgramDocument &document, QString cycleId, QList<ContactEntry> entries, const QString &text,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    QString m_cycleId;
    QList<ContactEntry> m_entries;
    bool m_first = true;
};

// Removes a logged contact; undo puts it back with its id.
class RemoveContactCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::RemoveContactCommand)

public:
    RemoveContactCommand(ProgramDocument &document, QString cycleId, ContactEntry entry, const QString &pairName,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    QString m_cycleId;
    ContactEntry m_entry;
    bool m_first = true;
};

// A match's liaison: a committee member (reviewer) who follows the pair, or none.
class SetLiaisonCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetLiaisonCommand)

public:
    SetLiaisonCommand(ProgramDocument &document, Match match, QString reviewerId, const QString &text,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(const QString &reviewerId);

    ProgramDocument &m_document;
    Match m_match;
    QString m_before;
    QString m_after;
    bool m_first = true;
};

} // namespace cohort
