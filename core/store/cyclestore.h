#pragma once

#include "domain/cycle.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace cohort {

class Database;

// Cycles and their phases.
class CycleStore
{
    Q_DECLARE_TR_FUNCTIONS(cohort::CycleStore)

public:
    explicit CycleStore(Database &db) : m_db(db) {}

    // All cycles, oldest first, each with its phases in order.
    Result<QList<Cycle>> list() const;
    // Inserts a cycle and its phases (ids must be set) inside the caller's transaction.
    Status insert(const Cycle &cycle, const QString &timestamp, const QString &actor);
    // The first deadline (or phase end, for phases without one) on or after `today`.
    Result<std::optional<Deadline>> nextDeadline(const QString &cycleId, QDate today) const;

private:
    Database &m_db;
};

} // namespace cohort
