#include "store/programstore.h"

#include "db/database.h"
#include "domain/ids.h"
#include "store/sqlvalue.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace cohort {

Status ProgramStore::initialize(const ProgramInfo &info, const QString &hmacSecret, const QString &createdAt)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO program (id, name, organization, contact_email, hmac_secret, created_at, "
                                 "version, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"));
    query.addBindValue(info.id);
    query.addBindValue(info.name);
    query.addBindValue(text(info.organization));
    query.addBindValue(text(info.contactEmail));
    query.addBindValue(hmacSecret);
    query.addBindValue(createdAt);
    query.addBindValue(createdAt);
    if (!query.exec())
        return Database::queryError(query, tr("Saving the program"));
    return {};
}

Result<ProgramInfo> ProgramStore::load() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT id, name, organization, contact_email, version FROM program")))
        return Database::queryError(query, tr("Reading the program"));
    if (!query.next())
        return Error{tr("The file holds no program.")};
    ProgramInfo info;
    info.id = query.value(0).toString();
    info.name = query.value(1).toString();
    info.organization = query.value(2).toString();
    info.contactEmail = query.value(3).toString();
    info.version = query.value(4).toInt();
    return info;
}

Result<ProgramInfo> ProgramStore::rename(const QString &name, int expectedVersion, const QString &actor)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("The program needs a name.")};
    Transaction transaction(m_db);
    if (!transaction.started())
        return Error{transaction.started().error()};
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE program SET name = ?, version = version + 1, updated_at = ?, updated_by = ? "
                                 "WHERE version = ?"));
    query.addBindValue(trimmed);
    query.addBindValue(nowTimestamp());
    query.addBindValue(text(actor));
    query.addBindValue(expectedVersion);
    if (!query.exec())
        return Database::queryError(query, tr("Renaming the program"));
    if (query.numRowsAffected() != 1)
        return Error{tr("Someone else changed the program's name meanwhile; reopen the program to see it.")};
    auto info = load();
    if (!info)
        return info;
    if (Status s = audit(actor, QStringLiteral("program.rename"), QStringLiteral("program"), info->id, trimmed); !s)
        return Error{s.error()};
    if (Status s = transaction.commit(); !s)
        return Error{s.error()};
    return info;
}

Result<QString> ProgramStore::setting(const QString &scope, const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE scope = ? AND key = ?"));
    query.addBindValue(text(scope));
    query.addBindValue(key);
    if (!query.exec())
        return Database::queryError(query, tr("Reading setting %1").arg(key));
    return query.next() ? query.value(0).toString() : fallback;
}

Status ProgramStore::setSetting(const QString &scope, const QString &key, const QString &value, const QString &actor,
                                const QString &at)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (scope, key, value, version, updated_at, updated_by) "
                                 "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (scope, key) DO UPDATE SET "
                                 "value = excluded.value, version = settings.version + 1, "
                                 "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    query.addBindValue(text(scope));
    query.addBindValue(key);
    query.addBindValue(text(value));
    query.addBindValue(at.isEmpty() ? nowTimestamp() : at);
    query.addBindValue(text(actor));
    if (!query.exec())
        return Database::queryError(query, tr("Saving setting %1").arg(key));
    return {};
}

Status ProgramStore::audit(const QString &actor, const QString &action, const QString &entity, const QString &entityId,
                           const QString &detail)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(newId());
    query.addBindValue(nowTimestamp());
    query.addBindValue(text(actor));
    query.addBindValue(action);
    query.addBindValue(text(entity));
    query.addBindValue(text(entityId));
    query.addBindValue(text(detail));
    if (!query.exec())
        return Database::queryError(query, tr("Writing the audit log"));
    return {};
}

Result<int> ProgramStore::auditCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) || !query.next())
        return Database::queryError(query, tr("Reading the audit log"));
    return query.value(0).toInt();
}

Result<QByteArray> ProgramStore::hmacSecret() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT hmac_secret FROM program")) || !query.next())
        return Database::queryError(query, tr("Reading the program's secret"));
    // Stored as hex (ProgramDocument::create); a secret in another form is used as its bytes.
    const QString text = query.value(0).toString();
    static const QRegularExpression hex(QStringLiteral("^([0-9a-fA-F]{2})+$"));
    const QByteArray secret = hex.match(text).hasMatch() ? QByteArray::fromHex(text.toLatin1()) : text.toUtf8();
    if (secret.size() < 16)
        return Error{tr("The program has no secret to sign review packets with.")};
    return secret;
}

} // namespace cohort
