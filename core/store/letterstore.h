#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

class Database;

// A letter template as stored, or the default bundled with the app (builtIn, no id, version 0).
struct LetterTemplateRow
{
    QString id;
    QString kind;
    QString language = QStringLiteral("en");
    QString name;
    QString subject;
    QString body;
    int version = 0;
    bool builtIn = false;
};

// What one person was sent, kept as issued.
struct IssuedLetter
{
    QString id;
    QString applicationId;
    QString templateId; // empty for a bundled default
    int templateVersion = 0;
    QString kind;
    QString language;
    QString issuedText;
    QString pdfSha256; // hex
    QString fileName;
    QString issuedAt; // UTC ISO-8601 with milliseconds
    QString issuedBy;
    // Read by issuedInCycle() only: who it went to.
    QString recipientName;
    QString recipientCode;
};

// The letterhead every letter carries, as kept in the program's settings (keys "letters.*").
struct LetterheadSettings
{
    QString organization; // empty: the program's organization, else its name
    QString address;      // may hold several lines
    QByteArray logoPng;   // empty: no logo
    QString signatureName;
    QString signatureTitle;
    QByteArray signaturePng;                     // empty: no signature image
    QString pageSize = QStringLiteral("letter"); // "letter" or "a4"
    double marginTopMm = 20;
    double marginRightMm = 20;
    double marginBottomMm = 20;
    double marginLeftMm = 20;

    bool operator==(const LetterheadSettings &) const = default;
};

// Letter templates and issued letters. Writes run inside the caller's transaction.
class LetterStore
{
    Q_DECLARE_TR_FUNCTIONS(cohort::LetterStore)

public:
    explicit LetterStore(Database &db) : m_db(db) {}

    // The stored template of a kind and language, else the default bundled at
    // :/cohort/letters/<language>/<kind>.html; an error, in words, when there is neither.
    Result<std::optional<LetterTemplateRow>> findTemplate(const QString &kind, const QString &language) const;
    // Inserts (expectedVersion 0: no stored template of that kind and language yet) or updates
    // name, subject and body, version-checked. Returns nothing; the stored version goes up by one.
    Status saveTemplate(const LetterTemplateRow &row, int expectedVersion, const QString &actor);

    Result<LetterheadSettings> loadLetterhead() const;
    Status saveLetterhead(const LetterheadSettings &settings, const QString &actor);

    // Insert only: an issued letter is never updated.
    Status recordIssued(const IssuedLetter &letter);
    Result<std::optional<IssuedLetter>> latestIssued(const QString &applicationId, const QString &kind) const;
    // The latest letter of a kind for every application of a cycle that has one, by application id.
    Result<QHash<QString, IssuedLetter>> latestIssuedInCycle(const QString &cycleId, const QString &kind) const;
    Result<int> issuedCount(const QString &kind) const;
    // Every letter issued to the applications of a cycle, newest first.
    Result<QList<IssuedLetter>> issuedInCycle(const QString &cycleId) const;

private:
    Database &m_db;
};

} // namespace cohort
