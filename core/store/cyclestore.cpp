#include "store/cyclestore.h"

#include "db/database.h"
#include "store/sqlvalue.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace cohort {

namespace {
QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
} // namespace

Result<QList<Cycle>> CycleStore::list() const
{
    QList<Cycle> cycles;
    QHash<QString, qsizetype> index;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, season, year, starts_on, ends_on, blind_review, sort_order, version "
                                   "FROM cycles ORDER BY starts_on, sort_order, name")))
        return Database::queryError(query, tr("Reading cycles"));
    while (query.next()) {
        Cycle cycle;
        cycle.id = query.value(0).toString();
        cycle.name = query.value(1).toString();
        cycle.season = query.value(2).toString();
        cycle.year = query.value(3).toInt();
        cycle.startsOn = dateOf(query.value(4));
        cycle.endsOn = dateOf(query.value(5));
        cycle.blindReview = query.value(6).toInt() != 0;
        cycle.sortOrder = query.value(7).toInt();
        cycle.version = query.value(8).toInt();
        index.insert(cycle.id, cycles.size());
        cycles.append(cycle);
    }
    if (!query.exec(QStringLiteral("SELECT id, cycle_id, name, kind, starts_on, ends_on, deadline, sort_order, version "
                                   "FROM phases ORDER BY cycle_id, sort_order, starts_on")))
        return Database::queryError(query, tr("Reading phases"));
    while (query.next()) {
        Phase phase;
        phase.id = query.value(0).toString();
        phase.cycleId = query.value(1).toString();
        phase.name = query.value(2).toString();
        phase.kind = query.value(3).toString();
        phase.startsOn = dateOf(query.value(4));
        phase.endsOn = dateOf(query.value(5));
        phase.deadline = dateOf(query.value(6));
        phase.sortOrder = query.value(7).toInt();
        phase.version = query.value(8).toInt();
        const auto it = index.constFind(phase.cycleId);
        if (it != index.constEnd())
            cycles[*it].phases.append(phase);
    }
    return cycles;
}

Status CycleStore::insert(const Cycle &cycle, const QString &timestamp, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO cycles (id, name, season, year, starts_on, ends_on, blind_review, sort_order, "
                                 "version, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"));
    query.addBindValue(cycle.id);
    query.addBindValue(cycle.name);
    query.addBindValue(cycle.season);
    query.addBindValue(cycle.year);
    query.addBindValue(date(cycle.startsOn));
    query.addBindValue(date(cycle.endsOn));
    query.addBindValue(cycle.blindReview ? 1 : 0);
    query.addBindValue(cycle.sortOrder);
    query.addBindValue(timestamp);
    query.addBindValue(timestamp);
    query.addBindValue(text(actor));
    if (!query.exec())
        return Database::queryError(query, tr("Saving cycle %1").arg(cycle.name));

    QSqlQuery phaseQuery(m_db.connection());
    phaseQuery.prepare(QStringLiteral("INSERT INTO phases (id, cycle_id, name, kind, starts_on, ends_on, deadline, "
                                      "sort_order, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    for (const Phase &phase : cycle.phases) {
        phaseQuery.addBindValue(phase.id);
        phaseQuery.addBindValue(cycle.id);
        phaseQuery.addBindValue(phase.name);
        phaseQuery.addBindValue(phase.kind);
        phaseQuery.addBindValue(date(phase.startsOn));
        phaseQuery.addBindValue(date(phase.endsOn));
        phaseQuery.addBindValue(date(phase.deadline));
        phaseQuery.addBindValue(phase.sortOrder);
        phaseQuery.addBindValue(timestamp);
        phaseQuery.addBindValue(text(actor));
        if (!phaseQuery.exec())
            return Database::queryError(phaseQuery, tr("Saving phase %1").arg(phase.name));
    }
    return {};
}

Result<std::optional<Deadline>> CycleStore::nextDeadline(const QString &cycleId, QDate today) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT name, COALESCE(deadline, ends_on) AS due FROM phases "
                                 "WHERE cycle_id = ? AND COALESCE(deadline, ends_on) >= ? ORDER BY due, sort_order"));
    query.addBindValue(cycleId);
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec())
        return Database::queryError(query, tr("Reading deadlines"));
    if (!query.next())
        return std::optional<Deadline>();
    return std::optional<Deadline>(Deadline{cycleId, query.value(0).toString(), dateOf(query.value(1))});
}

} // namespace cohort
