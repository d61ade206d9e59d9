#include "document/reviewcommands.h"

#include "db/database.h"
#include "document/commandsupport.h"
#include "document/programdocument.h"
#include "domain/ids.h"
#include "review/reviewfiles.h"
#include "store/programstore.h"
#include "store/reviewstore.h"
#include "store/statementcache.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringBuilder>

#include <cmath>
#include <utility>

namespace cohort {

namespace {

// Merge ids (QUndoCommand::id(); unique among Cohort's commands, see applicationcommands.cpp).
constexpr int kSetScoresId = 0x0401;
constexpr int kSetAssignmentCommentId = 0x0402;

using commands::fail;
using commands::inTransaction;
using commands::sameCell;
using commands::writeCell;

Status audit(ProgramDocument &document, const QString &action, const QString &entity, const QString &entityId,
             const QString &detail)
{
    return document.programStore().audit(ProgramDocument::actor(), action, entity, entityId, detail);
}

bool sameContent(const Criterion &a, const Criterion &b)
{
    return a.id == b.id && a.cycleId == b.cycleId && a.role == b.role && a.name == b.name && a.guidance == b.guidance &&
           a.scaleMin == b.scaleMin && a.scaleMax == b.scaleMax && a.weight == b.weight &&
           a.allowNotApplicable == b.allowNotApplicable && a.sortOrder == b.sortOrder;
}

bool sameContent(const Reviewer &a, const Reviewer &b)
{
    return a.id == b.id && a.name == b.name && a.email == b.email && a.role == b.role && a.capacity == b.capacity &&
           a.active == b.active;
}

bool sameContent(const Conflict &a, const Conflict &b)
{
    return a.id == b.id && a.reviewerId == b.reviewerId && a.personId == b.personId && a.source == b.source &&
           a.status == b.status && a.reason == b.reason;
}

QString timestampText(const QDateTime &when)
{
    return when.isValid() ? toTimestamp(when) : QString();
}

bool sameContent(const Assignment &a, const Assignment &b)
{
    return a.id == b.id && a.applicationId == b.applicationId && a.reviewerId == b.reviewerId && a.source == b.source &&
           a.seed == b.seed && a.comment == b.comment && timestampText(a.submittedAt) == timestampText(b.submittedAt);
}

// Score cells compare by what a reviewer sees: the value and N/A (the row id stays the same
// through the commands' writes).
bool sameContent(const std::optional<Decision> &a, const std::optional<Decision> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->applicationId == b->applicationId && a->outcome == b->outcome && a->reason == b->reason &&
           a->decidedOn == b->decidedOn && a->decidedBy == b->decidedBy;
}

QString conflictChanged()
{
    return ChangeAssignmentsCommand::tr("Someone else changed this meanwhile; reload to see the changes.");
}

Status validateCriterion(const Criterion &c)
{
    if (c.name.trimmed().isEmpty())
        return Error{AddCriterionCommand::tr("A criterion needs a name.")};
    if (c.role != QLatin1String("mentor") && c.role != QLatin1String("mentee"))
        return Error{AddCriterionCommand::tr("A criterion belongs to the mentors' or the mentees' rubric.")};
    if (c.scaleMax <= c.scaleMin)
        return Error{AddCriterionCommand::tr("The scale of “%1” must go from a lower to a higher number (%2–%3).")
                         .arg(c.name)
                         .arg(c.scaleMin)
                         .arg(c.scaleMax)};
    if (!std::isfinite(c.weight) || c.weight < 0)
        return Error{AddCriterionCommand::tr("The weight of “%1” cannot be negative.").arg(c.name)};
    return {};
}

Status validateReviewer(const Reviewer &r)
{
    if (r.name.trimmed().isEmpty())
        return Error{AddReviewerCommand::tr("A reviewer needs a name.")};
    if (r.role != QLatin1String("chair") && r.role != QLatin1String("member"))
        return Error{AddReviewerCommand::tr("A reviewer is the chair or a member.")};
    if (r.capacity < 0)
        return Error{AddReviewerCommand::tr("The capacity of %1 cannot be negative.").arg(r.name)};
    return {};
}

bool validConflictStatus(const QString &status)
{
    return status == QLatin1String("suggested") || status == QLatin1String("confirmed") ||
           status == QLatin1String("dismissed");
}

bool validConflictSource(const QString &source)
{
    return source == QLatin1String("declared") || source == QLatin1String("same_library") ||
           source == QLatin1String("email_domain") || source == QLatin1String("other");
}

// Loads a criterion and checks it still is `expected`.
Result<Criterion> currentCriterion(ReviewStore &store, const Criterion &expected)
{
    auto current = store.loadCriterion(expected.id);
    if (!current)
        return Error{current.error()};
    if (!sameContent(current.value(), expected))
        return Error{AddCriterionCommand::tr("Someone else changed the criterion “%1” meanwhile; reload the rubric to "
                                             "see the changes.")
                         .arg(expected.name)};
    return current;
}

Result<Reviewer> currentReviewer(ReviewStore &store, const Reviewer &expected)
{
    auto current = store.loadReviewer(expected.id);
    if (!current)
        return Error{current.error()};
    if (!sameContent(current.value(), expected))
        return Error{AddReviewerCommand::tr("Someone else changed reviewer %1 meanwhile; reload to see the changes.")
                         .arg(expected.name)};
    return current;
}

Result<Conflict> currentConflict(ReviewStore &store, const Conflict &expected)
{
    auto current = store.loadConflict(expected.id);
    if (!current)
        return Error{current.error()};
    if (!sameContent(current.value(), expected))
        return Error{AddConflictsCommand::tr("Someone else changed a conflict of interest meanwhile; reload to see "
                                             "the changes.")};
    return current;
}

Status refuseIfScored(ReviewStore &store, const Criterion &criterion)
{
    auto scored = store.scoredCellCount(criterion.id);
    if (!scored)
        return Error{scored.error()};
    if (scored.value() > 0)
        return Error{RemoveCriterionCommand::tr("“%1” cannot be removed: %n cell(s) are scored. Clear them first.",
                                                nullptr, scored.value())
                         .arg(criterion.name)};
    return {};
}

// A criterion's scale and N/A must hold every stored value.
Status checkStoredValuesFit(ReviewStore &store, const Criterion &before, const Criterion &after)
{
    if (after.scaleMin > before.scaleMin || after.scaleMax < before.scaleMax) {
        auto outside = store.scoresOutside(after.id, after.scaleMin, after.scaleMax);
        if (!outside)
            return Error{outside.error()};
        if (outside.value() > 0)
            return Error{EditCriterionCommand::tr("%n score(s) of “%1” lie outside %2–%3; change them first.", nullptr,
                                                  outside.value())
                             .arg(after.name)
                             .arg(after.scaleMin)
                             .arg(after.scaleMax)};
    }
    if (before.allowNotApplicable && !after.allowNotApplicable) {
        auto na = store.notApplicableCount(after.id);
        if (!na)
            return Error{na.error()};
        if (na.value() > 0)
            return Error{EditCriterionCommand::tr("%n cell(s) of “%1” are marked N/A; score them before turning N/A "
                                                  "off.",
                                                  nullptr, na.value())
                             .arg(after.name)};
    }
    return {};
}

// Writes one criterion over another (content-checked), returning the new version.
Status replaceCriterion(ReviewStore &store, Criterion &from, Criterion &to, const QString &actor)
{
    auto current = currentCriterion(store, from);
    if (!current)
        return Error{current.error()};
    if (Status s = checkStoredValuesFit(store, from, to); !s)
        return s;
    Criterion write = to;
    write.version = current->version;
    auto version = store.updateCriterion(write, actor);
    if (!version)
        return Error{version.error()};
    from.version = to.version = version.value();
    return {};
}

Status replaceReviewer(ReviewStore &store, Reviewer &from, Reviewer &to, const QString &actor)
{
    auto current = currentReviewer(store, from);
    if (!current)
        return Error{current.error()};
    Reviewer write = to;
    write.version = current->version;
    auto version = store.updateReviewer(write, actor);
    if (!version)
        return Error{version.error()};
    from.version = to.version = version.value();
    return {};
}

Status replaceConflict(ReviewStore &store, Conflict &from, Conflict &to, const QString &actor)
{
    auto current = currentConflict(store, from);
    if (!current)
        return Error{current.error()};
    Conflict write = to;
    write.version = current->version;
    auto version = store.updateConflict(write, actor);
    if (!version)
        return Error{version.error()};
    from.version = to.version = version.value();
    return {};
}

// Removes a criterion that is as expected and has no scored cell; returns its score rows.
Result<QList<Score>> removeUnscoredCriterion(ReviewStore &store, const Criterion &criterion)
{
    auto current = currentCriterion(store, criterion);
    if (!current)
        return Error{current.error()};
    if (Status s = refuseIfScored(store, criterion); !s)
        return Error{s.error()};
    auto rows = store.scoresOfCriterion(criterion.id);
    if (!rows)
        return Error{rows.error()};
    if (Status s = store.removeCriterion(criterion.id, current->version); !s)
        return Error{s.error()};
    return rows;
}

QString reviewerName(ReviewStore &store, const QString &reviewerId)
{
    auto reviewer = store.loadReviewer(reviewerId);
    return reviewer ? reviewer->name : ChangeAssignmentsCommand::tr("a reviewer");
}

} // namespace

// --- AddCriterionCommand ---

AddCriterionCommand::AddCriterionCommand(ProgramDocument &document, Criterion criterion, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_criterion(std::move(criterion))
{
    if (m_criterion.id.isEmpty())
        m_criterion.id = newId();
    m_criterion.name = m_criterion.name.trimmed();
    setText(tr("Add Criterion “%1”").arg(m_criterion.name));
}

void AddCriterionCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = validateCriterion(m_criterion); !s)
            return s;
        if (Status s = m_document.reviewStore().insertCriterion(m_criterion, nowTimestamp(), actor); !s)
            return s;
        m_criterion.version = 1;
        return audit(m_document, QStringLiteral("review.criterion.add"), QStringLiteral("rubric_criterion"),
                     m_criterion.id, m_criterion.name);
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.reviewChanged(m_criterion.cycleId);
}

void AddCriterionCommand::undo()
{
    const Status status = inTransaction(m_document, [&]() -> Status {
        auto rows = removeUnscoredCriterion(m_document.reviewStore(), m_criterion);
        if (!rows)
            return Error{rows.error()};
        return audit(m_document, QStringLiteral("review.criterion.add.undo"), QStringLiteral("rubric_criterion"),
                     m_criterion.id, m_criterion.name);
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewChanged(m_criterion.cycleId);
}

// --- EditCriterionCommand ---

EditCriterionCommand::EditCriterionCommand(ProgramDocument &document, Criterion before, Criterion after,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    m_after.name = m_after.name.trimmed();
    // Identity is not edited.
    m_after.id = m_before.id;
    m_after.cycleId = m_before.cycleId;
    m_after.role = m_before.role;
    setText(tr("Edit Criterion “%1”").arg(m_after.name));
}

void EditCriterionCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = validateCriterion(m_after); !s)
            return s;
        if (sameContent(m_before, m_after))
            return Error{tr("Nothing changed in “%1”.").arg(m_after.name)};
        if (Status s = replaceCriterion(m_document.reviewStore(), m_before, m_after, actor); !s)
            return s;
        return audit(m_document, QStringLiteral("review.criterion.edit"), QStringLiteral("rubric_criterion"),
                     m_after.id, m_after.name);
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.reviewChanged(m_after.cycleId);
}

void EditCriterionCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = replaceCriterion(m_document.reviewStore(), m_after, m_before, actor); !s)
            return s;
        return audit(m_document, QStringLiteral("review.criterion.edit.undo"), QStringLiteral("rubric_criterion"),
                     m_before.id, m_before.name);
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewChanged(m_before.cycleId);
}

// --- RemoveCriterionCommand ---

RemoveCriterionCommand::RemoveCriterionCommand(ProgramDocument &document, Criterion criterion, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_criterion(std::move(criterion))
{
    setText(tr("Remove Criterion “%1”").arg(m_criterion.name));
}

void RemoveCriterionCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    QList<Score> rows;
    const Status status = inTransaction(m_document, [&]() -> Status {
        auto removed = removeUnscoredCriterion(m_document.reviewStore(), m_criterion);
        if (!removed)
            return Error{removed.error()};
        rows = removed.value();
        return audit(m_document, QStringLiteral("review.criterion.remove"), QStringLiteral("rubric_criterion"),
                     m_criterion.id, m_criterion.name);
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    m_removedRows = rows;
    emit m_document.reviewChanged(m_criterion.cycleId);
}

void RemoveCriterionCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        ReviewStore &store = m_document.reviewStore();
        if (Status s = store.insertCriterion(m_criterion, nowTimestamp(), actor); !s)
            return s;
        for (const Score &row : std::as_const(m_removedRows)) {
            if (Status s = store.restoreScore(row, actor); !s)
                return s;
        }
        return audit(m_document, QStringLiteral("review.criterion.remove.undo"), QStringLiteral("rubric_criterion"),
                     m_criterion.id, m_criterion.name);
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewChanged(m_criterion.cycleId);
}

// --- CopyRubricCommand ---

CopyRubricCommand::CopyRubricCommand(ProgramDocument &document, QString fromCycleId, QString toCycleId, QString role,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_fromCycleId(std::move(fromCycleId)),
      m_toCycleId(std::move(toCycleId)), m_role(std::move(role))
{
    setText(m_role == QLatin1String("mentor") ? tr("Copy the Mentors' Rubric") : tr("Copy the Mentees' Rubric"));
}

void CopyRubricCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (first) {
            if (m_fromCycleId == m_toCycleId)
                return Error{tr("Choose another cycle to copy the rubric from.")};
            auto source = store.listCriteria(m_fromCycleId, m_role);
            if (!source)
                return Error{source.error()};
            auto target = store.listCriteria(m_toCycleId, m_role);
            if (!target)
                return Error{target.error()};
            QSet<QString> names;
            int sortOrder = -1;
            for (const Criterion &c : std::as_const(target.value())) {
                names.insert(c.name.trimmed().toCaseFolded());
                sortOrder = std::max(sortOrder, c.sortOrder);
            }
            m_copied.clear();
            for (const Criterion &c : std::as_const(source.value())) {
                if (names.contains(c.name.trimmed().toCaseFolded()))
                    continue;
                Criterion copy = c;
                copy.id = newId();
                copy.cycleId = m_toCycleId;
                copy.sortOrder = ++sortOrder;
                copy.version = 1;
                m_copied.append(copy);
            }
            if (m_copied.isEmpty())
                return Error{source->isEmpty() ? tr("That cycle has no rubric for this role to copy.")
                                               : tr("This rubric already has every criterion of that cycle.")};
        }
        for (const Criterion &c : std::as_const(m_copied)) {
            if (Status s = store.insertCriterion(c, nowTimestamp(), actor); !s)
                return s;
        }
        return audit(m_document, QStringLiteral("review.rubric.copy"), QStringLiteral("cycle"), m_toCycleId,
                     m_role + QStringLiteral(" from ") + m_fromCycleId +
                         QStringLiteral(": %1 criteria").arg(m_copied.size()));
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.reviewChanged(m_toCycleId);
}

void CopyRubricCommand::undo()
{
    const Status status = inTransaction(m_document, [&]() -> Status {
        for (const Criterion &c : std::as_const(m_copied)) {
            auto rows = removeUnscoredCriterion(m_document.reviewStore(), c);
            if (!rows)
                return Error{rows.error()};
        }
        return audit(m_document, QStringLiteral("review.rubric.copy.undo"), QStringLiteral("cycle"), m_toCycleId,
                     m_role);
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewChanged(m_toCycleId);
}

// --- AddReviewerCommand ---

AddReviewerCommand::AddReviewerCommand(ProgramDocument &document, Reviewer reviewer, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_reviewer(std::move(reviewer))
{
    if (m_reviewer.id.isEmpty())
        m_reviewer.id = newId();
    m_reviewer.name = m_reviewer.name.trimmed();
    m_reviewer.email = m_reviewer.email.trimmed();
    setText(tr("Add Reviewer %1").arg(m_reviewer.name));
}

void AddReviewerCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = validateReviewer(m_reviewer); !s)
            return s;
        if (Status s = m_document.reviewStore().insertReviewer(m_reviewer, nowTimestamp(), actor); !s)
            return s;
        m_reviewer.version = 1;
        return audit(m_document, QStringLiteral("review.reviewer.add"), QStringLiteral("reviewer"), m_reviewer.id,
                     m_reviewer.name);
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.reviewersChanged();
}

namespace {
// Removes a reviewer that is as expected and unused; returns their conflicts of interest.
Result<QList<Conflict>> removeUnusedReviewer(ReviewStore &store, const Reviewer &reviewer, bool refuseConflicts)
{
    auto current = currentReviewer(store, reviewer);
    if (!current)
        return Error{current.error()};
    auto usage = store.reviewerUsage(reviewer.id);
    if (!usage)
        return Error{usage.error()};
    if (usage->assignments > 0)
        return Error{RemoveReviewerCommand::tr("%1 has %n assignment(s) and cannot be removed; make them inactive "
                                               "instead.",
                                               nullptr, usage->assignments)
                         .arg(reviewer.name)};
    if (usage->liaisonMatches > 0)
        return Error{RemoveReviewerCommand::tr("%1 is the liaison of %n match(es) and cannot be removed; make them "
                                               "inactive instead.",
                                               nullptr, usage->liaisonMatches)
                         .arg(reviewer.name)};
    auto conflicts = store.listConflicts(reviewer.id);
    if (!conflicts)
        return Error{conflicts.error()};
    if (refuseConflicts && !conflicts->isEmpty())
        return Error{RemoveReviewerCommand::tr("Conflicts of interest were recorded for %1 meanwhile; remove them "
                                               "first.")
                         .arg(reviewer.name)};
    if (Status s = store.removeReviewer(reviewer.id, current->version); !s)
        return Error{s.error()};
    return conflicts;
}
} // namespace

void AddReviewerCommand::undo()
{
    const Status status = inTransaction(m_document, [&]() -> Status {
        auto removed = removeUnusedReviewer(m_document.reviewStore(), m_reviewer, true);
        if (!removed)
            return Error{removed.error()};
        return audit(m_document, QStringLiteral("review.reviewer.add.undo"), QStringLiteral("reviewer"), m_reviewer.id,
                     m_reviewer.name);
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewersChanged();
}

// --- EditReviewerCommand ---

EditReviewerCommand::EditReviewerCommand(ProgramDocument &document, Reviewer before, Reviewer after,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    m_after.id = m_before.id;
    m_after.name = m_after.name.trimmed();
    m_after.email = m_after.email.trimmed();
    setText(m_before.active && !m_after.active ? tr("Deactivate Reviewer %1").arg(m_after.name)
                                               : tr("Edit Reviewer %1").arg(m_after.name));
}

void EditReviewerCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = validateReviewer(m_after); !s)
            return s;
        if (sameContent(m_before, m_after))
            return Error{tr("Nothing changed for %1.").arg(m_after.name)};
        if (Status s = replaceReviewer(m_document.reviewStore(), m_before, m_after, actor); !s)
            return s;
        return audit(m_document, QStringLiteral("review.reviewer.edit"), QStringLiteral("reviewer"), m_after.id,
                     m_after.name);
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.reviewersChanged();
}

void EditReviewerCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = replaceReviewer(m_document.reviewStore(), m_after, m_before, actor); !s)
            return s;
        return audit(m_document, QStringLiteral("review.reviewer.edit.undo"), QStringLiteral("reviewer"), m_before.id,
                     m_before.name);
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewersChanged();
}

// --- RemoveReviewerCommand ---

RemoveReviewerCommand::RemoveReviewerCommand(ProgramDocument &document, Reviewer reviewer, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_reviewer(std::move(reviewer))
{
    setText(tr("Remove Reviewer %1").arg(m_reviewer.name));
}

void RemoveReviewerCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    QList<Conflict> conflicts;
    const Status status = inTransaction(m_document, [&]() -> Status {
        auto removed = removeUnusedReviewer(m_document.reviewStore(), m_reviewer, false);
        if (!removed)
            return Error{removed.error()};
        conflicts = removed.value();
        return audit(m_document, QStringLiteral("review.reviewer.remove"), QStringLiteral("reviewer"), m_reviewer.id,
                     m_reviewer.name);
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    m_conflicts = conflicts;
    emit m_document.reviewersChanged();
}

void RemoveReviewerCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        ReviewStore &store = m_document.reviewStore();
        if (Status s = store.insertReviewer(m_reviewer, nowTimestamp(), actor); !s)
            return s;
        for (const Conflict &conflict : std::as_const(m_conflicts)) {
            if (Status s = store.restoreConflict(conflict, actor); !s)
                return s;
        }
        return audit(m_document, QStringLiteral("review.reviewer.remove.undo"), QStringLiteral("reviewer"),
                     m_reviewer.id, m_reviewer.name);
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    m_reviewer.version = 1;
    emit m_document.reviewersChanged();
}

// --- AddConflictsCommand ---

AddConflictsCommand::AddConflictsCommand(ProgramDocument &document, QList<Conflict> conflicts, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_conflicts(std::move(conflicts))
{
    for (Conflict &conflict : m_conflicts) {
        if (conflict.id.isEmpty())
            conflict.id = newId();
    }
    setText(tr("Add %n Conflict(s) of Interest", nullptr, int(m_conflicts.size())));
}

void AddConflictsCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (m_conflicts.isEmpty())
            return Error{tr("No conflict of interest to add.")};
        const QString now = nowTimestamp();
        QSet<QString> pairs;
        for (Conflict &conflict : m_conflicts) {
            if (conflict.reviewerId.isEmpty() || conflict.personId.isEmpty())
                return Error{tr("A conflict of interest names a reviewer and a person.")};
            if (!validConflictStatus(conflict.status) || !validConflictSource(conflict.source))
                return Error{tr("A conflict of interest has an unknown status or source.")};
            const QString pair = conflict.reviewerId % QLatin1Char('|') % conflict.personId;
            if (pairs.contains(pair))
                return Error{tr("The same conflict of interest is listed twice.")};
            pairs.insert(pair);
            auto existing = store.findConflict(conflict.reviewerId, conflict.personId);
            if (!existing)
                return Error{existing.error()};
            if (existing.value())
                return Error{tr("%1 already has a conflict of interest with this person.")
                                 .arg(reviewerName(store, conflict.reviewerId))};
            if (Status s = store.insertConflict(conflict, now, actor); !s)
                return s;
            conflict.version = 1;
            if (Status s = audit(
                    m_document, QStringLiteral("review.conflict.add"), QStringLiteral("conflict"), conflict.id,
                    conflict.reviewerId % QLatin1Char(' ') % conflict.personId % QLatin1Char(' ') % conflict.status);
                !s)
                return s;
        }
        return {};
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.reviewersChanged();
}

void AddConflictsCommand::undo()
{
    ReviewStore &store = m_document.reviewStore();
    const Status status = inTransaction(m_document, [&]() -> Status {
        for (const Conflict &conflict : std::as_const(m_conflicts)) {
            auto current = currentConflict(store, conflict);
            if (!current)
                return Error{current.error()};
            if (Status s = store.removeConflict(conflict.id, current->version); !s)
                return s;
        }
        return audit(m_document, QStringLiteral("review.conflict.add.undo"), QStringLiteral("conflict"), {},
                     QString::number(m_conflicts.size()));
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewersChanged();
}

// --- SetConflictStatusCommand ---

SetConflictStatusCommand::SetConflictStatusCommand(ProgramDocument &document, QList<Conflict> before, QString status,
                                                   QString reason, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(std::move(before))
{
    m_after = m_before;
    for (Conflict &conflict : m_after) {
        conflict.status = status;
        if (!reason.trimmed().isEmpty())
            conflict.reason = reason.trimmed();
    }
    const int n = int(m_before.size());
    if (status == QLatin1String("confirmed"))
        setText(tr("Confirm %n Conflict(s) of Interest", nullptr, n));
    else if (status == QLatin1String("dismissed"))
        setText(tr("Dismiss %n Conflict(s) of Interest", nullptr, n));
    else
        setText(tr("Change %n Conflict(s) of Interest", nullptr, n));
}

void SetConflictStatusCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (m_after.isEmpty() || !validConflictStatus(m_after.first().status))
            return Error{tr("Choose conflicts of interest and whether to confirm or dismiss them.")};
        for (int i = 0; i < m_before.size(); ++i) {
            if (sameContent(m_before[i], m_after[i]))
                continue;
            if (Status s = replaceConflict(m_document.reviewStore(), m_before[i], m_after[i], actor); !s)
                return s;
            if (Status s = audit(m_document, QStringLiteral("review.conflict.status"), QStringLiteral("conflict"),
                                 m_after[i].id, m_before[i].status % QStringLiteral(" -> ") % m_after[i].status);
                !s)
                return s;
        }
        return {};
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.reviewersChanged();
}

void SetConflictStatusCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        for (int i = 0; i < m_before.size(); ++i) {
            if (sameContent(m_before[i], m_after[i]))
                continue;
            if (Status s = replaceConflict(m_document.reviewStore(), m_after[i], m_before[i], actor); !s)
                return s;
        }
        return audit(m_document, QStringLiteral("review.conflict.status.undo"), QStringLiteral("conflict"), {},
                     QString::number(m_before.size()));
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewersChanged();
}

// --- RemoveConflictsCommand ---

RemoveConflictsCommand::RemoveConflictsCommand(ProgramDocument &document, QList<Conflict> conflicts,
                                               QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_conflicts(std::move(conflicts))
{
    setText(tr("Remove %n Conflict(s) of Interest", nullptr, int(m_conflicts.size())));
}

void RemoveConflictsCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    ReviewStore &store = m_document.reviewStore();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (m_conflicts.isEmpty())
            return Error{tr("No conflict of interest to remove.")};
        for (Conflict &conflict : m_conflicts) {
            auto current = currentConflict(store, conflict);
            if (!current)
                return Error{current.error()};
            conflict.version = current->version;
            if (Status s = store.removeConflict(conflict.id, current->version); !s)
                return s;
            if (Status s = audit(m_document, QStringLiteral("review.conflict.remove"), QStringLiteral("conflict"),
                                 conflict.id, conflict.reviewerId % QLatin1Char(' ') % conflict.personId);
                !s)
                return s;
        }
        return {};
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.reviewersChanged();
}

void RemoveConflictsCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    const Status status = inTransaction(m_document, [&]() -> Status {
        for (const Conflict &conflict : std::as_const(m_conflicts)) {
            if (Status s = store.restoreConflict(conflict, actor); !s)
                return s;
        }
        return audit(m_document, QStringLiteral("review.conflict.remove.undo"), QStringLiteral("conflict"), {},
                     QString::number(m_conflicts.size()));
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewersChanged();
}

// --- ChangeAssignmentsCommand ---

ChangeAssignmentsCommand::ChangeAssignmentsCommand(ProgramDocument &document, QString cycleId, QList<Assignment> adds,
                                                   QList<Assignment> removes, ScoredRemoval scored,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_cycleId(std::move(cycleId)), m_adds(std::move(adds)),
      m_removes(std::move(removes)), m_scored(scored)
{
    for (Assignment &add : m_adds) {
        if (add.id.isEmpty())
            add.id = newId();
        add.version = 1;
    }
    if (m_removes.isEmpty())
        setText(tr("Assign %n Application(s)", nullptr, int(m_adds.size())));
    else if (m_adds.isEmpty())
        setText(tr("Unassign %n Application(s)", nullptr, int(m_removes.size())));
    else
        setText(tr("Change Assignments"));
}

void ChangeAssignmentsCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    QList<Score> removedScores;
    QList<Assignment> removedRows;
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (m_adds.isEmpty() && m_removes.isEmpty())
            return Error{tr("No assignment to change.")};
        // Removals first, so that a pair removed and added again in one step is allowed.
        for (const Assignment &remove : std::as_const(m_removes)) {
            auto current = store.loadAssignment(remove.id);
            if (!current)
                return Error{current.error()};
            if (!sameContent(current.value(), remove))
                return Error{conflictChanged()};
            auto scores = store.scoresOfAssignment(remove.id);
            if (!scores)
                return Error{scores.error()};
            if (!scores->isEmpty() && m_scored == ScoredRemoval::Refuse) {
                auto state = store.applicationState(remove.applicationId);
                return Error{
                    tr("%1 has scored %2; unassigning would remove those scores.")
                        .arg(reviewerName(store, remove.reviewerId), state ? state->code : tr("the application"))};
            }
            removedScores.append(scores.value());
            removedRows.append(current.value());
            if (Status s = store.removeAssignment(remove.id, current->version); !s)
                return s;
        }

        // Checks for the adds: one query each for a few, or the cycle's rows at once for many
        // (an automatic proposal may add thousands).
        const bool bulk = m_adds.size() >= 64;
        QHash<QString, ReviewStore::ApplicationState> states;
        QSet<QString> assigned;                 // applicationId|reviewerId
        QHash<QString, QString> conflictStatus; // reviewerId|personId → status
        QHash<QString, QString> reviewerNames;
        if (bulk) {
            auto all = store.applicationStates(m_cycleId);
            if (!all)
                return Error{all.error()};
            states = std::move(all).value();
            auto existing = store.listAssignments(m_cycleId);
            if (!existing)
                return Error{existing.error()};
            for (const Assignment &a : std::as_const(existing.value()))
                assigned.insert(a.applicationId % QLatin1Char('|') % a.reviewerId);
            auto conflicts = store.listConflicts();
            if (!conflicts)
                return Error{conflicts.error()};
            for (const Conflict &c : std::as_const(conflicts.value()))
                conflictStatus.insert(c.reviewerId % QLatin1Char('|') % c.personId, c.status);
            auto reviewers = store.listReviewers();
            if (!reviewers)
                return Error{reviewers.error()};
            for (const Reviewer &r : std::as_const(reviewers.value()))
                reviewerNames.insert(r.id, r.name);
        }
        StatementCache cache(m_document.database());
        const QString now = nowTimestamp();
        QSet<QString> added;
        for (const Assignment &add : std::as_const(m_adds)) {
            ReviewStore::ApplicationState state;
            QString name;
            bool alreadyAssigned = false;
            QString conflict;
            if (bulk) {
                const auto it = states.constFind(add.applicationId);
                if (it == states.constEnd())
                    return Error{tr("An application to assign is not in this cycle; someone else may have removed "
                                    "it.")};
                state = it.value();
                const auto reviewer = reviewerNames.constFind(add.reviewerId);
                if (reviewer == reviewerNames.constEnd())
                    return Error{tr("A reviewer to assign no longer exists; someone else may have removed them.")};
                name = reviewer.value();
                alreadyAssigned = assigned.contains(add.applicationId % QLatin1Char('|') % add.reviewerId);
                conflict = conflictStatus.value(add.reviewerId % QLatin1Char('|') % state.personId);
            } else {
                auto loaded = store.applicationState(add.applicationId);
                if (!loaded)
                    return Error{loaded.error()};
                state = loaded.value();
                auto reviewer = store.loadReviewer(add.reviewerId);
                if (!reviewer)
                    return Error{reviewer.error()};
                name = reviewer->name;
                auto existing = store.findAssignment(add.applicationId, add.reviewerId);
                if (!existing)
                    return Error{existing.error()};
                alreadyAssigned = existing->has_value();
                auto found = store.findConflict(add.reviewerId, state.personId);
                if (!found)
                    return Error{found.error()};
                if (found.value())
                    conflict = found.value()->status;
            }
            if (state.cycleId != m_cycleId)
                return Error{tr("Application %1 belongs to another cycle.").arg(state.code)};
            const QString pair = add.applicationId % QLatin1Char('|') % add.reviewerId;
            if (alreadyAssigned || added.contains(pair))
                return Error{tr("%1 is already assigned to %2.").arg(name, state.code)};
            if (conflict == QLatin1String("confirmed"))
                return Error{tr("%1 has a conflict of interest with the applicant of %2.").arg(name, state.code)};
            added.insert(pair);
            if (Status s = store.insertAssignment(add, now, actor, &cache); !s)
                return s;
        }
        return audit(m_document, QStringLiteral("review.assign"), QStringLiteral("cycle"), m_cycleId,
                     QStringLiteral("+%1 -%2").arg(m_adds.size()).arg(m_removes.size()));
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    m_removes = removedRows;
    m_removedScores = removedScores;
    emit m_document.reviewChanged(m_cycleId);
}

void ChangeAssignmentsCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    const Status status = inTransaction(m_document, [&]() -> Status {
        for (const Assignment &add : std::as_const(m_adds)) {
            auto current = store.loadAssignment(add.id);
            if (!current)
                return Error{current.error()};
            if (!sameContent(current.value(), add))
                return Error{conflictChanged()};
            auto scores = store.scoresOfAssignment(add.id);
            if (!scores)
                return Error{scores.error()};
            if (!scores->isEmpty())
                return Error{tr("%1 has entered scores for an application of this step since; clear them first.")
                                 .arg(reviewerName(store, add.reviewerId))};
            if (Status s = store.removeAssignment(add.id, current->version); !s)
                return s;
        }
        for (const Assignment &remove : std::as_const(m_removes)) {
            if (Status s = store.restoreAssignment(remove, actor); !s)
                return s;
        }
        for (const Score &score : std::as_const(m_removedScores)) {
            if (Status s = store.restoreScore(score, actor); !s)
                return s;
        }
        return audit(m_document, QStringLiteral("review.assign.undo"), QStringLiteral("cycle"), m_cycleId,
                     QStringLiteral("-%1 +%2").arg(m_adds.size()).arg(m_removes.size()));
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewChanged(m_cycleId);
}

// --- SetScoresCommand ---

SetScoresCommand::SetScoresCommand(ProgramDocument &document, QString cycleId, QList<ScoreEdit> edits,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_cycleId(std::move(cycleId)), m_edits(std::move(edits))
{
    if (m_edits.size() == 1) {
        const ScoreEdit &edit = m_edits.first();
        setText(edit.value || edit.notApplicable ? tr("Enter Score") : tr("Clear Score"));
    } else {
        setText(tr("Enter %n Score(s)", nullptr, int(m_edits.size())));
    }
}

namespace {
// Checks that the assignment of a cell is not submitted (loaded once per call through `cache`).
Status refuseIfSubmitted(ReviewStore &store, const QString &assignmentId, QHash<QString, Assignment> &cache)
{
    auto it = cache.find(assignmentId);
    if (it == cache.end()) {
        auto loaded = store.loadAssignment(assignmentId);
        if (!loaded)
            return Error{loaded.error()};
        it = cache.insert(assignmentId, loaded.value());
    }
    if (it->submittedAt.isValid()) {
        auto state = store.applicationState(it->applicationId);
        return Error{SetScoresCommand::tr("%1 has submitted the scores of %2; unsubmit them to change a score.")
                         .arg(reviewerName(store, it->reviewerId), state ? state->code : QString())};
    }
    return {};
}

} // namespace

void SetScoresCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    QList<Cell> cells = m_cells;
    const Status status = inTransaction(m_document, [&]() -> Status {
        QHash<QString, Assignment> assignments;
        if (first) {
            if (m_edits.isEmpty())
                return Error{tr("No score to enter.")};
            QHash<QString, Criterion> criteria;
            QHash<QString, ReviewStore::ApplicationState> states;
            QHash<QString, int> cellOf; // assignment|criterion → index in cells: the last edit wins
            cells.clear();
            for (const ScoreEdit &edit : std::as_const(m_edits)) {
                auto criterion = criteria.find(edit.criterionId);
                if (criterion == criteria.end()) {
                    auto loaded = store.loadCriterion(edit.criterionId);
                    if (!loaded)
                        return Error{loaded.error()};
                    criterion = criteria.insert(edit.criterionId, loaded.value());
                }
                if (Status s = refuseIfSubmitted(store, edit.assignmentId, assignments); !s)
                    return s;
                const Assignment &assignment = assignments[edit.assignmentId];
                auto state = states.find(assignment.applicationId);
                if (state == states.end()) {
                    auto loaded = store.applicationState(assignment.applicationId);
                    if (!loaded)
                        return Error{loaded.error()};
                    state = states.insert(assignment.applicationId, loaded.value());
                }
                const Criterion &c = criterion.value();
                if (state->cycleId != m_cycleId || c.cycleId != m_cycleId || c.role != state->role)
                    return Error{tr("“%1” is not a criterion of application %2.").arg(c.name, state->code)};
                if (edit.value && edit.notApplicable)
                    return Error{tr("A score for “%1” is either a value or N/A.").arg(c.name)};
                if (edit.notApplicable && !c.allowNotApplicable)
                    return Error{tr("“%1” does not allow N/A; enter a score from %2 to %3.")
                                     .arg(c.name)
                                     .arg(c.scaleMin)
                                     .arg(c.scaleMax)};
                if (edit.value && (!std::isfinite(*edit.value) || *edit.value < c.scaleMin || *edit.value > c.scaleMax))
                    return Error{
                        tr("Score %1 for “%2” is outside %3–%4.")
                            .arg(std::isfinite(*edit.value) ? QLocale().toString(*edit.value) : tr("(not a number)"),
                                 c.name)
                            .arg(c.scaleMin)
                            .arg(c.scaleMax)};
                const QString key = edit.assignmentId % QLatin1Char('|') % edit.criterionId;
                Cell cell;
                cell.assignmentId = edit.assignmentId;
                cell.criterionId = edit.criterionId;
                if (edit.value || edit.notApplicable) {
                    Score after;
                    after.assignmentId = edit.assignmentId;
                    after.criterionId = edit.criterionId;
                    after.value = edit.value;
                    after.notApplicable = edit.notApplicable;
                    cell.after = after;
                }
                const auto at = cellOf.constFind(key);
                if (at != cellOf.constEnd()) {
                    cells[at.value()] = cell;
                } else {
                    cellOf.insert(key, int(cells.size()));
                    cells.append(cell);
                }
            }
        }
        QList<Cell> changed;
        for (Cell &cell : cells) {
            auto current = store.findScore(cell.assignmentId, cell.criterionId);
            if (!current)
                return Error{current.error()};
            if (first) {
                cell.before = current.value();
                if (sameCell(cell.before, cell.after))
                    continue; // already so: nothing to write or undo
                if (cell.after)
                    cell.after->id = cell.before ? cell.before->id : newId();
            } else {
                if (!sameCell(current.value(), cell.before))
                    return Error{tr("Someone else changed a score of this step meanwhile; reload to see it.")};
                if (Status s = refuseIfSubmitted(store, cell.assignmentId, assignments); !s)
                    return s;
            }
            if (Status s = writeCell(store, current.value(), cell.after, cell.assignmentId, cell.criterionId, actor);
                !s)
                return s;
            changed.append(cell);
        }
        cells = changed;
        if (cells.isEmpty())
            return {};
        return audit(m_document, QStringLiteral("review.scores"), QStringLiteral("cycle"), m_cycleId,
                     QStringLiteral("%1 cells").arg(cells.size()));
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    m_cells = cells;
    if (m_cells.isEmpty()) {
        // Every cell already held what was typed: nothing to undo, so the stack drops the step.
        setObsolete(true);
        return;
    }
    emit m_document.reviewChanged(m_cycleId);
}

void SetScoresCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    QList<Cell> cells = m_cells;
    const Status status = inTransaction(m_document, [&]() -> Status {
        QHash<QString, Assignment> assignments;
        for (Cell &cell : cells) {
            auto current = store.findScore(cell.assignmentId, cell.criterionId);
            if (!current)
                return Error{current.error()};
            if (!sameCell(current.value(), cell.after))
                return Error{tr("Someone else changed a score of this step meanwhile; reload to see it.")};
            if (Status s = refuseIfSubmitted(store, cell.assignmentId, assignments); !s)
                return s;
            if (Status s = writeCell(store, current.value(), cell.before, cell.assignmentId, cell.criterionId, actor);
                !s)
                return s;
        }
        return audit(m_document, QStringLiteral("review.scores.undo"), QStringLiteral("cycle"), m_cycleId,
                     QStringLiteral("%1 cells").arg(cells.size()));
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    m_cells = cells;
    emit m_document.reviewChanged(m_cycleId);
}

int SetScoresCommand::id() const
{
    return kSetScoresId;
}

bool SetScoresCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id() || other->isObsolete() || isObsolete())
        return false;
    const auto *edit = static_cast<const SetScoresCommand *>(other);
    if (&edit->m_document != &m_document || m_cells.size() != 1 || edit->m_cells.size() != 1)
        return false;
    const Cell &mine = m_cells.first();
    const Cell &theirs = edit->m_cells.first();
    if (mine.assignmentId != theirs.assignmentId || mine.criterionId != theirs.criterionId)
        return false;
    m_cells.first().after = theirs.after;
    m_edits = edit->m_edits;
    setText(edit->text());
    if (sameCell(m_cells.first().before, m_cells.first().after))
        setObsolete(true);
    return true;
}

// --- SetAssignmentCommentCommand ---

SetAssignmentCommentCommand::SetAssignmentCommentCommand(ProgramDocument &document, QString cycleId,
                                                         QString assignmentId, QString comment, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_cycleId(std::move(cycleId)),
      m_assignmentId(std::move(assignmentId)), m_after(std::move(comment))
{
    setText(tr("Edit Comment"));
}

void SetAssignmentCommentCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    const Status status = inTransaction(m_document, [&]() -> Status {
        auto current = store.loadAssignment(m_assignmentId);
        if (!current)
            return Error{current.error()};
        if (first)
            m_before = current->comment;
        else if (current->comment != m_before)
            return Error{conflictChanged()};
        if (first && m_before == m_after)
            return Error{tr("The comment is unchanged.")};
        Assignment write = current.value();
        write.comment = m_after;
        auto version = store.updateAssignment(write, actor);
        if (!version)
            return Error{version.error()};
        return audit(m_document, QStringLiteral("review.comment"), QStringLiteral("assignment"), m_assignmentId, {});
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.reviewChanged(m_cycleId);
}

void SetAssignmentCommentCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    const Status status = inTransaction(m_document, [&]() -> Status {
        auto current = store.loadAssignment(m_assignmentId);
        if (!current)
            return Error{current.error()};
        if (current->comment != m_after)
            return Error{conflictChanged()};
        Assignment write = current.value();
        write.comment = m_before;
        auto version = store.updateAssignment(write, actor);
        if (!version)
            return Error{version.error()};
        return audit(m_document, QStringLiteral("review.comment.undo"), QStringLiteral("assignment"), m_assignmentId,
                     {});
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewChanged(m_cycleId);
}

int SetAssignmentCommentCommand::id() const
{
    return kSetAssignmentCommentId;
}

bool SetAssignmentCommentCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id() || other->isObsolete() || isObsolete())
        return false;
    const auto *edit = static_cast<const SetAssignmentCommentCommand *>(other);
    if (&edit->m_document != &m_document || edit->m_assignmentId != m_assignmentId)
        return false;
    m_after = edit->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

// --- SubmitAssignmentsCommand ---

SubmitAssignmentsCommand::SubmitAssignmentsCommand(ProgramDocument &document, QString cycleId,
                                                   QStringList assignmentIds, bool submit, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_cycleId(std::move(cycleId)),
      m_assignmentIds(std::move(assignmentIds)), m_submit(submit)
{
    setText(m_submit ? tr("Submit %n Review(s)", nullptr, int(m_assignmentIds.size()))
                     : tr("Unsubmit %n Review(s)", nullptr, int(m_assignmentIds.size())));
}

void SubmitAssignmentsCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    QList<Assignment> before = m_before;
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (first) {
            m_at = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
            before.clear();
            QHash<QString, QList<Criterion>> rubrics; // by role
            QStringList incomplete;
            for (const QString &id : std::as_const(m_assignmentIds)) {
                auto current = store.loadAssignment(id);
                if (!current)
                    return Error{current.error()};
                if (current->submittedAt.isValid() == m_submit)
                    continue;
                if (m_submit) {
                    auto state = store.applicationState(current->applicationId);
                    if (!state)
                        return Error{state.error()};
                    if (state->cycleId != m_cycleId)
                        return Error{tr("Application %1 belongs to another cycle.").arg(state->code)};
                    auto rubric = rubrics.find(state->role);
                    if (rubric == rubrics.end()) {
                        auto loaded = store.listCriteria(m_cycleId, state->role);
                        if (!loaded)
                            return Error{loaded.error()};
                        rubric = rubrics.insert(state->role, loaded.value());
                    }
                    auto scores = store.scoresOfAssignment(id);
                    if (!scores)
                        return Error{scores.error()};
                    QSet<QString> scored;
                    for (const Score &score : std::as_const(scores.value())) {
                        if (score.value || score.notApplicable)
                            scored.insert(score.criterionId);
                    }
                    bool complete = !rubric->isEmpty();
                    for (const Criterion &c : std::as_const(rubric.value()))
                        complete = complete && scored.contains(c.id);
                    if (!complete)
                        incomplete.append(state->code);
                }
                before.append(current.value());
            }
            if (!incomplete.isEmpty()) {
                const int n = int(incomplete.size());
                if (incomplete.size() > 10)
                    incomplete = incomplete.mid(0, 10) << QStringLiteral("…");
                return Error{tr("%n application(s) are not fully scored yet: %1.", nullptr, n)
                                 .arg(QLocale().createSeparatedList(incomplete))};
            }
            if (before.isEmpty())
                return Error{m_submit ? tr("These reviews are already submitted.")
                                      : tr("These reviews are not submitted.")};
        }
        for (const Assignment &row : std::as_const(before)) {
            auto current = store.loadAssignment(row.id);
            if (!current)
                return Error{current.error()};
            if (!sameContent(current.value(), row))
                return Error{conflictChanged()};
            auto version = store.setSubmitted(row.id, m_submit ? m_at : QDateTime(), current->version, actor);
            if (!version)
                return Error{version.error()};
        }
        return audit(m_document, m_submit ? QStringLiteral("review.submit") : QStringLiteral("review.unsubmit"),
                     QStringLiteral("cycle"), m_cycleId, QString::number(before.size()));
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    m_before = before;
    emit m_document.reviewChanged(m_cycleId);
}

void SubmitAssignmentsCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    const Status status = inTransaction(m_document, [&]() -> Status {
        for (const Assignment &row : std::as_const(m_before)) {
            auto current = store.loadAssignment(row.id);
            if (!current)
                return Error{current.error()};
            Assignment expected = row;
            expected.submittedAt = m_submit ? m_at : QDateTime();
            if (!sameContent(current.value(), expected))
                return Error{conflictChanged()};
            auto version = store.setSubmitted(row.id, row.submittedAt, current->version, actor);
            if (!version)
                return Error{version.error()};
        }
        return audit(m_document,
                     m_submit ? QStringLiteral("review.submit.undo") : QStringLiteral("review.unsubmit.undo"),
                     QStringLiteral("cycle"), m_cycleId, QString::number(m_before.size()));
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewChanged(m_cycleId);
}

// --- SetDecisionsCommand ---

SetDecisionsCommand::SetDecisionsCommand(ProgramDocument &document, QString cycleId, QList<DecisionEdit> edits,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_cycleId(std::move(cycleId)), m_edits(std::move(edits))
{
    const int n = int(m_edits.size());
    if (n == 1 && m_edits.first().outcome.isEmpty())
        setText(tr("Remove Decision"));
    else
        setText(tr("Decide %n Application(s)", nullptr, n));
}

namespace {
const QString kUnderReview = QStringLiteral("under_review");

// Moves one application from `from` (decision, status, reason) to `to`, checking that `from` is
// what is stored. Returns the decision as written.
Status applyDecision(ReviewStore &store, const QString &applicationId, const QString &code,
                     const std::optional<Decision> &fromDecision, const QString &fromStatus, const QString &fromReason,
                     std::optional<Decision> &toDecision, const QString &toStatus, const QString &toReason,
                     const QString &actor)
{
    auto current = store.findDecision(applicationId);
    if (!current)
        return Error{current.error()};
    auto state = store.applicationState(applicationId);
    if (!state)
        return Error{state.error()};
    if (!sameContent(current.value(), fromDecision) || state->status != fromStatus || state->statusReason != fromReason)
        return Error{SetDecisionsCommand::tr("Someone else changed the decision or status of %1 meanwhile; reload to "
                                             "see it.")
                         .arg(code)};
    if (toDecision) {
        if (current.value() && current.value()->id != toDecision->id) {
            // The stored row has another id than the one to put back: replace it whole.
            if (Status s = store.removeDecision(applicationId, current.value()->version); !s)
                return s;
            if (Status s = store.restoreDecision(*toDecision, actor); !s)
                return s;
        } else {
            auto version = store.upsertDecision(*toDecision, current.value() ? current.value()->version : 0, actor);
            if (!version)
                return Error{version.error()};
            toDecision->version = version.value();
        }
    } else if (current.value()) {
        if (Status s = store.removeDecision(applicationId, current.value()->version); !s)
            return s;
    }
    if (state->status != toStatus || state->statusReason != toReason) {
        auto version = store.setApplicationStatus(applicationId, toStatus, toReason, state->version, actor);
        if (!version)
            return Error{version.error()};
    }
    return {};
}
} // namespace

void SetDecisionsCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    QList<Change> changes = m_changes;
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (first) {
            if (m_edits.isEmpty())
                return Error{tr("No decision to make.")};
            changes.clear();
            QHash<QString, int> changeOf;
            const QDate today = QDate::currentDate();
            for (const DecisionEdit &edit : std::as_const(m_edits)) {
                const QString outcome = edit.outcome.trimmed();
                if (!outcome.isEmpty() && outcome != QLatin1String("accepted") &&
                    outcome != QLatin1String("waitlisted") && outcome != QLatin1String("declined"))
                    return Error{tr("“%1” is not a decision: use accepted, waitlisted or declined.").arg(outcome)};
                auto state = store.applicationState(edit.applicationId);
                if (!state)
                    return Error{state.error()};
                if (state->cycleId != m_cycleId)
                    return Error{tr("Application %1 belongs to another cycle.").arg(state->code)};
                if (state->status == QLatin1String("withdrawn") || state->status == QLatin1String("ineligible"))
                    return Error{tr("Application %1 is %2 and cannot be decided.")
                                     .arg(state->code, state->status == QLatin1String("withdrawn") ? tr("withdrawn")
                                                                                                   : tr("ineligible"))};
                auto existing = store.findDecision(edit.applicationId);
                if (!existing)
                    return Error{existing.error()};
                Change change;
                change.applicationId = edit.applicationId;
                change.code = state->code;
                change.before = existing.value();
                change.statusBefore = state->status;
                change.reasonBefore = state->statusReason;
                if (outcome.isEmpty()) {
                    change.statusAfter = kUnderReview;
                    change.reasonAfter = QString();
                } else {
                    Decision decision;
                    decision.id = existing.value() ? existing.value()->id : newId();
                    decision.applicationId = edit.applicationId;
                    decision.outcome = outcome;
                    decision.reason = edit.reason.trimmed();
                    decision.decidedOn = today;
                    decision.decidedBy = actor;
                    change.after = decision;
                    change.statusAfter = outcome;
                    change.reasonAfter = decision.reason;
                }
                const bool decisionSame = change.before && change.after
                                              ? change.before->outcome == change.after->outcome &&
                                                    change.before->reason == change.after->reason
                                              : !change.before && !change.after;
                if (decisionSame && change.statusBefore == change.statusAfter &&
                    change.reasonBefore == change.reasonAfter) {
                    changeOf.remove(edit.applicationId);
                    continue;
                }
                const auto at = changeOf.constFind(edit.applicationId);
                if (at != changeOf.constEnd()) {
                    changes[at.value()] = change;
                } else {
                    changeOf.insert(edit.applicationId, int(changes.size()));
                    changes.append(change);
                }
            }
            if (changes.isEmpty())
                return {};
        }
        for (Change &change : changes) {
            if (Status s =
                    applyDecision(store, change.applicationId, change.code, change.before, change.statusBefore,
                                  change.reasonBefore, change.after, change.statusAfter, change.reasonAfter, actor);
                !s)
                return s;
            QString detail = change.code % QStringLiteral(": ") %
                             (change.after ? change.after->outcome : QStringLiteral("(no decision)"));
            if (change.after && !change.after->reason.isEmpty())
                detail += QStringLiteral(" (") % change.after->reason % QLatin1Char(')');
            if (Status s = audit(m_document, QStringLiteral("review.decision"), QStringLiteral("application"),
                                 change.applicationId, detail);
                !s)
                return s;
        }
        return {};
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    m_changes = changes;
    if (m_changes.isEmpty()) {
        setObsolete(true);
        return;
    }
    emit m_document.reviewChanged(m_cycleId);
    emit m_document.applicationsChanged(m_cycleId);
}

void SetDecisionsCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    QList<Change> changes = m_changes;
    const Status status = inTransaction(m_document, [&]() -> Status {
        for (Change &change : changes) {
            if (Status s =
                    applyDecision(store, change.applicationId, change.code, change.after, change.statusAfter,
                                  change.reasonAfter, change.before, change.statusBefore, change.reasonBefore, actor);
                !s)
                return s;
            if (Status s = audit(m_document, QStringLiteral("review.decision.undo"), QStringLiteral("application"),
                                 change.applicationId, change.code);
                !s)
                return s;
        }
        return {};
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    m_changes = changes;
    emit m_document.reviewChanged(m_cycleId);
    emit m_document.applicationsChanged(m_cycleId);
}

// --- SetReviewSettingsCommand ---

SetReviewSettingsCommand::SetReviewSettingsCommand(ProgramDocument &document, QString cycleId, ReviewSettings after,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_cycleId(std::move(cycleId)), m_after(after)
{
    setText(tr("Change Review Settings"));
}

void SetReviewSettingsCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (m_after.perApplication < 1)
            return Error{tr("Each application needs at least one reviewer.")};
        if ((m_after.mentorTarget && *m_after.mentorTarget < 0) || (m_after.menteeTarget && *m_after.menteeTarget < 0))
            return Error{tr("A target cannot be negative.")};
        auto current = store.loadSettings(m_cycleId);
        if (!current)
            return Error{current.error()};
        if (first) {
            m_before = current.value();
            if (m_before == m_after)
                return Error{tr("The review settings are unchanged.")};
        } else if (!(current.value() == m_before)) {
            return Error{tr("Someone else changed the review settings of this cycle meanwhile; reload to see them.")};
        }
        if (Status s = store.saveSettings(m_cycleId, m_after, actor); !s)
            return s;
        return audit(m_document, QStringLiteral("review.settings"), QStringLiteral("cycle"), m_cycleId, {});
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.reviewChanged(m_cycleId);
}

void SetReviewSettingsCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    ReviewStore &store = m_document.reviewStore();
    const Status status = inTransaction(m_document, [&]() -> Status {
        auto current = store.loadSettings(m_cycleId);
        if (!current)
            return Error{current.error()};
        if (!(current.value() == m_after))
            return Error{tr("Someone else changed the review settings of this cycle meanwhile; reload to see them.")};
        if (Status s = store.saveSettings(m_cycleId, m_before, actor); !s)
            return s;
        return audit(m_document, QStringLiteral("review.settings.undo"), QStringLiteral("cycle"), m_cycleId, {});
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.reviewChanged(m_cycleId);
}

QList<QUndoCommand *> scoreImportCommands(ProgramDocument &document, const QString &cycleId,
                                          const ScoreImportPlan &plan, const QList<ReviewCycleData> &data)
{
    QList<QUndoCommand *> commands;
    for (int r = 0; r < plan.roles.size() && r < data.size(); ++r) {
        const ReviewCycleData &d = data.at(r);
        QList<ScoreEdit> edits;
        edits.reserve(plan.roles.at(r).cells.size());
        for (const ScoreImportPlan::Cell &cell : plan.roles.at(r).cells)
            edits.append(ScoreEdit{d.assignments.at(cell.assignment).id, d.criteria.at(cell.criterion).id, cell.value,
                                   cell.notApplicable});
        if (!edits.isEmpty())
            commands.append(new SetScoresCommand(document, cycleId, edits));
    }
    for (int r = 0; r < plan.roles.size() && r < data.size(); ++r) {
        for (const ScoreImportPlan::Comment &comment : plan.roles.at(r).comments)
            commands.append(new SetAssignmentCommentCommand(
                document, cycleId, data.at(r).assignments.at(comment.assignment).id, comment.comment));
    }
    return commands;
}

QList<QUndoCommand *> decisionImportCommands(ProgramDocument &document, const QString &cycleId,
                                             const DecisionImportPlan &plan, const QList<ReviewCycleData> &data)
{
    QList<QUndoCommand *> commands;
    for (int r = 0; r < plan.roles.size() && r < data.size(); ++r) {
        QList<DecisionEdit> edits;
        for (const DecisionImportPlan::Change &change : plan.roles.at(r))
            edits.append(
                DecisionEdit{data.at(r).applications.at(change.application).id, change.outcome, change.rationale});
        if (!edits.isEmpty())
            commands.append(new SetDecisionsCommand(document, cycleId, edits));
    }
    return commands;
}

} // namespace cohort
