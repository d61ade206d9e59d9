#pragma once

#include "domain/program.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace cohort {

class Database;
class ProgramStore;
class CycleStore;
class ApplicationStore;
class MatchStore;
class ReviewStore;

// One open program: owns the database connection, the stores and the undo stack, and tells
// every view what changed. Views read through the stores and change things only through
// undo commands pushed on undoStack().
class ProgramDocument : public QObject
{
    Q_OBJECT

public:
    ~ProgramDocument() override;

    // Creates a new program file with a first program row.
    static Result<std::unique_ptr<ProgramDocument>> create(const QString &path, const QString &programName);
    static Result<std::unique_ptr<ProgramDocument>> open(const QString &path, bool readOnly = false);
    // Takes over an open database (PostgreSQL, or one opened by the caller).
    static Result<std::unique_ptr<ProgramDocument>> adopt(std::unique_ptr<Database> db);

    Database &database() const { return *m_db; }
    ProgramStore &programStore() const { return *m_programStore; }
    CycleStore &cycleStore() const { return *m_cycleStore; }
    ApplicationStore &applicationStore() const { return *m_applicationStore; }
    MatchStore &matchStore() const { return *m_matchStore; }
    ReviewStore &reviewStore() const { return *m_reviewStore; }
    QUndoStack *undoStack() const { return m_undoStack; }

    const ProgramInfo &program() const { return m_program; }
    QString filePath() const;
    QString fileName() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;

    // Who is making changes (recorded in updated_by and the audit log).
    static QString actor();

    // Pushes command on the undo stack and returns the failure its first redo() reported, if
    // any (a command that fails marks itself obsolete, so the stack drops it).
    Status execute(QUndoCommand *command);
    // Pushes several commands as one undo step (a QUndoStack macro named text), all or nothing:
    // when one fails, the ones before it are undone, the step is dropped and the failure is
    // returned. The stack owns every command passed, run or not.
    Status executeAsOne(const QString &text, const QList<QUndoCommand *> &commands);
    // Commands call this when their redo() or undo() fails. During execute() the message goes
    // back to the caller; later (Undo, Redo from the menu) it is emitted as commandFailed().
    void reportFailure(const QString &message);

    // Applies a new program name (called by RenameProgramCommand). Emits programChanged.
    Status applyProgramName(const QString &name);

signals:
    void commandFailed(const QString &message);
    void programChanged();
    void cyclesChanged();
    void applicationsChanged(const QString &cycleId);
    void matchesChanged(const QString &cycleId);
    // Review of one cycle: its rubric, assignments, scores, submissions, decisions or settings
    // (see core/document/reviewcommands.h). Decisions also emit applicationsChanged(cycleId).
    void reviewChanged(const QString &cycleId);
    // The program's reviewers or their conflicts of interest.
    void reviewersChanged();
    // Letter templates, the letterhead, or the letters issued.
    void lettersChanged();

private:
    explicit ProgramDocument(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProgramStore> m_programStore;
    std::unique_ptr<CycleStore> m_cycleStore;
    std::unique_ptr<ApplicationStore> m_applicationStore;
    std::unique_ptr<MatchStore> m_matchStore;
    std::unique_ptr<ReviewStore> m_reviewStore;
    QUndoStack *m_undoStack = nullptr;
    ProgramInfo m_program;
    bool m_executing = false;
    QString m_executeError;
};

} // namespace cohort
