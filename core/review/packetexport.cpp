#include "review/packetexport.h"

#include "db/database.h"
#include "domain/ids.h"
#include "intake/exporter.h"
#include "review/reviewcycledata.h"
#include "store/cyclestore.h"
#include "store/programstore.h"
#include "store/reviewstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <memory>

namespace cohort {

namespace {

// Columns of the applications export a reviewer never reads in a packet: the committee's own.
bool administrative(const QString &key)
{
    static const QSet<QString> keys = {QStringLiteral("code"),        QStringLiteral("role"),
                                       QStringLiteral("status"),      QStringLiteral("status_reason"),
                                       QStringLiteral("eligibility"), QStringLiteral("eligibility_reason"),
                                       QStringLiteral("source"),      QStringLiteral("submitted_at")};
    return keys.contains(key);
}

// Fields that name the applicant: left out of blind packets.
bool identifying(const QString &key)
{
    static const QSet<QString> keys = {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                       QStringLiteral("email"),      QStringLiteral("phone"),
                                       QStringLiteral("library"),    QStringLiteral("position"),
                                       QStringLiteral("city"),       QStringLiteral("alsc_member_id")};
    return keys.contains(key);
}

const QStringList kRoles = {QStringLiteral("mentee"), QStringLiteral("mentor")};

} // namespace

// What every packet of one export is cut from: read once, not once per reviewer.
struct PacketExporter::Source
{
    ProgramInfo program;
    QString cycleId;
    QString cycleName;
    QList<ReviewCycleData> roles;
    ExportTable table;
    QHash<QString, int> rowOfCode;
};

Result<std::shared_ptr<const PacketExporter::Source>> PacketExporter::load(const QString &cycleId) const
{
    auto source = std::make_shared<Source>();
    source->cycleId = cycleId;
    auto program = ProgramStore(m_db).load();
    if (!program)
        return Error{program.error()};
    source->program = program.value();
    auto cycles = CycleStore(m_db).list();
    if (!cycles)
        return Error{cycles.error()};
    for (const Cycle &cycle : cycles.value()) {
        if (cycle.id == cycleId)
            source->cycleName = cycle.name;
    }
    if (source->cycleName.isEmpty())
        return Error{tr("The cycle does not exist.")};
    auto table = ApplicationExporter(m_db).table(ExportRequest{cycleId, {}, false});
    if (!table)
        return Error{table.error()};
    source->table = std::move(table).value();
    const int codeColumn = int(source->table.keys.indexOf(QStringLiteral("code")));
    for (int i = 0; i < source->table.rows.size(); ++i)
        source->rowOfCode.insert(source->table.rows.at(i).value(codeColumn), i);
    for (const QString &role : kRoles) {
        auto loaded = ReviewStore(m_db).loadCycle(cycleId, role);
        if (!loaded)
            return Error{loaded.error()};
        source->roles.append(std::move(loaded).value());
    }
    return std::shared_ptr<const Source>(std::move(source));
}

Result<PacketContent> PacketExporter::build(const QString &cycleId, const QString &reviewerId) const
{
    auto source = load(cycleId);
    if (!source)
        return Error{source.error()};
    return build(*source.value(), reviewerId);
}

Result<PacketContent> PacketExporter::build(const Source &source, const QString &reviewerId) const
{
    const QString &cycleId = source.cycleId;
    const ExportTable *table = &source.table;
    const QHash<QString, int> &rowOfCode = source.rowOfCode;
    PacketContent content;
    content.meta.packetId = newId();
    content.meta.programId = source.program.id;
    content.meta.programName = source.program.name;
    content.meta.cycleId = cycleId;
    content.meta.cycleName = source.cycleName;
    content.meta.exportedAt = QDateTime::currentDateTimeUtc();
    bool reviewerFound = false;
    for (const ReviewCycleData &data : source.roles) {
        const int reviewer = data.reviewerIndex(reviewerId);
        if (reviewer < 0)
            continue;
        reviewerFound = true;
        content.meta.reviewerId = reviewerId;
        content.meta.reviewerName = data.reviewers.at(reviewer).name;
        content.meta.blind = data.settings.blind;
        const QList<int> mine = data.assignmentsOfReviewer(reviewer);
        bool any = false;
        for (int a : mine) {
            const ReviewAssignment &assignment = data.assignments.at(a);
            if (data.isConflicted(assignment.application, reviewer))
                continue; // a conflicted reviewer never sees the application, not even offline
            any = true;
            const ReviewApplication &application = data.applications.at(assignment.application);
            PacketApplication packetApplication{
                application.id, application.code, application.role, application.label(data.settings.blind), {}};
            const int row = rowOfCode.value(application.code, -1);
            for (int column = 0; row >= 0 && column < table->keys.size(); ++column) {
                const QString &key = table->keys.at(column);
                if (administrative(key) || (data.settings.blind && identifying(key)))
                    continue;
                const QString value = table->rows.at(row).value(column).trimmed();
                if (!value.isEmpty())
                    packetApplication.fields.append({table->header.at(column), value});
            }
            content.applications.append(packetApplication);
            content.assignments.append({assignment.id,
                                        application.id,
                                        assignment.comment,
                                        assignment.version,
                                        assignment.submittedAt.isValid(),
                                        assignment.comment,
                                        {}});
            for (int c = 0; c < data.criteria.size(); ++c) {
                PacketCell cell;
                cell.assignmentId = assignment.id;
                cell.criterionId = data.criteria.at(c).id;
                if (const int stored = data.cellIndex(a, c); stored >= 0) {
                    const ReviewCell &s = data.cells.at(stored);
                    cell.baseValue = s.value;
                    cell.baseNotApplicable = s.notApplicable;
                    cell.baseVersion = s.version;
                }
                cell.value = cell.baseValue;
                cell.notApplicable = cell.baseNotApplicable;
                content.cells.append(cell);
            }
        }
        if (any)
            content.criteria.append(data.criteria);
    }
    if (!reviewerFound)
        return Error{tr("The reviewer does not exist.")};
    content.meta.rubricHash = PacketFile::rubricHash(content.criteria);
    return content;
}

Result<QList<ExportedPacket>> PacketExporter::exportPackets(const QString &cycleId, const QStringList &reviewerIds,
                                                            const QString &folder, const QString &actor) const
{
    if (!QDir(folder).exists())
        return Error{tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(folder))};
    auto secret = ProgramStore(m_db).hmacSecret();
    if (!secret)
        return Error{secret.error()};
    QStringList reviewers = reviewerIds;
    if (reviewers.isEmpty()) {
        auto assignments = ReviewStore(m_db).listAssignments(cycleId);
        if (!assignments)
            return Error{assignments.error()};
        for (const Assignment &a : assignments.value()) {
            if (!reviewers.contains(a.reviewerId))
                reviewers.append(a.reviewerId);
        }
    }
    auto source = load(cycleId);
    if (!source)
        return Error{source.error()};
    QList<PacketContent> packets;
    for (const QString &reviewerId : std::as_const(reviewers)) {
        auto packet = build(*source.value(), reviewerId);
        if (!packet)
            return Error{packet.error()};
        if (!packet->assignments.isEmpty())
            packets.append(std::move(packet).value());
    }
    std::sort(packets.begin(), packets.end(), [](const PacketContent &a, const PacketContent &b) {
        return a.meta.reviewerName.localeAwareCompare(b.meta.reviewerName) < 0;
    });

    QList<ExportedPacket> written;
    auto removeWritten = [&] {
        for (const ExportedPacket &p : std::as_const(written))
            QFile::remove(p.path);
    };
    QSet<QString> names;
    for (const PacketContent &packet : std::as_const(packets)) {
        QString name = PacketFile::fileName(packet.meta.reviewerName, packet.meta.cycleName);
        if (names.contains(name)) // two reviewers of the same name
            name.insert(name.size() - PacketFile::suffix().size() - 1,
                        QLatin1Char('-') + packet.meta.reviewerId.left(8));
        names.insert(name);
        const QString path = QDir(folder).filePath(name);
        if (Status s = PacketFile::write(path, packet, secret.value()); !s) {
            removeWritten();
            return Error{s.error()};
        }
        ExportedPacket exported;
        exported.reviewerId = packet.meta.reviewerId;
        exported.reviewerName = packet.meta.reviewerName;
        exported.path = path;
        exported.packetId = packet.meta.packetId;
        exported.applications = int(packet.assignments.size());
        exported.cells = int(packet.cells.size());
        for (const PacketCell &cell : packet.cells)
            exported.scored += cell.baseValue || cell.baseNotApplicable ? 1 : 0;
        written.append(exported);
    }

    Transaction transaction(m_db);
    if (!transaction.started()) {
        removeWritten();
        return Error{transaction.started().error()};
    }
    ProgramStore store(m_db);
    for (const ExportedPacket &p : std::as_const(written)) {
        const QString detail =
            tr("%1: %2 applications, for %3").arg(QFileInfo(p.path).fileName()).arg(p.applications).arg(p.reviewerName);
        if (Status s = store.audit(actor, QStringLiteral("review.packet.export"), QStringLiteral("review_packet"),
                                   p.packetId, detail);
            !s) {
            removeWritten();
            return Error{s.error()};
        }
    }
    if (Status s = transaction.commit(); !s) {
        removeWritten();
        return Error{s.error()};
    }
    return written;
}

} // namespace cohort
