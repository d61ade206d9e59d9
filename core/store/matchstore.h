#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cohort {

class Database;

// How many matches of a cycle have one status (draft, published, ended).
struct MatchStatusCount
{
    QString status;
    int count = 0;
};

// Matches, goal sheets, goals, orientation attendance and contact entries.
class MatchStore
{
    Q_DECLARE_TR_FUNCTIONS(cohort::MatchStore)

public:
    explicit MatchStore(Database &db) : m_db(db) {}

    Result<QList<MatchStatusCount>> countByStatus(const QString &cycleId) const;

private:
    Database &m_db;
};

} // namespace cohort
