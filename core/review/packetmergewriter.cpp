#include "review/packetmergewriter.h"

#include "db/database.h"
#include "domain/ids.h"
#include "review/packetmerge.h"
#include "store/programstore.h"
#include "store/reviewstore.h"
#include "store/statementcache.h"

#include <QFileInfo>

#include <utility>

namespace cohort {

namespace {
QString cellKey(const QString &assignmentId, const QString &criterionId)
{
    return assignmentId + QChar(0x1f) + criterionId;
}

bool isScored(const std::optional<Score> &cell)
{
    return cell && (cell->value || cell->notApplicable);
}
} // namespace

PacketMergeWriter::PacketMergeWriter(Database &db)
    : m_db(db), m_store(std::make_unique<ReviewStore>(db)), m_statements(std::make_unique<StatementCache>(db))
{}

PacketMergeWriter::~PacketMergeWriter() = default;

PacketMergeWriter::LargeCache::LargeCache(Database &db) : m_db(db)
{
    if (m_db.dialect() == Database::Dialect::Sqlite)
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
}

PacketMergeWriter::LargeCache::~LargeCache()
{
    if (m_db.dialect() == Database::Dialect::Sqlite)
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -2000"));
}

Result<PacketMergeWrites> PacketMergeWriter::merge(const PacketMergePlan &plan, const QList<bool> &takePacket,
                                                   const QString &actor)
{
    PacketMergeWrites writes;
    writes.meta = plan.meta;
    writes.path = plan.path;

    // The program as it is now: the reviewer's score rows and assignments, each read once.
    auto scores = m_store->scoresOfReviewer(plan.meta.cycleId, plan.meta.reviewerId);
    if (!scores)
        return Error{scores.error()};
    QHash<QString, Score> current;
    current.reserve(scores->size());
    QHash<QString, int> scored; // assignment → cells with a value or N/A
    for (Score &score : scores.value()) {
        scored[score.assignmentId] += score.value || score.notApplicable ? 1 : 0;
        current.insert(cellKey(score.assignmentId, score.criterionId), std::move(score));
    }
    auto assignments = m_store->assignmentsOfReviewer(plan.meta.cycleId, plan.meta.reviewerId);
    if (!assignments)
        return Error{assignments.error()};
    QHash<QString, Assignment> mine;
    for (Assignment &assignment : assignments.value())
        mine.insert(assignment.id, std::move(assignment));

    const QString changedMeanwhile =
        tr("%1 of %2 changed in the program while the merge was being prepared; merge the packet again.");
    QList<const PacketMergeItem *> chosen;
    chosen.reserve(plan.apply.size() + plan.conflicts.size());
    for (const PacketMergeItem &item : plan.apply)
        chosen.append(&item);
    for (int i = 0; i < plan.conflicts.size(); ++i) {
        if (takePacket.value(i, false))
            chosen.append(&plan.conflicts.at(i));
    }
    for (const PacketMergeItem *item : std::as_const(chosen)) {
        if (item->isComment()) {
            const auto it = mine.constFind(item->assignmentId);
            if (it == mine.cend() || it->comment != item->programComment)
                return Error{changedMeanwhile.arg(item->what, item->code)};
            writes.comments.append({item->assignmentId, item->programComment, item->packetComment});
            continue;
        }
        const auto it = current.constFind(cellKey(item->assignmentId, item->criterionId));
        const bool asPlanned = it != current.cend()
                                   ? it->version == item->programVersion && it->value == item->programValue &&
                                         it->notApplicable == item->programNotApplicable
                                   : item->programVersion == 0;
        if (!asPlanned)
            return Error{changedMeanwhile.arg(item->what, item->code)};
        PacketMergeWrites::Cell cell{item->assignmentId, item->criterionId, std::nullopt, std::nullopt};
        if (it != current.cend())
            cell.before = *it;
        if (item->packetValue || item->packetNotApplicable) {
            Score after;
            after.id = cell.before ? cell.before->id : newId();
            after.assignmentId = item->assignmentId;
            after.criterionId = item->criterionId;
            after.value = item->packetValue;
            after.notApplicable = item->packetNotApplicable;
            cell.after = std::move(after);
        }
        scored[item->assignmentId] += (isScored(cell.after) ? 1 : 0) - (isScored(cell.before) ? 1 : 0);
        writes.cells.append(std::move(cell));
    }

    if (Status s = writeCells(writes, true, actor); !s)
        return Error{s.error()};
    for (const PacketMergeWrites::Comment &comment : std::as_const(writes.comments)) {
        Assignment &updated = mine[comment.assignmentId];
        updated.comment = comment.after;
        auto version = m_store->updateAssignment(updated, actor);
        if (!version)
            return Error{version.error()};
        updated.version = version.value();
    }
    if (plan.submitted) {
        if (Status s = submitCompleted(plan, writes, mine, scored, actor); !s)
            return Error{s.error()};
    }
    if (Status s = record(writes, true, actor); !s)
        return Error{s.error()};
    return writes;
}

// The assignments of the packet that its submission completes: every criterion of the role
// scored (or N/A). Those not complete stay open.
Status PacketMergeWriter::submitCompleted(const PacketMergePlan &plan, PacketMergeWrites &writes,
                                          QHash<QString, Assignment> &mine, const QHash<QString, int> &scored,
                                          const QString &actor)
{
    writes.submittedAt = QDateTime::fromString(nowTimestamp(), Qt::ISODate);
    for (const QString &id : plan.assignmentIds) {
        const auto it = mine.find(id);
        if (it == mine.end() || it->submittedAt.isValid())
            continue;
        auto criteria = criteriaCount(plan.meta.cycleId, it->applicationId);
        if (!criteria)
            return Error{criteria.error()};
        const int done = scored.value(id);
        if (done == 0 || done < criteria.value())
            continue;
        auto version = m_store->setSubmitted(id, writes.submittedAt, it->version, actor, m_statements.get());
        if (!version)
            return Error{version.error()};
        it->version = version.value();
        writes.submitted.append(id);
    }
    return {};
}

Result<int> PacketMergeWriter::criteriaCount(const QString &cycleId, const QString &applicationId)
{
    if (m_rolesOfCycle != cycleId) {
        auto states = m_store->applicationStates(cycleId);
        if (!states)
            return Error{states.error()};
        m_roles.clear();
        for (auto it = states->cbegin(); it != states->cend(); ++it)
            m_roles.insert(it.key(), it->role);
        m_rolesOfCycle = cycleId;
        m_criteriaCount.clear();
    }
    const QString role = m_roles.value(applicationId);
    if (const auto it = m_criteriaCount.constFind(role); it != m_criteriaCount.cend())
        return it.value();
    auto criteria = m_store->listCriteria(cycleId, role);
    if (!criteria)
        return Error{criteria.error()};
    m_criteriaCount.insert(role, int(criteria->size()));
    return int(criteria->size());
}

// Each write is checked by the row's version (or, for a cell with no row, by inserting only
// where none is): a row someone else wrote since refuses the whole merge, undo or redo.
Status PacketMergeWriter::writeCells(PacketMergeWrites &writes, bool forward, const QString &actor)
{
    for (PacketMergeWrites::Cell &cell : writes.cells) {
        const std::optional<Score> &from = forward ? cell.before : cell.after;
        std::optional<Score> &to = forward ? cell.after : cell.before;
        if (!to) {
            if (from) {
                if (Status s =
                        m_store->removeScore(cell.assignmentId, cell.criterionId, from->version, m_statements.get());
                    !s)
                    return s;
            }
            continue;
        }
        auto version = m_store->upsertScore(*to, from ? from->version : 0, actor, m_statements.get());
        if (!version)
            return Error{version.error()};
        to->version = version.value();
    }
    return {};
}

Status PacketMergeWriter::writeComments(const PacketMergeWrites &writes, bool forward, const QString &actor)
{
    const QString changed = tr("A comment of this merge was changed since; reload to see it.");
    for (const PacketMergeWrites::Comment &comment : writes.comments) {
        auto current = m_store->loadAssignment(comment.assignmentId);
        if (!current)
            return Error{current.error()};
        if (current->comment != (forward ? comment.before : comment.after))
            return Error{changed};
        Assignment updated = current.value();
        updated.comment = forward ? comment.after : comment.before;
        if (auto version = m_store->updateAssignment(updated, actor); !version)
            return Error{version.error()};
    }
    return {};
}

Status PacketMergeWriter::setSubmitted(const QStringList &ids, const QDateTime &at, const QString &actor)
{
    for (const QString &id : ids) {
        auto current = m_store->loadAssignment(id);
        if (!current)
            return Error{current.error()};
        if (auto version = m_store->setSubmitted(id, at, current->version, actor, m_statements.get()); !version)
            return Error{version.error()};
    }
    return {};
}

Status PacketMergeWriter::revert(PacketMergeWrites &writes, const QString &actor)
{
    // Submissions first (scores of a submitted assignment cannot change), then cells, comments.
    if (Status s = setSubmitted(writes.submitted, QDateTime(), actor); !s)
        return s;
    if (Status s = writeCells(writes, false, actor); !s)
        return s;
    if (Status s = writeComments(writes, false, actor); !s)
        return s;
    return record(writes, false, actor);
}

Status PacketMergeWriter::reapply(PacketMergeWrites &writes, const QString &actor)
{
    if (Status s = writeCells(writes, true, actor); !s)
        return s;
    if (Status s = writeComments(writes, true, actor); !s)
        return s;
    if (Status s = setSubmitted(writes.submitted, writes.submittedAt, actor); !s)
        return s;
    return record(writes, true, actor);
}

// The merge record (so that merging again says so) and the audit entry, after everything else.
Status PacketMergeWriter::record(const PacketMergeWrites &writes, bool forward, const QString &actor)
{
    ProgramStore program(m_db);
    const QString record = forward ? nowTimestamp() + QLatin1Char('\n') + actor : QString();
    if (Status s = program.setSetting(writes.meta.cycleId, PacketMerge::mergedKey(writes.meta.packetId), record, actor);
        !s)
        return s;
    const QString detail = tr("%1 from %2: %3 scores, %4 comments, %5 submitted")
                               .arg(writes.meta.reviewerName, QFileInfo(writes.path).fileName())
                               .arg(writes.cells.size())
                               .arg(writes.comments.size())
                               .arg(writes.submitted.size());
    return program.audit(actor,
                         forward ? QStringLiteral("review.packet.merge") : QStringLiteral("review.packet.merge.undo"),
                         QStringLiteral("review_packet"), writes.meta.packetId, detail);
}

Result<QList<PacketMergeWrites>> PacketMergeWriter::mergeAll(Database &db, const QList<PacketMergePlan> &plans,
                                                             const QList<QList<bool>> &takePacket, const QString &actor,
                                                             const Progress &progress)
{
    const LargeCache cache(db);
    Transaction transaction(db);
    if (!transaction.started())
        return Error{transaction.started().error()};
    QList<PacketMergeWrites> written;
    {
        PacketMergeWriter writer(db);
        for (int i = 0; i < plans.size(); ++i) {
            auto writes = writer.merge(plans.at(i), takePacket.value(i), actor);
            if (!writes)
                return Error{tr("%1: %2").arg(QFileInfo(plans.at(i).path).fileName(), writes.error())};
            written.append(std::move(writes).value());
            if (progress && !progress(i + 1, int(plans.size())))
                return Error{tr("The merge was cancelled; nothing was written.")};
        }
    } // the writer's prepared statements end before the commit
    if (Status s = transaction.commit(); !s)
        return Error{s.error()};
    return written;
}

} // namespace cohort
