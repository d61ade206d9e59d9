#include "store/letterstore.h"

#include "db/database.h"
#include "domain/ids.h"
#include "letters/letterdata.h"
#include "store/sqlvalue.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringBuilder>

namespace cohort {

namespace {

using sql::run;

const QString kIssuedColumns = QStringLiteral("id, application_id, template_id, template_version, kind, language, "
                                              "issued_text, pdf_sha256, file_name, issued_at, issued_by");

IssuedLetter readIssued(const QSqlQuery &query)
{
    IssuedLetter l;
    l.id = query.value(0).toString();
    l.applicationId = query.value(1).toString();
    l.templateId = query.value(2).toString();
    l.templateVersion = query.value(3).toInt();
    l.kind = query.value(4).toString();
    l.language = query.value(5).toString();
    l.issuedText = query.value(6).toString();
    l.pdfSha256 = query.value(7).toString();
    l.fileName = query.value(8).toString();
    l.issuedAt = query.value(9).toString();
    l.issuedBy = query.value(10).toString();
    return l;
}

} // namespace

Result<std::optional<LetterTemplateRow>> LetterStore::findTemplate(const QString &kind, const QString &language) const
{
    if (!LetterKinds::isKnown(kind))
        return Error{tr("“%1” is not a letter kind.").arg(kind)};
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT id, name, subject, body, version FROM letter_templates WHERE kind = ? AND "
                            "language = ?"),
             {kind, lang}))
        return Database::queryError(query, tr("Reading the letter template"));
    if (query.next()) {
        LetterTemplateRow row;
        row.id = query.value(0).toString();
        row.kind = kind;
        row.language = lang;
        row.name = query.value(1).toString();
        row.subject = query.value(2).toString();
        row.body = query.value(3).toString();
        row.version = query.value(4).toInt();
        return std::optional<LetterTemplateRow>(row);
    }
    QFile file(QStringLiteral(":/cohort/letters/%1/%2.html").arg(lang, kind));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("There is no “%1” letter template in language “%2”: write one first.").arg(kind, lang)};
    LetterTemplateRow row;
    row.kind = kind;
    row.language = lang;
    row.name = kind;
    row.body = QString::fromUtf8(file.readAll());
    row.builtIn = true;
    return std::optional<LetterTemplateRow>(row);
}

Status LetterStore::saveTemplate(const LetterTemplateRow &row, int expectedVersion, const QString &actor)
{
    if (!LetterKinds::isKnown(row.kind))
        return Error{tr("“%1” is not a letter kind.").arg(row.kind)};
    const QString what = tr("Saving the letter template");
    const QString lang = row.language.isEmpty() ? QStringLiteral("en") : row.language;
    QSqlQuery query(m_db.connection());
    if (expectedVersion == 0) {
        if (!run(query,
                 QStringLiteral("INSERT INTO letter_templates (id, kind, language, name, subject, body, version, "
                                "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"),
                 {row.id.isEmpty() ? newId() : row.id, row.kind, lang, text(row.name.isEmpty() ? row.kind : row.name),
                  text(row.subject), text(row.body), nowTimestamp(), text(actor)}))
            return Database::queryError(query, what);
        return {};
    }
    if (!run(query,
             QStringLiteral("UPDATE letter_templates SET name = ?, subject = ?, body = ?, version = version + 1, "
                            "updated_at = ?, updated_by = ? WHERE kind = ? AND language = ? AND version = ?"),
             {text(row.name.isEmpty() ? row.kind : row.name), text(row.subject), text(row.body), nowTimestamp(),
              text(actor), row.kind, lang, expectedVersion}))
        return Database::queryError(query, what);
    if (query.numRowsAffected() != 1)
        return Error{tr("The “%1” letter template was changed or removed by someone else meanwhile; reopen it and "
                        "try again.")
                         .arg(row.kind)};
    return {};
}

Status LetterStore::recordIssued(const IssuedLetter &l)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("INSERT INTO issued_letters (") % kIssuedColumns %
                 QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {l.id.isEmpty() ? newId() : l.id, l.applicationId,
              l.templateId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(l.templateId),
              l.templateVersion, l.kind, text(l.language.isEmpty() ? QStringLiteral("en") : l.language),
              text(l.issuedText), text(l.pdfSha256), text(l.fileName),
              l.issuedAt.isEmpty() ? nowTimestamp() : l.issuedAt, text(l.issuedBy)}))
        return Database::queryError(query, tr("Recording an issued letter"));
    return {};
}

Result<std::optional<IssuedLetter>> LetterStore::latestIssued(const QString &applicationId, const QString &kind) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kIssuedColumns %
                 QStringLiteral(" FROM issued_letters WHERE application_id = ? AND kind = ? ORDER BY issued_at DESC, "
                                "id LIMIT 1"),
             {applicationId, kind}))
        return Database::queryError(query, tr("Reading the issued letters"));
    if (!query.next())
        return std::optional<IssuedLetter>();
    return std::optional<IssuedLetter>(readIssued(query));
}

Result<QHash<QString, IssuedLetter>> LetterStore::latestIssuedInCycle(const QString &cycleId, const QString &kind) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kIssuedColumns %
                 QStringLiteral(" FROM issued_letters WHERE kind = ? AND application_id IN (SELECT id FROM "
                                "applications WHERE cycle_id = ?) ORDER BY issued_at"),
             {kind, cycleId}))
        return Database::queryError(query, tr("Reading the issued letters"));
    QHash<QString, IssuedLetter> out;
    while (query.next()) {
        IssuedLetter l = readIssued(query);
        out.insert(l.applicationId, l);
    }
    return out;
}

Result<int> LetterStore::issuedCount(const QString &kind) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT COUNT(*) FROM issued_letters WHERE kind = ?"), {kind}) || !query.next())
        return Database::queryError(query, tr("Reading the issued letters"));
    return query.value(0).toInt();
}

} // namespace cohort
