#pragma once

#include "review/packetmerge.h"
#include "review/packetmergewriter.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <optional>

namespace cohort {

class ProgramDocument;

// The undo step of a review packet merge (see PacketMergeWriter for what a merge writes and
// checks): one transaction each way. Undo puts every cell, comment and submission back as it
// was; a row someone changed since refuses the undo (or redo), nothing written.
class MergePacketCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::MergePacketCommand)

public:
    // Merges the plan on the first redo(). takePacket: parallel to plan.conflicts — true takes
    // the packet's value, false keeps the program's.
    MergePacketCommand(ProgramDocument &document, PacketMergePlan plan, QList<bool> takePacket,
                       QUndoCommand *parent = nullptr);
    // A merge already written and committed (by PacketMergeWriter::mergeAll on a worker
    // thread): the first redo() writes nothing.
    MergePacketCommand(ProgramDocument &document, PacketMergeWrites written, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    int writtenCells() const { return int(m_writes.cells.size()); }
    int writtenComments() const { return int(m_writes.comments.size()); }
    int submittedAssignments() const { return int(m_writes.submitted.size()); }

private:
    ProgramDocument &m_document;
    std::optional<PacketMergePlan> m_plan; // until the first redo() has merged it
    QList<bool> m_takePacket;
    PacketMergeWrites m_writes;
    bool m_first = true;
};

} // namespace cohort
