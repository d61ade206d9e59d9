#include "document/packetmergecommand.h"

#include "document/commandsupport.h"
#include "document/programdocument.h"
#include "domain/ids.h"
#include "store/programstore.h"
#include "store/reviewstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <utility>

namespace cohort {

using commands::fail;
using commands::inTransaction;
using commands::sameCell;
using commands::writeCell;

MergePacketCommand::MergePacketCommand(ProgramDocument &document, PacketMergePlan plan, QList<bool> takePacket,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_plan(std::move(plan)), m_takePacket(std::move(takePacket))
{
    setText(tr("Merge %1's Review Packet").arg(m_plan.meta.reviewerName));
}

Status MergePacketCommand::plan()
{
    ReviewStore &store = m_document.reviewStore();
    const QString changedMeanwhile =
        tr("%1 of %2 changed in the program while the merge was being prepared; merge the packet again.");
    QList<const PacketMergeItem *> chosen;
    for (const PacketMergeItem &item : std::as_const(m_plan.apply))
        chosen.append(&item);
    for (int i = 0; i < m_plan.conflicts.size(); ++i) {
        if (m_takePacket.value(i, false))
            chosen.append(&m_plan.conflicts.at(i));
    }
    for (const PacketMergeItem *item : std::as_const(chosen)) {
        if (item->isComment()) {
            auto current = store.loadAssignment(item->assignmentId);
            if (!current)
                return Error{current.error()};
            if (current->comment != item->programComment)
                return Error{changedMeanwhile.arg(item->what, item->code)};
            m_comments.append({item->assignmentId, item->programComment, item->packetComment});
            continue;
        }
        auto current = store.findScore(item->assignmentId, item->criterionId);
        if (!current)
            return Error{current.error()};
        const std::optional<Score> &now = current.value();
        const bool asPlanned = now ? now->version == item->programVersion && now->value == item->programValue &&
                                         now->notApplicable == item->programNotApplicable
                                   : item->programVersion == 0;
        if (!asPlanned)
            return Error{changedMeanwhile.arg(item->what, item->code)};
        CellWrite cell{item->assignmentId, item->criterionId, now, std::nullopt};
        if (item->packetValue || item->packetNotApplicable) {
            Score after;
            after.id = now ? now->id : newId();
            after.assignmentId = item->assignmentId;
            after.criterionId = item->criterionId;
            after.value = item->packetValue;
            after.notApplicable = item->packetNotApplicable;
            cell.after = after;
        }
        m_cells.append(cell);
    }
    return {};
}

Status MergePacketCommand::write(const QString &actor, bool forward)
{
    ReviewStore &store = m_document.reviewStore();
    const QString changed = tr("A score or comment of this merge was changed since; reload to see it.");
    // Submissions first when going back (scores of a submitted assignment cannot change).
    if (!forward) {
        for (const QString &id : std::as_const(m_submitted)) {
            auto current = store.loadAssignment(id);
            if (!current)
                return Error{current.error()};
            if (auto version = store.setSubmitted(id, QDateTime(), current->version, actor); !version)
                return Error{version.error()};
        }
    }
    for (CellWrite &cell : m_cells) {
        auto current = store.findScore(cell.assignmentId, cell.criterionId);
        if (!current)
            return Error{current.error()};
        if (!sameCell(current.value(), forward ? cell.before : cell.after))
            return Error{changed};
        std::optional<Score> &target = forward ? cell.after : cell.before;
        if (Status s = writeCell(store, current.value(), target, cell.assignmentId, cell.criterionId, actor); !s)
            return s;
    }
    for (const CommentWrite &comment : std::as_const(m_comments)) {
        auto current = store.loadAssignment(comment.assignmentId);
        if (!current)
            return Error{current.error()};
        if (current->comment != (forward ? comment.before : comment.after))
            return Error{changed};
        Assignment updated = current.value();
        updated.comment = forward ? comment.after : comment.before;
        if (auto version = store.updateAssignment(updated, actor); !version)
            return Error{version.error()};
    }
    return {};
}

// The merge record (so that merging again says so) and the audit entry, after everything else.
Status MergePacketCommand::record(const QString &actor, bool forward)
{
    ProgramStore program(m_document.database());
    const QString record = forward ? nowTimestamp() + QLatin1Char('\n') + actor : QString();
    if (Status s = program.setSetting(m_plan.meta.cycleId, PacketMerge::mergedKey(m_plan.meta.packetId), record, actor);
        !s)
        return s;
    const QString detail = tr("%1 from %2: %3 scores, %4 comments, %5 submitted")
                               .arg(m_plan.meta.reviewerName, QFileInfo(m_plan.path).fileName())
                               .arg(m_cells.size())
                               .arg(m_comments.size())
                               .arg(m_submitted.size());
    return program.audit(actor,
                         forward ? QStringLiteral("review.packet.merge") : QStringLiteral("review.packet.merge.undo"),
                         QStringLiteral("review_packet"), m_plan.meta.packetId, detail);
}

void MergePacketCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    const QList<CellWrite> cellsBefore = m_cells;
    auto work = [&]() -> Status {
        if (first) {
            if (Status s = plan(); !s)
                return s;
            m_submittedAt = nowTimestamp();
        }
        // Cells and comments first, then the submissions (the first time: the assignments the
        // packet's submission completes).
        if (Status s = write(actor, true); !s)
            return s;
        if (!first) {
            ReviewStore &store = m_document.reviewStore();
            const QDateTime at = QDateTime::fromString(m_submittedAt, Qt::ISODate);
            for (const QString &id : std::as_const(m_submitted)) {
                auto current = store.loadAssignment(id);
                if (!current)
                    return Error{current.error()};
                if (auto version = store.setSubmitted(id, at, current->version, actor); !version)
                    return Error{version.error()};
            }
            return {};
        }
        if (!m_plan.submitted)
            return {};
        ReviewStore &store = m_document.reviewStore();
        QHash<QString, int> criteriaOfRole;
        const QDateTime at = QDateTime::fromString(m_submittedAt, Qt::ISODate);
        for (const QString &id : std::as_const(m_plan.assignmentIds)) {
            auto assignment = store.loadAssignment(id);
            if (!assignment)
                return Error{assignment.error()};
            if (assignment->submittedAt.isValid())
                continue;
            auto state = store.applicationState(assignment->applicationId);
            if (!state)
                return Error{state.error()};
            if (!criteriaOfRole.contains(state->role)) {
                auto criteria = store.listCriteria(m_plan.meta.cycleId, state->role);
                if (!criteria)
                    return Error{criteria.error()};
                criteriaOfRole.insert(state->role, int(criteria->size()));
            }
            auto scores = store.scoresOfAssignment(id);
            if (!scores)
                return Error{scores.error()};
            int scored = 0;
            for (const Score &score : scores.value())
                scored += score.value || score.notApplicable ? 1 : 0;
            if (scored < criteriaOfRole.value(state->role) || scored == 0)
                continue; // not complete: it stays open
            if (auto version = store.setSubmitted(id, at, assignment->version, actor); !version)
                return Error{version.error()};
            m_submitted.append(id);
        }
        return {};
    };
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = work(); !s)
            return s;
        return record(actor, true);
    });
    if (!status) {
        if (first) {
            m_cells.clear();
            m_comments.clear();
            m_submitted.clear();
        } else {
            m_cells = cellsBefore;
        }
        return fail(*this, m_document, first, status.error());
    }
    emit m_document.reviewChanged(m_plan.meta.cycleId);
}

void MergePacketCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    const QList<CellWrite> cellsBefore = m_cells;
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = write(actor, false); !s)
            return s;
        return record(actor, false);
    });
    if (!status) {
        m_cells = cellsBefore;
        return fail(*this, m_document, false, status.error());
    }
    emit m_document.reviewChanged(m_plan.meta.cycleId);
}

} // namespace cohort
