#include "document/packetmergecommand.h"

#include "document/commandsupport.h"
#include "document/programdocument.h"

#include <utility>

namespace cohort {

using commands::fail;
using commands::inTransaction;

MergePacketCommand::MergePacketCommand(ProgramDocument &document, PacketMergePlan plan, QList<bool> takePacket,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_plan(std::move(plan)), m_takePacket(std::move(takePacket))
{
    m_writes.meta = m_plan->meta;
    m_writes.path = m_plan->path;
    setText(tr("Merge %1's Review Packet").arg(m_plan->meta.reviewerName));
}

MergePacketCommand::MergePacketCommand(ProgramDocument &document, PacketMergeWrites written, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_writes(std::move(written))
{
    setText(tr("Merge %1's Review Packet").arg(m_writes.meta.reviewerName));
}

void MergePacketCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    if (first && !m_plan) { // written already
        emit m_document.reviewChanged(m_writes.meta.cycleId);
        return;
    }
    const QString actor = ProgramDocument::actor();
    const PacketMergeWrites before = m_writes;
    const PacketMergeWriter::LargeCache cache(m_document.database());
    const Status status = inTransaction(m_document, [&]() -> Status {
        PacketMergeWriter writer(m_document.database());
        if (!first)
            return writer.reapply(m_writes, actor);
        auto written = writer.merge(*m_plan, m_takePacket, actor);
        if (!written)
            return Error{written.error()};
        m_writes = std::move(written).value();
        return {};
    });
    m_plan.reset();
    if (!status) {
        m_writes = before;
        return fail(*this, m_document, first, status.error());
    }
    emit m_document.reviewChanged(m_writes.meta.cycleId);
}

void MergePacketCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    const PacketMergeWrites before = m_writes;
    const PacketMergeWriter::LargeCache cache(m_document.database());
    const Status status = inTransaction(m_document, [&]() -> Status {
        PacketMergeWriter writer(m_document.database());
        return writer.revert(m_writes, actor);
    });
    if (!status) {
        m_writes = before;
        return fail(*this, m_document, false, status.error());
    }
    emit m_document.reviewChanged(m_writes.meta.cycleId);
}

} // namespace cohort
