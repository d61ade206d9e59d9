#pragma once

#include "result.h"
#include "review/packetfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace cohort {

class Database;

// One packet written by PacketExporter.
struct ExportedPacket
{
    QString reviewerId;
    QString reviewerName;
    QString path;
    QString packetId;
    int applications = 0; // assigned and not conflicted
    int cells = 0;
    int scored = 0; // cells the reviewer had already scored
};

// Review › Review Packets › Export: one packet per reviewer with that reviewer's share of a
// cycle — the assigned applications without a confirmed conflict (blinded when the cycle is
// blind; never a confidential field), the rubric of their roles, the reviewer's own scores and
// comments with their versions — and nothing of any other reviewer. Signed with the program's
// secret. Writes the audit log ("review.packet.export", one entry per packet).
class PacketExporter
{
    Q_DECLARE_TR_FUNCTIONS(cohort::PacketExporter)

public:
    explicit PacketExporter(Database &db) : m_db(db) {}

    // The packet of one reviewer, in memory (nothing written).
    Result<PacketContent> build(const QString &cycleId, const QString &reviewerId) const;
    // Writes packets into `folder` (PacketFile::fileName() names them): for `reviewerIds`, or when
    // empty for every reviewer with an assignment in the cycle. Reviewers with nothing to review
    // are skipped. All packets are built before the first is written; a failure leaves none of
    // this call's files behind.
    Result<QList<ExportedPacket>> exportPackets(const QString &cycleId, const QStringList &reviewerIds,
                                                const QString &folder, const QString &actor) const;

private:
    struct Source;
    Result<std::shared_ptr<const Source>> load(const QString &cycleId) const;
    Result<PacketContent> build(const Source &source, const QString &reviewerId) const;

    Database &m_db;
};

} // namespace cohort
