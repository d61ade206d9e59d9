#pragma once

#include "result.h"
#include "review/packetfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cohort {

class Database;

// One score cell or comment of a packet that differs from its base: the three values of a
// three-way merge (base = the program's value at export, packet = the reviewer's, program = now).
struct PacketMergeItem
{
    QString assignmentId;
    QString criterionId; // empty: the assignment's comment
    QString code;        // the application's code
    QString what;        // the criterion's name, or "Comment" (translated)

    std::optional<double> baseValue, packetValue, programValue;
    bool baseNotApplicable = false, packetNotApplicable = false, programNotApplicable = false;
    QString baseComment, packetComment, programComment;

    int programVersion = 0;   // the program's row as planned (0: no score row): the merge checks it
    QString programChangedBy; // who last wrote the program's value, and when
    QDateTime programChangedAt;
    QDateTime packetEditedAt; // when the reviewer changed it in the packet

    bool isComment() const { return criterionId.isEmpty(); }
    // "4", "N/A", "—" (not scored), or the comment.
    QString baseText() const;
    QString packetText() const;
    QString programText() const;
};

// Something in the packet that is not merged, with the reason in words.
struct PacketMergeRefusal
{
    QString code;
    QString reason;
};

// What merging a packet would do, worked out against the program (nothing written yet).
struct PacketMergePlan
{
    Q_DECLARE_TR_FUNCTIONS(cohort::PacketMergePlan)

public:
    QString path;
    PacketMeta meta;
    QList<PacketMergeItem> apply;     // changed only in the packet: applied
    QList<PacketMergeItem> conflicts; // changed in both, differently: the chair chooses
    QList<PacketMergeRefusal> refused;
    int unchanged = 0; // cells and comments the reviewer left as exported
    int alreadyIn = 0; // changed in the packet, and the program already has that value
    // The packet was merged before: when and by whom.
    std::optional<QDateTime> mergedAt;
    QString mergedBy;
    bool submitted = false;    // the reviewer marked the packet submitted
    QStringList assignmentIds; // the packet's assignments still the reviewer's (not refused)

    // Nothing to write: no change, no conflict (a packet merged again, or left untouched).
    bool changesNothing() const { return apply.isEmpty() && conflicts.isEmpty() && !submitted; }
    // "Anna Ruiz (Spring 2017): 12 to apply, 2 conflicts, 3 unchanged, 0 already in, 1 refused."
    QString summary() const;
};

// Review › Review Packets › Merge: checks a packet and plans its three-way merge. Before
// comparing a single cell the packet must pass PacketFile::read()'s checks, its MAC must verify
// with this program's secret, and it must be of this program, of an existing cycle, of a
// reviewer of this program, with the cycle's current rubric. A packet that fails is refused with
// the reason; the program is not touched either way (MergePacketCommand writes a plan).
class PacketMerge
{
    Q_DECLARE_TR_FUNCTIONS(cohort::PacketMerge)

public:
    static Result<PacketMergePlan> plan(Database &db, const QString &path);
    // The cycle-scoped setting that records a merged packet ("<time>\n<actor>"; empty once the
    // merge is undone).
    static QString mergedKey(const QString &packetId) { return QStringLiteral("review.packet.merged.") + packetId; }
};

} // namespace cohort
