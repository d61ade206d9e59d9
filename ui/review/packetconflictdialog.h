#pragma once

#include "review/packetmerge.h"

#include <QDialog>
#include <QList>

class QTableWidget;

namespace cohort {

// The conflicts of a packet merge, one row each: the application, the criterion (or the
// comment), the value at export, the reviewer's value in the packet (and when it was changed),
// the program's value (who changed it, when), and the chair's choice. Nothing is chosen for the
// chair: every row starts at "Keep the program's"; Take All From Packet and Keep All set them all.
class PacketConflictDialog : public QDialog
{
    Q_OBJECT

public:
    PacketConflictDialog(const PacketMergePlan &plan, QWidget *parent = nullptr);

    // Parallel to plan.conflicts: true takes the packet's value.
    QList<bool> choices() const;
    void setAll(bool takePacket);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
    int m_count = 0;
};

} // namespace cohort
