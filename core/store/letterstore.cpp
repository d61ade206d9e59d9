#include "store/letterstore.h"

#include "db/database.h"
#include "domain/ids.h"
#include "letters/letterdata.h"
#include "store/programstore.h"
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

const QString kOrganization = QStringLiteral("letters.organization");
const QString kAddress = QStringLiteral("letters.address");
const QString kLogo = QStringLiteral("letters.logo_png");
const QString kSignatureName = QStringLiteral("letters.signature_name");
const QString kSignatureTitle = QStringLiteral("letters.signature_title");
const QString kSignatureImage = QStringLiteral("letters.signature_png");
const QString kPageSize = QStringLiteral("letters.page_size");
const QString kMargins = QStringLiteral("letters.margins_mm");

QString marginsText(const LetterheadSettings &s)
{
    return QStringList{QString::number(s.marginTopMm), QString::number(s.marginRightMm),
                       QString::number(s.marginBottomMm), QString::number(s.marginLeftMm)}
        .join(QLatin1Char(','));
}

} // namespace

Result<LetterheadSettings> LetterStore::loadLetterhead() const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT key, value FROM settings WHERE scope = '' AND key LIKE 'letters.%'"), {}))
        return Database::queryError(query, tr("Reading the letterhead"));
    QHash<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    LetterheadSettings s;
    s.organization = values.value(kOrganization);
    s.address = values.value(kAddress);
    s.logoPng = QByteArray::fromBase64(values.value(kLogo).toLatin1());
    s.signatureName = values.value(kSignatureName);
    s.signatureTitle = values.value(kSignatureTitle);
    s.signaturePng = QByteArray::fromBase64(values.value(kSignatureImage).toLatin1());
    if (values.value(kPageSize) == QLatin1String("a4"))
        s.pageSize = QStringLiteral("a4");
    const QStringList margins = values.value(kMargins).split(QLatin1Char(','));
    if (margins.size() == 4) {
        double *fields[] = {&s.marginTopMm, &s.marginRightMm, &s.marginBottomMm, &s.marginLeftMm};
        for (int i = 0; i < 4; ++i) {
            bool ok = false;
            const double mm = margins.at(i).toDouble(&ok);
            if (ok && mm >= 0 && mm <= 100)
                *fields[i] = mm;
        }
    }
    return s;
}

Status LetterStore::saveLetterhead(const LetterheadSettings &s, const QString &actor)
{
    ProgramStore program(m_db);
    const QList<std::pair<QString, QString>> values{
        {kOrganization, s.organization},
        {kAddress, s.address},
        {kLogo, QString::fromLatin1(s.logoPng.toBase64())},
        {kSignatureName, s.signatureName},
        {kSignatureTitle, s.signatureTitle},
        {kSignatureImage, QString::fromLatin1(s.signaturePng.toBase64())},
        {kPageSize, s.pageSize == QLatin1String("a4") ? QStringLiteral("a4") : QStringLiteral("letter")},
        {kMargins, marginsText(s)},
    };
    for (const auto &[key, value] : values)
        if (Status st = program.setSetting(QString(), key, value, actor); !st)
            return st;
    return {};
}

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

Result<QList<IssuedLetter>> LetterStore::issuedInCycle(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT l.id, l.application_id, l.template_id, l.template_version, l.kind, l.language, "
                            "l.issued_text, l.pdf_sha256, l.file_name, l.issued_at, l.issued_by, p.first_name, "
                            "p.last_name, a.code FROM issued_letters l JOIN applications a ON a.id = l.application_id "
                            "JOIN people p ON p.id = a.person_id WHERE a.cycle_id = ? ORDER BY l.issued_at DESC, "
                            "a.code, l.id"),
             {cycleId}))
        return Database::queryError(query, tr("Reading the issued letters"));
    QList<IssuedLetter> out;
    while (query.next()) {
        IssuedLetter l = readIssued(query);
        l.recipientName = QString(query.value(11).toString() + QLatin1Char(' ') + query.value(12).toString()).trimmed();
        l.recipientCode = query.value(13).toString();
        out.append(l);
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
