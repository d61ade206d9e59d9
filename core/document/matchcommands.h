#pragma once

#include "domain/match.h"
#include "matching/matchingdata.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace cohort {

class ProgramDocument;

// One match row before and after a change: none before is a new match, none after a removed one.
struct MatchChange
{
    std::optional<Match> before;
    std::optional<Match> after;
};

// Every change to a cycle's matches is one of these: a list of row changes written in one
// transaction with one audit entry, undone in reverse order. Each write is version-checked, so
// a match someone else changed meanwhile refuses the whole step (nothing written) and says so.
// Emits matchesChanged(cycleId). The functions below build the commands the board pushes.
class MatchChangesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::MatchChangesCommand)

public:
    MatchChangesCommand(ProgramDocument &document, QString cycleId, const QString &text, QString auditAction,
                        QList<MatchChange> changes, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    const QList<MatchChange> &changes() const { return m_changes; }

private:
    Status apply(bool forward);

    ProgramDocument &m_document;
    QString m_cycleId;
    QString m_auditAction;
    QList<MatchChange> m_changes;
    bool m_first = true;
};

// The board's changes, as undo commands (push them with ProgramDocument::execute).
namespace MatchCommands {
// A new draft match, made by hand.
QUndoCommand *create(ProgramDocument &document, const QString &cycleId, const QString &menteeApplicationId,
                     const QString &mentorApplicationId, std::optional<double> score, const QString &menteeName,
                     const QString &mentorName);
QUndoCommand *remove(ProgramDocument &document, const Match &match, const QString &menteeName);
// The mentee goes to another mentor (the match keeps its id, becomes a manual draft).
QUndoCommand *move(ProgramDocument &document, const Match &match, const QString &mentorApplicationId,
                   std::optional<double> score, const QString &menteeName, const QString &mentorName);
QUndoCommand *setLocked(ProgramDocument &document, const QString &cycleId, const QList<Match> &matches, bool locked);
// Marks the drafts published on `on` (letters and the engagement timeline use the date).
QUndoCommand *publish(ProgramDocument &document, const QString &cycleId, const QList<Match> &drafts, const QDate &on);
// An auto-match proposal: the unlocked drafts go, the proposed pairs come as drafts of source "auto".
QUndoCommand *applyProposal(ProgramDocument &document, const QString &cycleId, const QList<Match> &replaced,
                            const QList<Match> &proposed);
} // namespace MatchCommands

// Matching › Settings: weights, minimum score and the same-library rule of a cycle.
class SetMatchingSettingsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetMatchingSettingsCommand)

public:
    SetMatchingSettingsCommand(ProgramDocument &document, QString cycleId, MatchingSettings before,
                               MatchingSettings after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(const MatchingSettings &settings);

    ProgramDocument &m_document;
    QString m_cycleId;
    MatchingSettings m_before;
    MatchingSettings m_after;
    bool m_first = true;
};

} // namespace cohort
