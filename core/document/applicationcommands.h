#pragma once

#include "domain/application.h"
#include "domain/reviewer.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cohort {

class ProgramDocument;

// Undoable changes to applications. Each command writes through ApplicationStore in one
// transaction, records an audit entry, emits ProgramDocument::applicationsChanged(cycleId), and
// on failure (a version conflict, a read-only file) calls ProgramDocument::reportFailure() and,
// in its first redo(), marks itself obsolete. Push them with ProgramDocument::execute().

// Replaces an application and its person with edited copies (the detail panel's edits; one
// field per command, so typing in one field merges into one undo step via mergeWith()).
class EditApplicationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::EditApplicationCommand)

public:
    EditApplicationCommand(ProgramDocument &document, Person personBefore, Application before, Person personAfter,
                           Application after, const QString &fieldLabel);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProgramDocument &m_document;
    Person m_personBefore, m_personAfter;
    Application m_before, m_after;
    QString m_field;
    bool m_first = true;
};

// Moves an application along the status workflow (StatusWorkflow), with a reason where needed.
// Setting the status to eligible/ineligible also sets the eligibility columns.
class ChangeStatusCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ChangeStatusCommand)

public:
    ChangeStatusCommand(ProgramDocument &document, Application before, QString status, QString reason);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    Application m_before;
    Application m_after;
    QString m_status;
    QString m_reason;
    QString m_refusal; // why the workflow refuses the change, reported by the first redo()
    bool m_first = true;
};

// Adds an application that came by email or on paper (source "email" or "paper"), with a new
// person or an existing one (found by email).
class NewApplicationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::NewApplicationCommand)

public:
    NewApplicationCommand(ProgramDocument &document, Person person, Application application, bool newPerson);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    Person m_person;
    Application m_application;
    bool m_newPerson;
    bool m_first = true;
};

// Merges two person records flagged as likely duplicates: the applications of `removed` move to
// `kept`. Undo restores the removed person and moves its applications back.
class MergePeopleCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::MergePeopleCommand)

public:
    MergePeopleCommand(ProgramDocument &document, Person kept, Person removed);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    Person m_kept;
    Person m_removed;
    QStringList m_movedApplicationIds;
    QStringList m_cycleIds;      // cycles of the moved applications, for applicationsChanged
    QList<Conflict> m_conflicts; // the removed person's conflicts of interest, restored by undo()
    bool m_first = true;
};

} // namespace cohort
