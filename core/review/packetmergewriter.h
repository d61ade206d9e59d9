#pragma once

#include "domain/review.h"
#include "result.h"
#include "review/packetfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace cohort {

class Database;
class ReviewStore;
class StatementCache;
struct PacketMergePlan;

// What merging one packet wrote, with the versions its undo and redo check.
struct PacketMergeWrites
{
    struct Cell
    {
        QString assignmentId;
        QString criterionId;
        std::optional<Score> before; // none: no row
        std::optional<Score> after;
    };
    struct Comment
    {
        QString assignmentId;
        QString before;
        QString after;
    };

    PacketMeta meta;
    QString path;
    QList<Cell> cells;
    QList<Comment> comments;
    QStringList submitted; // the assignments the packet's submission completed
    QDateTime submittedAt;
};

// Writes planned packet merges (PacketMerge::plan) into the program, in the caller's
// transaction: the cells and comments changed only in the packet, and of the conflicts those the
// chair took the packet's value for; when the reviewer submitted the packet, the assignments
// that are then complete. Every target must still be as planned (someone else's change meanwhile
// refuses the merge). Then the merge record (PacketMerge::mergedKey) and an audit entry
// "review.packet.merge" with the packet id.
//
// Reads the reviewer's scores and assignments once per packet and writes through one
// StatementCache, so that 50 packets of 1,200 cells merge in well under a second; the version
// of each row is the check that nobody else wrote it meanwhile.
class PacketMergeWriter
{
    Q_DECLARE_TR_FUNCTIONS(cohort::PacketMergeWriter)

public:
    explicit PacketMergeWriter(Database &db);
    ~PacketMergeWriter();
    PacketMergeWriter(const PacketMergeWriter &) = delete;
    PacketMergeWriter &operator=(const PacketMergeWriter &) = delete;

    // takePacket: parallel to plan.conflicts — true takes the packet's value, false keeps the program's.
    Result<PacketMergeWrites> merge(const PacketMergePlan &plan, const QList<bool> &takePacket, const QString &actor);
    // Undo and redo of a merge written before; the versions in writes move on with each.
    Status revert(PacketMergeWrites &writes, const QString &actor);
    Status reapply(PacketMergeWrites &writes, const QString &actor);

    // Merges many packets in one transaction, as Review › Review Packets › Merge does on its
    // worker thread. progress(done, total) is called after each packet; returning false cancels,
    // and nothing is written.
    using Progress = std::function<bool(int done, int total)>;
    static Result<QList<PacketMergeWrites>> mergeAll(Database &db, const QList<PacketMergePlan> &plans,
                                                     const QList<QList<bool>> &takePacket, const QString &actor,
                                                     const Progress &progress = {});

    // While it lives, the connection keeps up to 32 MB of pages rather than SQLite's default 2 MB:
    // a merge touches scores all over the file (a third less time on 60,000 cells). Then back to
    // the default, which keeps opening a large program lean. Outside any transaction (shrinking
    // the cache inside one spills its pages).
    class LargeCache
    {
    public:
        explicit LargeCache(Database &db);
        ~LargeCache();
        LargeCache(const LargeCache &) = delete;
        LargeCache &operator=(const LargeCache &) = delete;

    private:
        Database &m_db;
    };

private:
    Status writeCells(PacketMergeWrites &writes, bool forward, const QString &actor);
    Status writeComments(const PacketMergeWrites &writes, bool forward, const QString &actor);
    Status submitCompleted(const PacketMergePlan &plan, PacketMergeWrites &writes, QHash<QString, Assignment> &mine,
                           const QHash<QString, int> &scored, const QString &actor);
    Status setSubmitted(const QStringList &ids, const QDateTime &at, const QString &actor);
    Status record(const PacketMergeWrites &writes, bool forward, const QString &actor);
    Result<int> criteriaCount(const QString &cycleId, const QString &applicationId);

    Database &m_db;
    std::unique_ptr<ReviewStore> m_store;
    std::unique_ptr<StatementCache> m_statements;
    QString m_rolesOfCycle;              // the cycle m_roles holds
    QHash<QString, QString> m_roles;     // application id → role
    QHash<QString, int> m_criteriaCount; // role → criteria of the cycle's rubric
};

} // namespace cohort
