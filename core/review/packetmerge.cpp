#include "review/packetmerge.h"

#include "db/database.h"
#include "store/cyclestore.h"
#include "store/programstore.h"
#include "store/reviewstore.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace cohort {

namespace {

QString scoreText(std::optional<double> value, bool notApplicable)
{
    if (notApplicable)
        return PacketMergePlan::tr("N/A");
    return value ? QLocale().toString(*value) : QStringLiteral("—");
}

bool sameScore(std::optional<double> a, bool aNa, std::optional<double> b, bool bNa)
{
    return a == b && aNa == bNa;
}

} // namespace

QString PacketMergeItem::baseText() const
{
    return isComment() ? baseComment : scoreText(baseValue, baseNotApplicable);
}

QString PacketMergeItem::packetText() const
{
    return isComment() ? packetComment : scoreText(packetValue, packetNotApplicable);
}

QString PacketMergeItem::programText() const
{
    return isComment() ? programComment : scoreText(programValue, programNotApplicable);
}

QString PacketMergePlan::summary() const
{
    QString text = tr("%1 (%2): %3 to apply, %4 in conflict, %5 unchanged, %6 already in the program")
                       .arg(meta.reviewerName, meta.cycleName)
                       .arg(apply.size())
                       .arg(conflicts.size())
                       .arg(unchanged)
                       .arg(alreadyIn);
    if (!refused.isEmpty())
        text += tr(", %1 not applied").arg(refused.size());
    text += QLatin1Char('.');
    if (mergedAt)
        text += QLatin1Char(' ') + tr("This packet was already merged on %1.")
                                       .arg(QLocale().toString(mergedAt->toLocalTime(), QLocale::ShortFormat));
    return text;
}

Result<PacketMergePlan> PacketMerge::plan(Database &db, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto read = PacketFile::read(path);
    if (!read)
        return Error{read.error()};
    const PacketContent &packet = read.value();

    auto program = ProgramStore(db).load();
    if (!program)
        return Error{program.error()};
    auto secret = ProgramStore(db).hmacSecret();
    if (!secret)
        return Error{secret.error()};
    if (packet.meta.programId != program->id)
        return Error{tr("“%1” is a packet of another program (“%2”), not of “%3”.")
                         .arg(name, packet.meta.programName, program->name)};
    // Only after the program matches: a wrong program's packet fails for that reason, not as forged.
    if (!PacketFile::verify(packet, secret.value()))
        return Error{tr("“%1” has been altered outside Cohort: its signature does not match what it holds, so "
                        "none of it can be trusted.")
                         .arg(name)};
    auto cycles = CycleStore(db).list();
    if (!cycles)
        return Error{cycles.error()};
    bool cycleFound = false;
    for (const Cycle &cycle : cycles.value())
        cycleFound = cycleFound || cycle.id == packet.meta.cycleId;
    if (!cycleFound)
        return Error{tr("“%1” is a packet of the cycle “%2”, which this program no longer has.")
                         .arg(name, packet.meta.cycleName)};
    ReviewStore store(db);
    auto reviewer = store.loadReviewer(packet.meta.reviewerId);
    if (!reviewer)
        return Error{tr("“%1” is %2's packet, who is no longer a reviewer of this program.")
                         .arg(name, packet.meta.reviewerName)};
    QSet<QString> roles;
    for (const Criterion &criterion : packet.criteria)
        roles.insert(criterion.role);
    QList<Criterion> current;
    for (const QString &role : {QStringLiteral("mentee"), QStringLiteral("mentor")}) {
        if (!roles.contains(role))
            continue;
        auto criteria = store.listCriteria(packet.meta.cycleId, role);
        if (!criteria)
            return Error{criteria.error()};
        current.append(criteria.value());
    }
    if (PacketFile::rubricHash(current) != packet.meta.rubricHash)
        return Error{tr("The rubric of %1 has changed since “%2” was made (criteria, scales or weights), so its "
                        "scores no longer mean the same; export a new packet.")
                         .arg(packet.meta.cycleName, name)};

    PacketMergePlan plan;
    plan.path = path;
    plan.meta = packet.meta;
    plan.submitted = packet.submittedAt.isValid();
    auto merged = ProgramStore(db).setting(packet.meta.cycleId, PacketMerge::mergedKey(packet.meta.packetId));
    if (!merged)
        return Error{merged.error()};
    if (!merged->isEmpty()) {
        plan.mergedAt = QDateTime::fromString(merged->section(QLatin1Char('\n'), 0, 0), Qt::ISODate);
        plan.mergedBy = merged->section(QLatin1Char('\n'), 1);
    }

    QHash<QString, QString> codeOf;
    for (const PacketApplication &a : packet.applications)
        codeOf.insert(a.id, a.code);
    QHash<QString, QString> criterionName;
    for (const Criterion &criterion : packet.criteria)
        criterionName.insert(criterion.id, criterion.name);
    QHash<QString, QList<const PacketCell *>> cellsOf;
    for (const PacketCell &cell : packet.cells)
        cellsOf[cell.assignmentId].append(&cell);

    bool anySubmittable = false;
    for (const PacketAssignment &assignment : packet.assignments) {
        const QString code = codeOf.value(assignment.applicationId);
        const QList<const PacketCell *> cells = cellsOf.value(assignment.id);
        int changed = assignment.comment != assignment.baseComment ? 1 : 0;
        for (const PacketCell *cell : cells)
            changed += cell->changed() ? 1 : 0;
        const int untouched = int(cells.size()) + 1 - changed;

        auto stored = store.assignmentRow(assignment.id);
        if (!stored)
            return Error{stored.error()};
        if (!stored.value() || stored.value()->assignment.reviewerId != packet.meta.reviewerId) {
            // Reassigned (or unassigned) since the export: the reviewer's work there is not applied.
            if (changed > 0)
                plan.refused.append(
                    {code, tr("%1 is no longer assigned to %2; its %n change(s) are not applied.", nullptr, changed)
                               .arg(code, packet.meta.reviewerName)});
            plan.unchanged += untouched;
            continue;
        }
        const Assignment &programAssignment = stored.value()->assignment;
        const bool programSubmitted = programAssignment.submittedAt.isValid();
        if (programSubmitted && changed > 0 && !assignment.baseSubmitted) {
            plan.refused.append(
                {code, tr("%1's scores of %2 were submitted in the program after the packet was made; reopen them to "
                          "merge its %n change(s).",
                          nullptr, changed)
                           .arg(packet.meta.reviewerName, code)});
            plan.unchanged += untouched;
            continue;
        }
        plan.assignmentIds.append(assignment.id);
        anySubmittable = anySubmittable || !programSubmitted;
        plan.unchanged += untouched;
        if (changed == 0)
            continue;

        auto rows = store.scoreRowsOfAssignment(assignment.id);
        if (!rows)
            return Error{rows.error()};
        QHash<QString, const ReviewStore::ScoreRow *> rowOf;
        for (const ReviewStore::ScoreRow &row : rows.value())
            rowOf.insert(row.score.criterionId, &row);
        for (const PacketCell *cell : cells) {
            if (!cell->changed())
                continue;
            PacketMergeItem item;
            item.assignmentId = assignment.id;
            item.criterionId = cell->criterionId;
            item.code = code;
            item.what = criterionName.value(cell->criterionId);
            item.baseValue = cell->baseValue;
            item.baseNotApplicable = cell->baseNotApplicable;
            item.packetValue = cell->value;
            item.packetNotApplicable = cell->notApplicable;
            item.packetEditedAt = cell->editedAt;
            if (const ReviewStore::ScoreRow *row = rowOf.value(cell->criterionId)) {
                item.programValue = row->score.value;
                item.programNotApplicable = row->score.notApplicable;
                item.programVersion = row->score.version;
                item.programChangedBy = row->updatedBy;
                item.programChangedAt = QDateTime::fromString(row->updatedAt, Qt::ISODate);
            }
            if (sameScore(item.programValue, item.programNotApplicable, item.packetValue, item.packetNotApplicable))
                ++plan.alreadyIn;
            else if (sameScore(item.programValue, item.programNotApplicable, item.baseValue, item.baseNotApplicable))
                plan.apply.append(item);
            else
                plan.conflicts.append(item);
        }
        if (assignment.comment != assignment.baseComment) {
            PacketMergeItem item;
            item.assignmentId = assignment.id;
            item.code = code;
            item.what = tr("Comment");
            item.baseComment = assignment.baseComment;
            item.packetComment = assignment.comment;
            item.programComment = programAssignment.comment;
            item.programVersion = programAssignment.version;
            item.programChangedBy = stored.value()->updatedBy;
            item.programChangedAt = QDateTime::fromString(stored.value()->updatedAt, Qt::ISODate);
            item.packetEditedAt = assignment.editedAt;
            if (item.programComment == item.packetComment)
                ++plan.alreadyIn;
            else if (item.programComment == item.baseComment)
                plan.apply.append(item);
            else
                plan.conflicts.append(item);
        }
    }
    plan.submitted = plan.submitted && anySubmittable;
    return plan;
}

} // namespace cohort
