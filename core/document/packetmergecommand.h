#pragma once

#include "domain/review.h"
#include "review/packetmerge.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <optional>

namespace cohort {

class ProgramDocument;

// Merges a planned review packet (PacketMerge::plan) into the program as one undo step and one
// transaction: the cells and comments changed only in the packet, and of the conflicts those the
// chair chose the packet's value for; when the reviewer submitted the packet, the assignments
// that are then complete are submitted. Before writing, every target must still be as planned
// (someone else's change meanwhile refuses the whole merge, nothing written). Records the merge
// (PacketMerge::mergedKey, so merging again says so) and an audit entry "review.packet.merge"
// with the packet id. Undo puts every cell, comment and submission back as it was.
class MergePacketCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::MergePacketCommand)

public:
    // takePacket: parallel to plan.conflicts — true takes the packet's value, false keeps the program's.
    MergePacketCommand(ProgramDocument &document, PacketMergePlan plan, QList<bool> takePacket,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    int writtenCells() const { return int(m_cells.size()); }
    int writtenComments() const { return int(m_comments.size()); }
    int submittedAssignments() const { return int(m_submitted.size()); }

private:
    struct CellWrite
    {
        QString assignmentId;
        QString criterionId;
        std::optional<Score> before;
        std::optional<Score> after;
    };
    struct CommentWrite
    {
        QString assignmentId;
        QString before;
        QString after;
    };
    Status plan();
    Status write(const QString &actor, bool forward);
    Status record(const QString &actor, bool forward);

    ProgramDocument &m_document;
    PacketMergePlan m_plan;
    QList<bool> m_takePacket;
    QList<CellWrite> m_cells;
    QList<CommentWrite> m_comments;
    QStringList m_submitted;
    QString m_submittedAt;
    bool m_first = true;
};

} // namespace cohort
