#pragma once

#include "domain/program.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cohort {

class Database;

// The program row, settings and the audit log.
class ProgramStore
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ProgramStore)

public:
    explicit ProgramStore(Database &db) : m_db(db) {}

    // Writes the program row of a new file (inside the caller's transaction or its own).
    Status initialize(const ProgramInfo &info, const QString &hmacSecret, const QString &createdAt);
    Result<ProgramInfo> load() const;
    // Renames the program; fails with a conflict message if expectedVersion is stale.
    Result<ProgramInfo> rename(const QString &name, int expectedVersion, const QString &actor);

    Result<QString> setting(const QString &scope, const QString &key, const QString &fallback = {}) const;
    // Stamps updated_at with at, or with the current time when at is empty.
    Status setSetting(const QString &scope, const QString &key, const QString &value, const QString &actor,
                      const QString &at = {});

    Status audit(const QString &actor, const QString &action, const QString &entity, const QString &entityId,
                 const QString &detail = {});
    Result<int> auditCount() const;
    // The program's secret that signs review packets (created with the program file).
    Result<QByteArray> hmacSecret() const;

private:
    Database &m_db;
};

} // namespace cohort
